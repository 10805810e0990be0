/**
 * The shapes the engine hands to reporters and to programmatic users. `LintReport` is the
 * public JSON report (documented by schemas/report.schema.json); keep both in step.
 */
import type { FindingResource, FixDialect, Severity } from '../core/types.js';
import type { Range } from '../parsers/types.js';
export { FIX_DIALECTS, SEVERITIES, type FindingResource, type FixDialect, type Severity, type SourceFrame, } from '../core/types.js';
export interface Finding {
    ruleId: string;
    messageId: string;
    severity: Severity;
    message: string;
    /** File path relative to the working directory, '/'-separated. */
    file: string;
    range: Range;
    resource?: FindingResource;
    /** Stable identity of the finding across line moves and reformatting (hex). */
    fingerprint: string;
    /** GitHub-style hash of the first line of the finding's region (`<hex>:<n>`). */
    lineHash: string;
    /**
     * One-line "how to fix" hint from the rule's metadata, in the form of the input the finding's
     * resource was read from (a Terraform resource: HCL; a Serverless service: serverless.yml).
     */
    fix?: string;
    /** Suppressions that matched this finding (empty: not suppressed). */
    suppressions: FindingSuppression[];
    /** The condition values the finding holds under, when not all (`when condition \`GuestsOn\` is true`); the message says it too. */
    when?: string;
    /** Whether the finding is accepted by the baseline given with --baseline. */
    baselineState?: 'new' | 'unchanged';
}
export interface FindingSuppression {
    kind: 'inSource' | 'external';
    justification: string;
}
/** Something the run could not decide or do, that is not a finding (SARIF toolExecutionNotifications). */
export interface Notification {
    level: 'note' | 'warning' | 'error';
    /** `unresolved`: a value a rule needed could not be resolved; `internal`: a rule crashed; `input`: an input was skipped. */
    kind: 'unresolved' | 'internal' | 'input';
    message: string;
    ruleId?: string;
    file?: string;
    range?: Range;
}
/** Rule metadata as the outside world sees it (CLI --list-rules, SARIF, docs). */
export interface RuleMetadata {
    id: string;
    description: string;
    severity: Severity;
    /** Short "how to fix" sentence, for a CloudFormation template. */
    fix: string;
    /** The same sentence for the other input forms, where their fix is written differently. */
    fixIn?: Partial<Record<FixDialect, string>>;
    /** AWS documentation the rule relies on. */
    references: string[];
    /** The rule's documentation page (Markdown), when available. */
    docs?: string;
    tags: string[];
}
export interface LintReport {
    tool: {
        name: 'cognito-iam-lint';
        version: string;
    };
    /** Files that were read (relative paths, sorted). */
    files: string[];
    findings: Finding[];
    notifications: Notification[];
    /** Rules that ran, in ID order. */
    rules: RuleMetadata[];
    summary: {
        filesLinted: number;
        findings: Record<Severity, number>;
        suppressed: number;
        /**
         * The `--fail-on` threshold the run was judged by (set by the CLI; absent from the API's
         * report): open findings at or above it fail the run.
         */
        failOn?: Severity | 'none';
    };
}
