import type { Config } from './config/types.js';
import type { Rule } from './engine/rule.js';
import { type LintReport, type RuleMetadata } from './engine/types.js';
import type { FileSystem, LoadedInputs } from './inputs/types.js';
export type { LintReport, Finding, Severity, Notification, RuleMetadata } from './engine/types.js';
export type { Config } from './config/types.js';
export type { FileSystem, LoadedInputs } from './inputs/types.js';
export { rules } from '../rules/index.js';
/** The real file system, for `lint(paths, { fs: nodeFileSystem, cwd })`. */
export { nodeFileSystem } from './inputs/node-fs.js';
export interface LintOptions {
    fs: FileSystem;
    cwd: string;
    config?: Config;
    include?: string[];
    exclude?: string[];
    stdin?: {
        text: string;
        filename: string;
    };
    parameters?: ReadonlyMap<string, string>;
    parameterFiles?: string[];
    /** What the run may read in total, in bytes (default 100 MB); see LoadOptions. */
    maxTotalBytes?: number;
    /** Clock for suppression expiry. */
    now?: Date;
    /** Override the rule set (tests). */
    rules?: readonly Rule[];
}
export interface LintResult {
    report: LintReport;
    inputs: LoadedInputs;
}
export declare function lint(paths: string[], options: LintOptions): LintResult;
/** Lint inputs that are already loaded (tests build them in memory). */
export declare function lintInputs(inputs: LoadedInputs, options?: {
    config?: Config;
    now?: Date;
    rules?: readonly Rule[];
}): LintReport;
export declare function ruleMetadata(rule: Rule): RuleMetadata;
