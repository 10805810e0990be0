/**
 * The human format: what a developer reads in a terminal before committing and what a CI log
 * shows. Laid out like ESLint's "stylish" formatter, which most readers already scan by
 * habit: findings grouped under their file, position, severity and rule in aligned columns,
 * then a one-line summary that a CI log viewer shows last.
 */
import { createColors } from 'picocolors';
import type { BaselineEntry } from '../engine/baseline.js';
import type { Finding, LintReport, Notification, Severity } from '../engine/types.js';
import { printable } from '../util/printable.js';
import {
  countBySeverity,
  failOnVerdict,
  findingMessage,
  findingStatus,
  frameText,
  plural,
  problemsBySeverity,
} from './common/index.js';

export interface TextOptions {
  /** ANSI colours; the CLI decides (TTY, NO_COLOR, FORCE_COLOR, --color). No escape code at all when false. */
  color: boolean;
  /** Also list notes (unresolved values) after the findings; warnings and errors are always listed. */
  verbose?: boolean;
  /** List suppressed and baseline-accepted findings too, each marked as such. */
  showSuppressed?: boolean;
  /**
   * Entries of the baseline given with --baseline that matched no finding. Given (even empty)
   * when the run was compared with a baseline: the summary then counts new, unchanged and
   * absent findings, and --verbose lists the absent ones.
   */
  baselineAbsent?: readonly BaselineEntry[];
}

type Colors = ReturnType<typeof createColors>;

function paintSeverity(c: Colors, severity: Severity, text: string): string {
  switch (severity) {
    case 'critical':
      return c.bold(c.magenta(text));
    case 'high':
      return c.red(text);
    case 'medium':
      return c.yellow(text);
    case 'low':
      return c.cyan(text);
    case 'info':
      return c.gray(text);
  }
}

function paintLevel(c: Colors, level: Notification['level'], text: string): string {
  switch (level) {
    case 'error':
      return c.red(text);
    case 'warning':
      return c.yellow(text);
    case 'note':
      return c.gray(text);
  }
}

/** Pads plain text; colour is applied after padding so escape codes never skew the columns. */
function padded(text: string, width: number): string {
  return text.padEnd(width);
}

function groupByFile(findings: readonly Finding[]): Map<string, Finding[]> {
  // Findings arrive sorted by file, so first appearance is the report's own file order.
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const group = groups.get(finding.file);
    if (group) group.push(finding);
    else groups.set(finding.file, [finding]);
  }
  return groups;
}

function formatFileGroup(c: Colors, file: string, findings: readonly Finding[]): string[] {
  const lineWidth = Math.max(...findings.map((f) => String(f.range.start.line).length));
  const columnWidth = Math.max(...findings.map((f) => String(f.range.start.column).length));
  const severityWidth = Math.max(...findings.map((f) => f.severity.length));
  const ruleWidth = Math.max(...findings.map((f) => f.ruleId.length));

  // Every value from the user's files goes through printable(): see src/util/printable.ts.
  const out = [c.bold(c.underline(printable(file)))];
  for (const finding of findings) {
    // Line right-aligned and column left-aligned around the colon, as stylish does, so the
    // colons line up and the eye can run down them.
    const position = `${String(finding.range.start.line).padStart(lineWidth)}:${String(finding.range.start.column).padEnd(columnWidth)}`;
    out.push(
      `  ${c.dim(position)}  ${paintSeverity(c, finding.severity, padded(finding.severity, severityWidth))}  ${padded(finding.ruleId, ruleWidth)}  ${printable(findingMessage(finding))}`,
    );
    if (finding.resource) {
      // The construct path is in the message; the line the CDK app created it on, when the
      // assembly recorded creation traces, is where the developer goes to change it.
      const source = finding.resource.cdkSource;
      const where = source ? `, created at ${printable(frameText(source))}` : '';
      out.push(c.dim(`    resource: ${printable(finding.resource.address ?? finding.resource.logicalId)}${where}`));
    }
    if (finding.fix) out.push(c.dim(`    fix: ${printable(finding.fix)}`));
    const status = findingStatus(finding);
    if (status === 'suppressed') {
      const reasons = finding.suppressions.map((s) => printable(s.justification)).join('; ');
      out.push(c.yellow(`    suppressed: ${reasons}`));
    } else if (status === 'baseline') {
      out.push(c.yellow('    baseline: accepted earlier (unchanged since the baseline)'));
    }
  }
  return out;
}

function notificationPlace(notification: Notification): string {
  if (!notification.file) return '-';
  if (!notification.range) return printable(notification.file);
  return `${printable(notification.file)}:${notification.range.start.line}:${notification.range.start.column}`;
}

