/**
 * Baselines: adopt the linter on a project that already has findings, and fail CI only on new
 * ones. `--write-baseline FILE` records today's findings; `--baseline FILE` compares a run with
 * it. Pure: text → Baseline, report → Baseline, (report, Baseline) → report; the CLI does the I/O.
 *
 * The file is small, reviewable JSON, written deterministically (same findings, same bytes):
 *
 *   {
 *     "version": 1,
 *     "toolVersion": "0.1.0",
 *     "entries": [
 *       { "fingerprint": "9f2c…", "ruleId": "trust/missing-amr", "file": "infra/app.yaml",
 *         "resource": "GuestRole", "message": "Role `GuestRole` does not test …" }
 *     ]
 *   }
 *
 * Findings are matched by `fingerprint` alone (src/engine/fingerprint.ts: rule, stack,
 * resource, node and its value; never line numbers), so moving lines, reformatting or
 * converting a template between JSON and YAML keeps a finding accepted, while changing the
 * offending value makes it new. `ruleId`, `file`, `resource` and `message` are there for the
 * people who review the file. Entries are sorted by file, rule, resource, message and
 * fingerprint, not by line, so that a moved finding does not reorder the file.
 *
 * Matching counts: two findings with one fingerprint need two entries. Entries that match no
 * finding any more are `absent` (fixed, or changed beyond recognition).
 */
import type { Finding, LintReport } from './types.js';
import { asciiSafeJson } from '../util/printable.js';

export const BASELINE_VERSION = 1;

export interface BaselineEntry {
  fingerprint: string;
  ruleId: string;
  file: string;
  /** Logical ID of the finding's resource, when it has one. */
  resource?: string;
  message: string;
}

export interface Baseline {
  version: typeof BASELINE_VERSION;
  /** The cognito-iam-lint version that wrote it (information only). */
  toolVersion: string;
  entries: BaselineEntry[];
}

export interface BaselineComparison {
  /** The report with `baselineState` set on every finding: `unchanged` (in the baseline) or `new`. */
  report: LintReport;
  /** Entries no finding matched: fixed, or changed so that they count as new. */
  absent: BaselineEntry[];
}

/** A baseline file that cannot be used; the message is one line, without the file name. */
export class BaselineError extends Error {}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function compareEntries(a: BaselineEntry, b: BaselineEntry): number {
  return (
    compare(a.file, b.file) ||
    compare(a.ruleId, b.ruleId) ||
    compare(a.resource ?? '', b.resource ?? '') ||
    compare(a.message, b.message) ||
    compare(a.fingerprint, b.fingerprint)
  );
}

function entryOf(finding: Finding, file: (path: string) => string): BaselineEntry {
  return {
    fingerprint: finding.fingerprint,
    ruleId: finding.ruleId,
    file: file(finding.file),
    ...(finding.resource ? { resource: finding.resource.logicalId } : {}),
    message: finding.message,
  };
}

/**
 * The baseline of a report: every finding that is not suppressed, whatever its severity (so
 * that lowering --fail-on later does not fail on old findings). `file` writes a finding's path
 * as the baseline records it: relative to the baseline file's folder (the CLI's rebaser). Suppressed findings stay out:
 * their suppression already accepts them, and when it expires they should come back as new.
 */
export function createBaseline(report: LintReport, file: (path: string) => string = (path) => path): Baseline {
  const entries = report.findings
    .filter((f) => f.suppressions.length === 0)
    .map((f) => entryOf(f, file))
    .sort(compareEntries);
  return { version: BASELINE_VERSION, toolVersion: report.tool.version, entries };
}

/** The file's text: fixed key order, 2-space indent, one trailing newline. */
export function formatBaseline(baseline: Baseline): string {
  const ordered = {
    version: baseline.version,
    toolVersion: baseline.toolVersion,
    entries: [...baseline.entries].sort(compareEntries).map((e) => ({
      fingerprint: e.fingerprint,
      ruleId: e.ruleId,
      file: e.file,
      ...(e.resource !== undefined ? { resource: e.resource } : {}),
      message: e.message,
    })),
  };
  return asciiSafeJson(JSON.stringify(ordered, null, 2)) + '\n';
}

/** Read a baseline file's text; throws BaselineError saying what is wrong. */
export function parseBaseline(text: string): Baseline {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new BaselineError(
      `not valid JSON (${error instanceof Error ? error.message.split('\n')[0] : String(error)}).`,
    );
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data))
    throw new BaselineError('not a baseline: expected a JSON object with `version` and `entries`.');
  const object = data as Record<string, unknown>;
  if (object.version !== BASELINE_VERSION) {
    throw new BaselineError(
      object.version === undefined
        ? 'not a baseline: `version` is missing.'
        : `unsupported baseline version ${JSON.stringify(object.version)} (this cognito-iam-lint reads version ${BASELINE_VERSION}; write it again with --write-baseline).`,
    );
  }
  if (!Array.isArray(object.entries)) throw new BaselineError('not a baseline: `entries` must be a list.');
  const entries = object.entries.map((raw: unknown, index): BaselineEntry => {
    const at = `entries[${index}]`;
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
      throw new BaselineError(`${at} must be an object.`);
    const entry = raw as Record<string, unknown>;
    for (const key of ['fingerprint', 'ruleId', 'file', 'message'] as const) {
      if (typeof entry[key] !== 'string' || entry[key] === '')
        throw new BaselineError(`${at}.${key} must be a non-empty string.`);
    }
    if (entry.resource !== undefined && typeof entry.resource !== 'string')
      throw new BaselineError(`${at}.resource must be a string.`);
    return {
      fingerprint: entry.fingerprint as string,
      ruleId: entry.ruleId as string,
      file: entry.file as string,
      ...(typeof entry.resource === 'string' ? { resource: entry.resource } : {}),
      message: entry.message as string,
    };
  });
  return {
    version: BASELINE_VERSION,
    toolVersion: typeof object.toolVersion === 'string' ? object.toolVersion : 'unknown',
    entries,
  };
}

/**
 * Compare a report with a baseline. Every finding gets `baselineState`: `unchanged` when an
 * entry with its fingerprint is left, else `new`. Findings are matched in report order (file,
 * line, rule), so the outcome is deterministic. The report given is not modified.
 */
export function applyBaseline(report: LintReport, baseline: Baseline): BaselineComparison {
  const remaining = new Map<string, BaselineEntry[]>();
  for (const entry of baseline.entries) {
    const list = remaining.get(entry.fingerprint);
    if (list) list.push(entry);
    else remaining.set(entry.fingerprint, [entry]);
  }
  const findings = report.findings.map((finding): Finding => {
    const list = remaining.get(finding.fingerprint);
    const matched = list !== undefined && list.length > 0;
    if (matched) list.shift();
    return { ...finding, baselineState: matched ? 'unchanged' : 'new' };
  });
  const absent = [...remaining.values()].flat().sort(compareEntries);
  return { report: { ...report, findings }, absent };
}
