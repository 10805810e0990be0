/**
 * What every reporter agrees on: which findings count as open problems, how our five
 * severities map onto the three levels of SARIF and GitHub, and how counts are worded.
 * Keeping this in one place is what makes the text summary, the SARIF levels and the GitHub
 * annotations tell the same story about the same report.
 */
import { SEVERITIES, type Finding, type LintReport, type Severity } from '../../engine/types.js';

/**
 * `open`: a problem the user has to act on. `suppressed`: a suppression with a justification
 * matched it. `baseline`: the baseline given with --baseline already holds it, so it was
 * accepted earlier. A suppressed finding that is also in the baseline counts as suppressed:
 * the suppression carries the reason a reviewer wants to read.
 */
export type FindingStatus = 'open' | 'suppressed' | 'baseline';

export function findingStatus(finding: Finding): FindingStatus {
  if (finding.suppressions.length > 0) return 'suppressed';
  if (finding.baselineState === 'unchanged') return 'baseline';
  return 'open';
}

/** Severity → SARIF `level` / GitHub annotation level, as docs/semantics.md#severities fixes it. */
export function sarifLevel(severity: Severity): 'error' | 'warning' | 'note' {
  switch (severity) {
    case 'critical':
    case 'high':
      return 'error';
    case 'medium':
      return 'warning';
    case 'low':
    case 'info':
      return 'note';
  }
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { critical: 0, high: 0, medium: 0, low: 0, info: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
}

/** `5 problems (1 critical, 2 high, 2 low)`: open findings counted, zero counts left out. Every format's summary says it so. */
export function problemsBySeverity(open: readonly Finding[]): string {
  const counts = countBySeverity(open);
  const breakdown = SEVERITIES.filter((s) => counts[s] > 0).map((s) => `${counts[s]} ${s}`);
  return `${plural(open.length, 'problem')} (${breakdown.join(', ')})`;
}

/** `1 problem`, `2 problems`. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/** Code-unit order: the same on every machine and locale, unlike localeCompare. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The project's repository, as package.json's `repository` names it (test/distribution checks
 * they agree); reporters stay pure, so it is a constant rather than a file read. SARIF's
 * `informationUri` and every link to a rule's page are built from it, here only.
 */
export const REPOSITORY_URL = 'https://github.com/cognito-iam-lint/cognito-iam-lint';

/** The rule's own page: `rules/<area>/<name>.md`, the file `--explain` prints (src/rule-docs.ts). */
export function ruleDocsUrl(ruleId: string): string {
  return `${REPOSITORY_URL}/blob/main/rules/${ruleId.split('/').map(encodeURIComponent).join('/')}.md`;
}

/** Findings that fail the run under `threshold`: open (not suppressed, not baseline-accepted) and at or above it. */
export function failingFindings(findings: readonly Finding[], threshold: Severity | 'none'): Finding[] {
  if (threshold === 'none') return [];
  const limit = SEVERITIES.indexOf(threshold);
  return findings.filter((f) => findingStatus(f) === 'open' && SEVERITIES.indexOf(f.severity) <= limit);
}

/**
 * `fails --fail-on high` / `passes --fail-on high`, when the CLI recorded the threshold. Only the
 * findings decide here; a file that could not be read fails the run whatever this says, and the
 * report lists it among its notifications.
 */
export function failOnVerdict(report: LintReport): string | undefined {
  const threshold = report.summary.failOn;
  if (threshold === undefined) return undefined;
  const fails = failingFindings(report.findings, threshold).length > 0;
  return `${fails ? 'fails' : 'passes'} --fail-on ${threshold}`;
}

/**
 * The message as every format shows it: for a resource of a CDK app, the construct path is what
 * tells the developer which construct to change (the logical ID in the message is a hash), so it
 * is appended wherever the message goes (text, GitHub annotations, SARIF, JSON, Markdown, HTML).
 * For a resource of an Amplify project the category resource is, likewise, what the developer
 * knows it by (`amplify update storage`), so it is appended the same way.
 */
export function findingMessage(finding: Finding): string {
  const resource = finding.resource;
  if (resource?.cdkPath !== undefined) return `${finding.message} [construct ${resource.cdkPath}]`;
  if (resource?.amplify) return `${finding.message} [${amplifyName(resource.amplify)}]`;
  return finding.message;
}

/** `Amplify storage resource photos` */
export function amplifyName(amplify: { category: string; resource: string }): string {
  return `Amplify ${amplify.category} resource ${amplify.resource}`;
}

/** `lib/auth-stack.ts:12:5` */
export function frameText(frame: { file: string; line: number; column: number }): string {
  return `${frame.file}:${frame.line}:${frame.column}`;
}

/**
 * Most severe first, the report's own order (file, line, column, rule) within a severity: a stable
 * sort keeps it. GitHub shows only the first annotations of each level, so the worst go first.
 */
export function bySeverity(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity));
}
