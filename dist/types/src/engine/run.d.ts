/**
 * Runs the rules on a model and turns their reports into findings: message text, exact
 * position, resource, severity (config overrides), suppressions, fingerprint, dedupe and a
 * deterministic order. Same input, same output, byte for byte.
 */
import { type EngineSettings as Config } from './settings.js';
import type { IdentityModel } from '../model/model.js';
import { type Rule } from './rule.js';
import { type SuppressionUsage } from './suppressions.js';
import type { Finding, Notification } from './types.js';
export interface RunOptions {
    config?: Config;
    /** Used for suppression expiry; injected so the core stays pure. */
    now?: Date;
    /**
     * A finding's file (relative to the working directory) as the config file's globs see it, and
     * as fingerprints see it (relative to the baseline's folder). Default: as it is.
     */
    paths?: {
        config: (file: string) => string;
        fingerprint: (file: string) => string;
    };
}
export interface RunResult {
    findings: Finding[];
    notifications: Notification[];
    /** Rules that ran. */
    rules: Rule[];
    /** Every suppression and whether it matched (reported as unused by the caller, when asked, after all runs). */
    suppressionUsage: SuppressionUsage[];
}
export declare function runRules(model: IdentityModel, rules: readonly Rule[], options?: RunOptions): RunResult;
/** The rules a run runs: those the config does not turn off. */
export declare function enabledRules(rules: readonly Rule[], config: Config | undefined): Rule[];
export declare function dedupeNotifications(notes: Notification[]): Notification[];
export declare function sortFindings(findings: Finding[]): Finding[];
