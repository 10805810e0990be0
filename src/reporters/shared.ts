/**
 * What every reporter agrees on: which findings count as open problems, how our five
 * severities map onto the three levels of SARIF and GitHub, and how counts are worded.
 * Keeping this in one place is what makes the text summary, the SARIF levels and the GitHub
 * annotations tell the same story about the same report.
 */
import { SEVERITIES, type Finding, type LintReport, type Severity } from '../engine/types.js';

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

/** Severity → SARIF `level` / GitHub annotation level, as RULES.md fixes it. */
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

/** `1 problem`, `2 problems`. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/** Code-unit order: the same on every machine and locale, unlike localeCompare. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** How many open findings are at or above the threshold: the run fails (exit 1) when any is. */
export function failingFindings(report: LintReport, threshold: Severity | 'none'): number {
  if (threshold === 'none') return 0;
  const limit = SEVERITIES.indexOf(threshold);
  return report.findings.filter((f) => findingStatus(f) === 'open' && SEVERITIES.indexOf(f.severity) <= limit).length;
}