function formatNotifications(c: Colors, notifications: readonly Notification[]): string[] {
  const levelWidth = Math.max(...notifications.map((n) => n.level.length));
  const kindWidth = Math.max(...notifications.map((n) => n.kind.length));
  const placeWidth = Math.max(...notifications.map((n) => notificationPlace(n).length));
  const out = [c.bold(c.underline('Notifications'))];
  for (const n of notifications) {
    const rule = n.ruleId ? c.dim(` (${printable(n.ruleId)})`) : '';
    out.push(
      `  ${paintLevel(c, n.level, padded(n.level, levelWidth))}  ${padded(n.kind, kindWidth)}  ${c.dim(padded(notificationPlace(n), placeWidth))}  ${printable(n.message)}${rule}`,
    );
  }
  return out;
}

function formatAbsent(c: Colors, absent: readonly BaselineEntry[]): string[] {
  const out = [c.bold(c.underline('In the baseline, not found any more'))];
  for (const entry of absent) {
    out.push(
      `  ${printable(entry.file)}  ${printable(entry.ruleId)}${entry.resource ? `  ${printable(entry.resource)}` : ''}  ${c.dim(printable(entry.message))}`,
    );
  }
  return out;
}

function formatSummary(
  c: Colors,
  report: LintReport,
  open: readonly Finding[],
  absent: readonly BaselineEntry[] | undefined,
): string[] {
  const out: string[] = [];
  // An error notification (a path not read, a rule that crashed) leaves the run incomplete: the
  // summary must not read as a clean pass above it (the exit code is not 0 either).
  const errors = report.notifications.filter((n) => n.level === 'error').length;
  if (open.length === 0 && errors > 0) {
    out.push(
      c.bold(
        c.red(
          `✖ No problems in ${plural(report.summary.filesLinted, 'file')}, but the run is incomplete: ${plural(errors, 'error')} (see Notifications).`,
        ),
      ),
    );
  } else if (open.length === 0) {
    out.push(c.bold(c.green(`✔ No problems in ${plural(report.summary.filesLinted, 'file')}.`)));
  } else {
    const counts = countBySeverity(open);
    const files = new Set(open.map((f) => f.file)).size;
    const verdict = failOnVerdict(report);
    const line = `✖ ${problemsBySeverity(open)} in ${files} of ${plural(report.summary.filesLinted, 'file')} linted${verdict ? ` · ${verdict}` : ''}`;
    // Red when the run fails (or, with no threshold recorded, when something is critical or high,
    // the SARIF errors), yellow otherwise.
    const fails = verdict ? verdict.startsWith('fails') : counts.critical + counts.high > 0;
    out.push(c.bold(fails ? c.red(line) : c.yellow(line)));
  }

  const suppressed = report.findings.filter((f) => findingStatus(f) === 'suppressed').length;
  const baseline = report.findings.filter((f) => findingStatus(f) === 'baseline').length;
  const accepted: string[] = [];
  if (suppressed > 0) accepted.push(`${suppressed} suppressed`);
  if (baseline > 0) accepted.push(`${baseline} accepted by the baseline`);
  if (accepted.length > 0) out.push(c.dim(`  Not counted: ${accepted.join(', ')}.`));
  if (absent !== undefined) {
    const fresh = open.filter((f) => f.baselineState === 'new').length;
    const gone =
      absent.length === 0 ? '0 absent' : `${absent.length} absent (fixed or changed: --write-baseline drops them)`;
    out.push(c.dim(`  Baseline: ${fresh} new, ${baseline} unchanged, ${gone}.`));
  }
  return out;
}

export function formatText(report: LintReport, options: TextOptions): string {
  const c = createColors(options.color);
  const showSuppressed = options.showSuppressed === true;
  const listed = report.findings.filter((f) => showSuppressed || findingStatus(f) === 'open');
  const open = report.findings.filter((f) => findingStatus(f) === 'open');

  const blocks: string[][] = [];
  for (const [file, findings] of groupByFile(listed)) blocks.push(formatFileGroup(c, file, findings));

  // An error notification means a rule crashed or an input could not be read: the run is
  // incomplete. A warning is something the user wrote that does not do what they meant (a
  // suppression without a reason, or one that expired). Both are shown without --verbose;
  // unresolved values (notes) are noise until asked for.
  const notifications = options.verbose ? report.notifications : report.notifications.filter((n) => n.level !== 'note');
  if (notifications.length > 0) blocks.push(formatNotifications(c, notifications));
  if (options.verbose && options.baselineAbsent && options.baselineAbsent.length > 0) {
    blocks.push(formatAbsent(c, options.baselineAbsent));
  }

  const summary = formatSummary(c, report, open, options.baselineAbsent);
  const hidden = report.notifications.length - notifications.length;
  if (hidden > 0) summary.push(c.dim(`  ${plural(hidden, 'notification')} not shown (--verbose lists them).`));
  // The last line a CI log shows: where to read why a finding matters and how to fix it.
  const first = listed[0];
  if (first) summary.push(c.dim(`  Why and how to fix: cognito-iam-lint --explain ${printable(first.ruleId)}`));
  blocks.push(summary);

  return blocks.map((block) => block.join('\n')).join('\n\n') + '\n';
}
