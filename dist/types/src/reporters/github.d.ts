/**
 * GitHub Actions workflow commands: printed to a step's output, each line becomes an
 * annotation on the run and, for files in the pull request diff, on the changed line. For
 * repositories without code scanning this is the cheapest way to put findings in front of a
 * reviewer.
 */
import type { LintReport } from '../engine/types.js';
/**
 * GitHub shows at most 10 error, 10 warning and 10 notice annotations per step and 50 per job;
 * the rest are dropped from the annotation list (the log keeps every line). Source: actions/toolkit,
 * docs/problem-matchers.md, "Limitations".
 */
export declare const ANNOTATIONS_PER_LEVEL = 10;
/**
 * The escaping the Actions runner undoes in a command's message (as @actions/core's escapeData):
 * CR and LF become %0D/%0A, which the runner turns back into line breaks inside the annotation.
 * Every other control character would reach the raw log line as is (escape sequences, U+2028,
 * bidi overrides), so printable() shows those as `\x1b`, `\u2028`… as every human-readable
 * output does (src/util/printable.ts). A file property so escaped no longer names the file on
 * disk; a file name with an escape sequence in it gets an annotation that says so.
 */
export declare function escapeData(value: string): string;
/** Property values additionally escape the `:` and `,` that delimit them (as @actions/core's escapeProperty). */
export declare function escapeProperty(value: string): string;
/**
 * One command per open finding, most severe first (GitHub drops the annotations of a level past
 * its per-step limit in the order they are printed), then the report's notifications, then one
 * summary notice. Suppressed findings and findings the baseline accepted are left out: an
 * annotation asks a reviewer to act, and both have been decided already. Errors among the
 * notifications (a file not read, a rule that crashed: the run is incomplete) come before the
 * findings; warnings (a suppression that expired or matched nothing) after them, so they never
 * take the place of a finding. Notes (values that could not be resolved) stay out, as in the
 * text format without --verbose.
 */
export declare function formatGithub(report: LintReport): string;
