/**
 * GitHub Actions workflow commands: printed to a step's output, each line becomes an
 * annotation on the run and, for files in the pull request diff, on the changed line. For
 * repositories without code scanning this is the cheapest way to put findings in front of a
 * reviewer.
 */
import type { LintReport } from '../engine/types.js';
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
 * One command per open finding. Suppressed findings and findings the baseline accepted are
 * left out: an annotation asks a reviewer to act, and both have been decided already.
 */
export declare function formatGithub(report: LintReport): string;
