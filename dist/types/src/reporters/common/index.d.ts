/**
 * What every reporter agrees on: which findings count as open problems, how our five
 * severities map onto the three levels of SARIF and GitHub, and how counts are worded.
 * Keeping this in one place is what makes the text summary, the SARIF levels and the GitHub
 * annotations tell the same story about the same report.
 */
import { type Finding, type LintReport, type Severity } from '../../engine/types.js';
/**
 * `open`: a problem the user has to act on. `suppressed`: a suppression with a justification
 * matched it. `baseline`: the baseline given with --baseline already holds it, so it was
 * accepted earlier. A suppressed finding that is also in the baseline counts as suppressed:
 * the suppression carries the reason a reviewer wants to read.
 */
export type FindingStatus = 'open' | 'suppressed' | 'baseline';
export declare function findingStatus(finding: Finding): FindingStatus;
/** Severity → SARIF `level` / GitHub annotation level, as docs/semantics.md#severities fixes it. */
export declare function sarifLevel(severity: Severity): 'error' | 'warning' | 'note';
export declare function countBySeverity(findings: readonly Finding[]): Record<Severity, number>;
/** `5 problems (1 critical, 2 high, 2 low)`: open findings counted, zero counts left out. Every format's summary says it so. */
export declare function problemsBySeverity(open: readonly Finding[]): string;
/** `1 problem`, `2 problems`. */
export declare function plural(count: number, singular: string, pluralForm?: string): string;
/** Code-unit order: the same on every machine and locale, unlike localeCompare. */
export declare function compareStrings(a: string, b: string): number;
/**
 * The project's repository, as package.json's `repository` names it (test/distribution checks
 * they agree); reporters stay pure, so it is a constant rather than a file read. SARIF's
 * `informationUri` and every link to a rule's page are built from it, here only.
 */
export declare const REPOSITORY_URL = "https://github.com/cognito-iam-lint/cognito-iam-lint";
/** The rule's own page: `rules/<area>/<name>.md`, the file `--explain` prints (src/rule-docs.ts). */
export declare function ruleDocsUrl(ruleId: string): string;
/** Findings that fail the run under `threshold`: open (not suppressed, not baseline-accepted) and at or above it. */
export declare function failingFindings(findings: readonly Finding[], threshold: Severity | 'none'): Finding[];
/**
 * `fails --fail-on high` / `passes --fail-on high`, when the CLI recorded the threshold. Only the
 * findings decide here; a file that could not be read fails the run whatever this says, and the
 * report lists it among its notifications.
 */
export declare function failOnVerdict(report: LintReport): string | undefined;
/**
 * The message as every format shows it: for a resource of a CDK app, the construct path is what
 * tells the developer which construct to change (the logical ID in the message is a hash), so it
 * is appended wherever the message goes (text, GitHub annotations, SARIF, JSON, Markdown, HTML).
 * For a resource of an Amplify project the category resource is, likewise, what the developer
 * knows it by (`amplify update storage`), so it is appended the same way.
 */
export declare function findingMessage(finding: Finding): string;
/** `Amplify storage resource photos` */
export declare function amplifyName(amplify: {
    category: string;
    resource: string;
}): string;
/** `lib/auth-stack.ts:12:5` */
export declare function frameText(frame: {
    file: string;
    line: number;
    column: number;
}): string;
/**
 * Most severe first, the report's own order (file, line, column, rule) within a severity: a stable
 * sort keeps it. GitHub shows only the first annotations of each level, so the worst go first.
 */
export declare function bySeverity(findings: readonly Finding[]): Finding[];
