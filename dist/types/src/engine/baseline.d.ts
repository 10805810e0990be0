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
import type { LintReport } from './types.js';
export declare const BASELINE_VERSION = 1;
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
export declare class BaselineError extends Error {
}
/**
 * The baseline of a report: every finding that is not suppressed, whatever its severity (so
 * that lowering --fail-on later does not fail on old findings). `file` writes a finding's path
 * as the baseline records it: relative to the baseline file's folder (the CLI's rebaser). Suppressed findings stay out:
 * their suppression already accepts them, and when it expires they should come back as new.
 */
export declare function createBaseline(report: LintReport, file?: (path: string) => string): Baseline;
/** The file's text: fixed key order, 2-space indent, one trailing newline. */
export declare function formatBaseline(baseline: Baseline): string;
/** Read a baseline file's text; throws BaselineError saying what is wrong. */
export declare function parseBaseline(text: string): Baseline;
/**
 * Compare a report with a baseline. Every finding gets `baselineState`: `unchanged` when an
 * entry with its fingerprint is left, else `new`. Findings are matched in report order (file,
 * line, rule), so the outcome is deterministic. The report given is not modified.
 */
export declare function applyBaseline(report: LintReport, baseline: Baseline): BaselineComparison;
