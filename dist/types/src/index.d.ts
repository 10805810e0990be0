import type { Config } from './config/types.js';
import type { Rule } from './engine/rule.js';
import { type UnitLinter } from './engine/lint-plan.js';
import { type Shard } from './engine/shard.js';
import type { RunOptions } from './engine/run.js';
import { type LintReport, type RuleMetadata } from './engine/types.js';
import { type StdinInput } from './inputs/load.js';
import type { FileSystem, LoadedInputs } from './inputs/types.js';
import { type IgnoreList } from './util/ignore-file.js';
export type { LintReport, Finding, Severity, Notification, RuleMetadata } from './engine/types.js';
export type { Config } from './config/types.js';
export type { Shard } from './engine/shard.js';
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
    /** What `-` reads: bytes are decoded as a file's are (src/inputs/decode.ts), text is taken as it is. */
    stdin?: StdinInput;
    parameters?: ReadonlyMap<string, string>;
    parameterFiles?: string[];
    /** What the run may read in total, in bytes (default 100 MB); see LoadOptions. */
    maxTotalBytes?: number;
    /** Clock for suppression expiry. */
    now?: Date;
    /** Override the rule set (tests). */
    rules?: readonly Rule[];
    /**
     * The folder of the config file: its globs (`include`, `exclude`, `ignores`, suppressions'
     * `files`) are relative to it. Default: `cwd`.
     */
    configDir?: string;
    /**
     * The folder the file paths in fingerprints are relative to (the baseline file's): a run from
     * a subfolder then fingerprints a finding as a run from there does. Default: `cwd`.
     */
    fingerprintDir?: string;
    /** Ignore lists (`.cognito-iam-lintignore`), each relative to its own folder `base`. The config's `ignores` are added. */
    ignores?: ReadonlyArray<{
        base: string;
        list: IgnoreList;
    }>;
    /** Lint only this share of the input (`--shard i/n`, src/engine/shard.ts). */
    shard?: Shard;
    /** Documents that are not files (an AWS account read with `--aws`), linted as named files. */
    documents?: ReadonlyArray<{
        file: string;
        text: string;
    }>;
    /** Templates at least this long (characters) are kept as text between uses (src/inputs/light-document.ts); tests lower it. */
    lightDocumentChars?: number;
    /**
     * Worker threads that parse the files and lint the linked groups (`--jobs`, src/engine/worker-pool.ts);
     * 1: none. Default: none on fewer than 4 cores (where they cost more than they save), else one per
     * core but one when the input is large enough to pay for them. The report is the same either way.
     */
    jobs?: number;
}
export interface LintResult {
    report: LintReport;
    /** Everything the paths name, whatever the shard. */
    inputs: LoadedInputs;
    /** What was linted: `inputs`, or the shard's share of it. */
    linted: LoadedInputs;
}
export declare function lint(paths: string[], options: LintOptions): LintResult;
/** Lint inputs that are already loaded (tests build them in memory). */
export declare function lintInputs(inputs: LoadedInputs, 
/** `units`: lints the plan's units elsewhere (lint() with worker threads); otherwise here. */
options?: {
    config?: Config;
    now?: Date;
    rules?: readonly Rule[];
    paths?: RunOptions['paths'];
    units?: UnitLinter;
}): LintReport;
export declare function ruleMetadata(rule: Rule): RuleMetadata;
