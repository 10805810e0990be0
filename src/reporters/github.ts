/**
 * GitHub Actions workflow commands: printed to a step's output, each line becomes an
 * annotation on the run and, for files in the pull request diff, on the changed line. For
 * repositories without code scanning this is the cheapest way to put findings in front of a
 * reviewer.
 */
import type { Finding, LintReport } from '../engine/types.js';
import { printable } from '../util/printable.js';
import { findingStatus, sarifLevel } from './shared.js';

const COMMAND: Record<ReturnType<typeof sarifLevel>, 'error' | 'warning' | 'notice'> = {
  error: 'error',
  warning: 'warning',
  note: 'notice',
};

/**
 * The escaping the Actions runner undoes in a command's message (as @actions/core's escapeData):
 * CR and LF become %0D/%0A, which the runner turns back into line breaks inside the annotation.
 * Every other control character would reach the raw log line as is (escape sequences, U+2028,
 * bidi overrides), so printable() shows those as `\x1b`, `\u2028`… as every human-readable
 * output does (src/util/printable.ts). A file property so escaped no longer names the file on
 * disk; a file name with an escape sequence in it gets an annotation that says so.
 */
export function escapeData(value: string): string {
  return printable(value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}

/** Property values additionally escape the `:` and `,` that delimit them (as @actions/core's escapeProperty). */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function command(finding: Finding): string {
  const { start, end } = finding.range;
  const properties: Array<[string, string]> = [
    ['file', finding.file],
    ['line', String(start.line)],
  ];
  // GitHub accepts columns only for an annotation on a single line ("omit if start_line and
  // end_line have different values", Checks API); with them on a multi-line range the
  // annotation is rejected. A multi-line finding is annotated by lines alone.
  if (start.line === end.line) properties.push(['col', String(start.column)]);
  properties.push(['endLine', String(end.line)]);
  if (start.line === end.line) properties.push(['endColumn', String(end.column)]);
  properties.push(['title', finding.ruleId]);
  const props = properties.map(([key, value]) => `${key}=${escapeProperty(value)}`).join(',');
  return `::${COMMAND[sarifLevel(finding.severity)]} ${props}::${escapeData(finding.message)}`;
}

/**
 * One command per open finding. Suppressed findings and findings the baseline accepted are
 * left out: an annotation asks a reviewer to act, and both have been decided already.
 */
export function formatGithub(report: LintReport): string {
  const lines = report.findings.filter((f) => findingStatus(f) === 'open').map(command);
  return lines.length === 0 ? '' : lines.join('\n') + '\n';
}
