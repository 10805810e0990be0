/**
 * Programmatic API: lint(paths, options) → LintReport. No process.* here: the CLI passes the
 * working directory, the file system and the clock.
 */
import { rules as allRules } from '../rules/index.js';
import type { Config } from './config/types.js';
import type { Rule } from './engine/rule.js';
import { lintUnderConditions } from './engine/lint-plan.js';
import { SEVERITIES, type LintReport, type Notification, type RuleMetadata, type Severity } from './engine/types.js';
import { loadInputs, type StdinInput } from './inputs/load.js';
import type { FileSystem, LoadedInputs } from './inputs/types.js';
import { ruleDocs } from './rule-docs.js';
import { toolVersion } from './version.js';

export type { LintReport, Finding, Severity, Notification, RuleMetadata } from './engine/types.js';
export type { Config } from './config/types.js';
export type { FileSystem, LoadedInputs } from './inputs/types.js';
export { rules } from '../rules/index.js';

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
}

export interface LintResult {
  report: LintReport;
  inputs: LoadedInputs;
}

export function lint(paths: string[], options: LintOptions): LintResult {
  const parameters = new Map(Object.entries(options.config?.parameters ?? {}));
  for (const [k, v] of options.parameters ?? []) parameters.set(k, v);
  const inputs = loadInputs(paths, {
    fs: options.fs,
    cwd: options.cwd,
    ...(options.include ?? options.config?.include ? { include: options.include ?? options.config?.include } : {}),
    ...(options.exclude ?? options.config?.exclude ? { exclude: options.exclude ?? options.config?.exclude } : {}),
    ...(options.stdin ? { stdin: options.stdin } : {}),
    parameters,
    ...(options.parameterFiles ? { parameterFiles: options.parameterFiles } : {}),
    ...(options.maxTotalBytes !== undefined ? { maxTotalBytes: options.maxTotalBytes } : {}),
  });
  return { report: lintInputs(inputs, options), inputs };
}

/** Lint inputs that are already loaded (tests build them in memory). */
export function lintInputs(inputs: LoadedInputs, options: { config?: Config; now?: Date; rules?: readonly Rule[] } = {}): LintReport {
  const result = lintUnderConditions(inputs, options.rules ?? allRules, {
    ...(options.config ? { config: options.config } : {}),
    ...(options.now ? { now: options.now } : {}),
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
    notifications: [...result.notifications, ...inputs.skipped.flatMap(unreadNotification)],
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
  if (!skip.lost && !skip.refused) return [];
  return [{ level: skip.lost ? 'error' : 'warning', kind: 'input', message: `Not read: ${skip.reason}`, file: skip.file }];
}

export function ruleMetadata(rule: Rule): RuleMetadata {
  const docs = ruleDocs(rule.meta.id);
  return {
    id: rule.meta.id,
    description: rule.meta.description,
    severity: rule.meta.severity,
    fix: rule.meta.fix,
    references: rule.meta.references,
    ...(docs !== undefined ? { docs } : {}),
    tags: rule.meta.tags ?? [],
  };
}
