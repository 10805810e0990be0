/**
 * Programmatic API: lint(paths, options) → LintReport. No process.* here: the CLI passes the
 * working directory, the file system and the clock.
 */
import { rules as allRules } from '../rules/index.js';
import type { Config } from './config/types.js';
import type { Rule } from './engine/rule.js';
import { lintUnderConditions, type UnitLinter } from './engine/lint-plan.js';
import { runPaths, type TransferredSettings } from './engine/unit-transfer.js';
import { WorkerPool } from './engine/worker-pool.js';
import { sortNotifications } from './engine/notification-order.js';
import { selectShard, type Shard } from './engine/shard.js';
import type { RunOptions } from './engine/run.js';
import { SEVERITIES, type LintReport, type Notification, type RuleMetadata, type Severity } from './engine/types.js';
import { loadInputs, type StdinInput } from './inputs/load.js';
import { releaseParses } from './inputs/light-document.js';
import { nodeFileSystem } from './inputs/node-fs.js';
import type { FileSystem, LoadedInputs } from './inputs/types.js';
import { ruleDocs } from './rule-docs.js';
import { compileIgnore, type IgnoreList } from './util/ignore-file.js';
import { toolVersion } from './version.js';

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
  ignores?: ReadonlyArray<{ base: string; list: IgnoreList }>;
  /** Lint only this share of the input (`--shard i/n`, src/engine/shard.ts). */
  shard?: Shard;
  /** Documents that are not files (an AWS account read with `--aws`), linted as named files. */
  documents?: ReadonlyArray<{ file: string; text: string }>;
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

export function lint(paths: string[], options: LintOptions): LintResult {
  const parameters = new Map(Object.entries(options.config?.parameters ?? {}));
  for (const [k, v] of options.parameters ?? []) parameters.set(k, v);
  const configDir = options.configDir ?? options.cwd;
  // The config's `ignores` are compiled by the config loader's checks already; refused lines match nothing.
  const configIgnores = options.config?.ignores?.length
    ? [{ base: configDir, list: compileIgnore(options.config.ignores).list }]
    : [];
  // Workers read the files themselves: only from the real file system.
  const pool = options.jobs === 1 || options.fs !== nodeFileSystem ? undefined : new WorkerPool(options.jobs);
  try {
    const inputs = loadInputs(paths, {
      fs: options.fs,
      cwd: options.cwd,
      // Globs from the command line are relative to the working directory; the config's to its folder.
      ...(options.include
        ? { include: options.include }
        : options.config?.include
          ? { include: options.config.include, includeBase: configDir }
          : {}),
      ...(options.exclude
        ? { exclude: options.exclude }
        : options.config?.exclude
          ? { exclude: options.config.exclude, excludeBase: configDir }
          : {}),
      ignores: [...(options.ignores ?? []), ...configIgnores],
      ...(options.stdin ? { stdin: options.stdin } : {}),
      parameters,
      ...(options.parameterFiles ? { parameterFiles: options.parameterFiles } : {}),
      ...(options.maxTotalBytes !== undefined ? { maxTotalBytes: options.maxTotalBytes } : {}),
      ...(options.documents ? { documents: options.documents } : {}),
      ...(options.lightDocumentChars !== undefined ? { lightDocumentChars: options.lightDocumentChars } : {}),
      ...(pool ? { parser: pool } : {}),
    });
    const linted = options.shard ? selectShard(inputs, options.shard) : inputs;
    // Choosing the shard read every template's tree: the trees go before the groups are linted one by one.
    if (options.shard) releaseParses(inputs.documents);
    const settings: TransferredSettings = {
      ...(options.config ? { config: options.config } : {}),
      ...(options.now ? { now: options.now } : {}),
      cwd: options.cwd,
      configDir,
      fingerprintDir: options.fingerprintDir ?? options.cwd,
    };
    // The workers run the registry's rules: a run with other rules lints here.
    const units: UnitLinter | undefined =
      pool && !options.rules ? (all, plan) => pool.lintUnits(all, plan, settings) : undefined;
    const report = lintInputs(linted, { ...options, paths: runPaths(settings), ...(units ? { units } : {}) });
    return { report, inputs, linted };
  } finally {
    pool?.close();
  }
}

/** Lint inputs that are already loaded (tests build them in memory). */
export function lintInputs(
  inputs: LoadedInputs,
  /** `units`: lints the plan's units elsewhere (lint() with worker threads); otherwise here. */
  options: {
    config?: Config;
    now?: Date;
    rules?: readonly Rule[];
    paths?: RunOptions['paths'];
    units?: UnitLinter;
  } = {},
): LintReport {
  const result = lintUnderConditions(inputs, options.rules ?? allRules, {
    ...(options.config ? { config: options.config } : {}),
    ...(options.now ? { now: options.now } : {}),
    ...(options.paths ? { paths: options.paths } : {}),
    ...(options.units ? { units: options.units } : {}),
  });
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  let suppressed = 0;
  for (const finding of result.findings) {
    if (finding.suppressions.length > 0) suppressed++;
    else counts[finding.severity]++;
  }
  return {
    tool: { name: 'cognito-iam-lint', version: toolVersion() },
    files: [...new Set(inputs.documents.map((d) => d.file))].sort(),
    findings: result.findings,
    notifications: sortNotifications([
      ...result.notifications,
      ...inputs.skipped.flatMap(unreadNotification),
      // What the input layer could not link (an Amplify resource without a template): undecidable, as a rule's unresolved value is.
      ...(inputs.notes ?? []).map(
        (note): Notification => ({
          level: 'note',
          kind: 'unresolved',
          message: note.message,
          file: note.file,
          ...(note.range ? { range: note.range } : {}),
        }),
      ),
    ]),
    rules: result.rules.map(ruleMetadata).sort((a, b) => (a.id < b.id ? -1 : 1)),
    summary: { filesLinted: inputs.documents.length, findings: counts, suppressed },
  };
}

/**
 * A file the run meant to read and did not, or refused for safety, in the report itself (JSON and
 * SARIF `toolExecutionNotifications`), not only on stderr: a reader of the report must know what it
 * does not cover.
 */
function unreadNotification(skip: LoadedInputs['skipped'][number]): Notification[] {
  const about = (level: Notification['level'], message: string): Notification[] => [
    { level, kind: 'input', message, file: skip.file },
  ];
  if (skip.missing) return about('error', `Not found: ${skip.reason}`);
  if (skip.ignored)
    return about('warning', 'File ignored because of a matching ignore pattern (use --no-ignore to lint it).');
  if (skip.notTemplate)
    return about('note', 'Skipped: it does not parse and does not look like a template or IAM policy.');
  if (skip.lost) return about('error', `Not read: ${skip.reason}`);
  if (skip.refused) return about('warning', `Not read: ${skip.reason}`);
  return [];
}

export function ruleMetadata(rule: Rule): RuleMetadata {
  const docs = ruleDocs(rule.meta.id);
  return {
    id: rule.meta.id,
    description: rule.meta.description,
    severity: rule.meta.severity,
    fix: rule.meta.fix,
    ...(rule.meta.fixIn ? { fixIn: { ...rule.meta.fixIn } } : {}),
    references: rule.meta.references,
    ...(docs !== undefined ? { docs } : {}),
    tags: rule.meta.tags ?? [],
  };
}
