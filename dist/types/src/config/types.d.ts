/** The configuration file's shape (validated by schemas/config.schema.json). */
import type { Severity } from '../core/types.js';
export type RuleSetting = 'off' | Severity | {
    severity?: Severity | 'off';
};
/**
 * A suppression kept outside the template, for reviewers (SARIF `kind: external`): it names the
 * rule, the files (minimatch globs, relative to the config file's folder) and optionally the
 * resource, and must give a reason.
 */
export interface ExternalSuppression {
    /** A rule ID, an area (`trust/*`) or `*`. */
    rule: string;
    /** One glob or several; a finding's file must match one of them. */
    files: string | string[];
    /** CloudFormation logical ID, or CDK construct path (a path also covers the constructs below it). */
    resource?: string;
    reason: string;
    /** `YYYY-MM-DD`: from the day after, the suppression no longer applies. */
    expires?: string;
}
export interface Config {
    /** Per-rule switches and severity overrides, by rule ID. */
    rules?: Record<string, RuleSetting>;
    /** Default for --fail-on. */
    failOn?: Severity | 'none';
    /** Globs relative to the config file's folder (as `exclude` and suppressions' `files`). */
    include?: string[];
    exclude?: string[];
    /** Lines of an ignore file (gitignore syntax), relative to the config file's folder. */
    ignores?: string[];
    /** Template parameter values (like --parameter). */
    parameters?: Record<string, string>;
    /** Suppressions outside the templates (reviewers' decisions). */
    suppressions?: ExternalSuppression[];
    /** Report in-source and external suppressions that matched no finding (like --report-unused-suppressions). */
    reportUnusedSuppressions?: boolean;
}
/** The effective setting of one rule: undefined when disabled. */
export declare function effectiveSeverity(config: Config | undefined, ruleId: string, fallback: Severity): Severity | undefined;
/** Whether a severity override applies (the config pins a severity, replacing the rule's own choice). */
export declare function configuredSeverity(config: Config | undefined, ruleId: string): Severity | undefined;
