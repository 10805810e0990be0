/**
 * What every reporter agrees on: which findings count as open problems, how our five
 * severities map onto the three levels of SARIF and GitHub, and how counts are worded.
 * Keeping this in one place is what makes the text summary, the SARIF levels and the GitHub
 * annotations tell the same story about the same report.
 */
import { type Finding, type LintReport, type Severity } from '../engine/types.js';
/**
 * `open`: a problem the user has to act on. `suppressed`: a suppression with a justification
 * matched it. `baseline`: the baseline given with --baseline already holds it, so it was
 * accepted earlier. A suppressed finding that is also in the baseline counts as suppressed:
 * the suppression carries the reason a reviewer wants to read.
 */
export type FindingStatus = 'open' | 'suppressed' | 'baseline';
export declare function findingStatus(finding: Finding): FindingStatus;
/** Severity → SARIF `level` / GitHub annotation level, as RULES.md fixes it. */
export declare function sarifLevel(severity: Severity): 'error' | 'warning' | 'note';
export declare function countBySeverity(findings: readonly Finding[]): Record<Severity, number>;
/** `1 problem`, `2 problems`. */
export declare function plural(count: number, singular: string, pluralForm?: string): string;
/** Code-unit order: the same on every machine and locale, unlike localeCompare. */
export declare function compareStrings(a: string, b: string): number;
/** How many open findings are at or above the threshold: the run fails (exit 1) when any is. */
export declare function failingFindings(report: LintReport, threshold: Severity | 'none'): number;
