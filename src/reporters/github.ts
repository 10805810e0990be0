/**
 * GitHub Actions workflow commands: printed to a step's output, each line becomes an
 * annotation on the run and, for files in the pull request diff, on the changed line. For
 * repositories without code scanning this is the cheapest way to put findings in front of a
 * reviewer.
 */
import type { Finding, LintReport, Notification } from '../engine/types.js';
import { printable } from '../util/printable.js';
import {
  bySeverity,
  failOnVerdict,
  findingMessage,
  findingStatus,
  plural,
  problemsBySeverity,
  sarifLevel,
} from './common/index.js';

/**
 * GitHub shows at most 10 error, 10 warning and 10 notice annotations per step and 50 per job;
 * the rest are dropped from the annotation list (the log keeps every line). Source: actions/toolkit,
 * docs/problem-matchers.md, "Limitations".
 */
export const ANNOTATIONS_PER_LEVEL = 10;

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

type Level = 'error' | 'warning' | 'notice';

function workflowCommand(level: Level, properties: Array<[string, string]>, message: string): string {
  const props = properties.map(([key, value]) => `${key}=${escapeProperty(value)}`).join(',');
  return `::${level} ${props}::${escapeData(message)}`;
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
  return workflowCommand(COMMAND[sarifLevel(finding.severity)], properties, findingMessage(finding));
}

const NOTIFICATION_TITLE: Record<Notification['kind'], string> = {
  input: 'cognito-iam-lint input problem',
  internal: 'cognito-iam-lint internal error',
  unresolved: 'cognito-iam-lint unresolved value',
};

/** A notification (an input not read, a suppression that does not apply, a crashed rule) as an annotation. */
function notificationCommand(n: Notification): string {
  const properties: Array<[string, string]> = [];
  if (n.file !== undefined) {
    properties.push(['file', n.file]);
    if (n.range) properties.push(['line', String(n.range.start.line)], ['col', String(n.range.start.column)]);
  }
  properties.push([
    'title',
    n.ruleId !== undefined ? `${NOTIFICATION_TITLE[n.kind]} (${n.ruleId})` : NOTIFICATION_TITLE[n.kind],
  ]);
  return workflowCommand(n.level === 'error' ? 'error' : 'warning', properties, n.message);
}

/** The one closing notice: counts by severity, files linted, and the verdict under --fail-on. */
function summaryCommand(report: LintReport, open: readonly Finding[], commands: readonly string[]): string {
  const problems = open.length === 0 ? 'No problems' : problemsBySeverity(open);
  const verdict = failOnVerdict(report);
  let text = `${problems} in ${plural(report.summary.filesLinted, 'file')} linted${verdict ? `; ${verdict}` : ''}.`;
  const over = (['error', 'warning', 'notice'] as const).filter(
    (level) =>
      commands.filter((c) => c.startsWith(`::${level} `)).length + (level === 'notice' ? 1 : 0) > ANNOTATIONS_PER_LEVEL,
  );
  if (over.length > 0) {
    text += ` GitHub shows ${ANNOTATIONS_PER_LEVEL} annotations of each level per step; more ${over.join(' and ')} annotations are in this step's log.`;
  }
  return workflowCommand('notice', [['title', 'cognito-iam-lint']], text);
}

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
export function formatGithub(report: LintReport): string {
  const open = report.findings.filter((f) => findingStatus(f) === 'open');
  const errors = report.notifications.filter((n) => n.level === 'error').map(notificationCommand);
  const warnings = report.notifications.filter((n) => n.level === 'warning').map(notificationCommand);
  const commands = [...errors, ...bySeverity(open).map(command), ...warnings];
  commands.push(summaryCommand(report, open, commands));
  return commands.join('\n') + '\n';
}
