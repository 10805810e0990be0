/**
 * What a rule is: metadata in one place, and a `check` that reads the model and reports.
 * Generic parameters infer the message IDs, so a misspelt `messageId` fails to compile.
 */
import type { IdentityModel } from '../model/model.js';
import type { SourceRef } from '../parsers/source.js';
import type { Range } from '../parsers/types.js';
import type { FindingResource, Severity } from './types.js';
export interface RuleMeta<MessageIds extends string> {
    /** `<area>/<name>`, equal to the rule's path under `rules/`. A public contract: never renamed. */
    id: string;
    /** One line: what the rule checks. */
    description: string;
    /** Default severity; a report may lower or raise it where its page says so (docs/semantics.md#severities). */
    severity: Severity;
    /** Message templates; `{{name}}` is replaced by `data.name`. One sentence with a concrete subject. */
    messages: Record<MessageIds, string>;
    /** One line: how to fix it. */
    fix: string;
    /** AWS documentation the rule relies on. */
    references: string[];
    tags?: string[];
}
export interface ReportDescriptor<MessageIds extends string> {
    messageId: MessageIds;
    data?: Record<string, string | number>;
    /** The exact node the finding is about (the nearest existing parent when what is missing is the problem). */
    at: SourceRef;
    /** The resource named by the finding; by default the template resource (or raw IAM entity) containing `at`. */
    resource?: FindingResource;
    /** Overrides the rule's default severity for this finding (conditional severities: docs/semantics.md#severities). */
    severity?: Severity;
    /** Distinguishes several findings of one rule at one node (part of the fingerprint). */
    key?: string;
    /** An exact range that no pointer names (a syntax error); `at` then only gives the document. */
    range?: Range;
}
export interface RuleContext<MessageIds extends string> {
    readonly model: IdentityModel;
    report(descriptor: ReportDescriptor<MessageIds>): void;
    /** Record that a decision needed a value that could not be resolved (a notification, not a finding). */
    unresolved(message: string, at?: SourceRef): void;
}
export interface Rule<MessageIds extends string = string> {
    meta: RuleMeta<MessageIds>;
    check(context: RuleContext<MessageIds>): void;
}
export declare function defineRule<MessageIds extends string>(rule: Rule<MessageIds>): Rule<MessageIds>;
/** Fill `{{name}}` placeholders; an unknown placeholder is left visible rather than silently dropped. */
export declare function formatMessage(template: string, data: Record<string, string | number> | undefined): string;
