/**
 * What a role may do: every `Allow` statement that reaches it — inline policies, attached
 * `AWS::IAM::Policy`/`ManagedPolicy`/`RolePolicy`, and AWS managed policies judged by their
 * document — with actions expanded against the Service Authorization Reference, actions the
 * statement's conditions make impossible or its resources cannot be (resource-scope.ts) dropped,
 * and unconditional `Deny` statements subtracted. The role/ and s3/ rules share this one view.
 */
import { type ActionInfo } from '../iam/actions.js';
import type { Role } from '../model/entities.js';
import { type PolicyDocument, type Statement } from '../iam/document.js';
/**
 * How a policy document reaches a role (or stands alone), as values: an inline policy, an attached
 * (or standalone) policy, an AWS managed policy, a trust policy, and its name. rules/_shared/policies.ts
 * words it for messages.
 */
export interface PolicySourceName {
    kind: 'inline' | 'policy' | 'aws-managed' | 'trust';
    name: string;
}
export interface GrantSource {
    /** The policy document the statement is in. */
    document: PolicyDocument;
    /** How it reaches the role. */
    via: PolicySourceName;
}
export interface Grant {
    statement: Statement;
    source: GrantSource;
    /**
     * Actions the statement allows (after `NotAction` complement and unconditional `Deny`), without
     * those its conditions make impossible (docs/semantics.md#condition-keys-that-are-never-present).
     */
    actions: readonly ActionInfo[];
    /**
     * Actions the statement names (its conditions leaving them possible) that none of its resources
     * can be a resource of, so it does not allow them (`s3:GetObject` on a bucket ARN only): not in
     * `actions`, kept for the rules that report the mistake.
     */
    inapplicable: readonly ActionInfo[];
    /** `actions` and `inapplicable` together: what the statement allows not narrowed to its resources. */
    asWritten: readonly ActionInfo[];
    /** Action patterns that named no known action or service (left to policy/unknown-action). */
    unknownPatterns: readonly string[];
    /** Whether an action pattern could not be read (an intrinsic). */
    hasUnknownAction: boolean;
    /** The unconditional `Deny` statements that removed actions from this grant, and the services of what they removed. */
    denials: readonly Denial[];
}
/** An unconditional `Deny` statement that cancels part of an `Allow` statement. */
export interface Denial {
    statement: Statement;
    source: GrantSource;
    /** The services of the actions it removed from the grant. */
    services: ReadonlySet<string>;
}
/** Every Allow grant reaching the role, less the unconditional Denies of every policy of the role. Cached per role. */
export declare function grantsOf(role: Role): Grant[];
/**
 * The Allow grants of a policy attached to no role (a raw policy file, a policy of users or
 * groups), less the unconditional Denies of that document alone. Cached per document.
 */
export declare function grantsOfDocument(source: GrantSource): Grant[];
/** The identity policy documents that reach a role, including AWS managed policies by their document. */
export declare function documentsOf(role: Role): GrantSource[];
/**
 * What the grant's statement allows not narrowed to its resources (`actions` and `inapplicable`
 * together), as policy/wildcard-action and policy/privilege-escalation judge a wildcard, without
 * working out which apply to the resources.
 */
export declare function actionsAsWritten(grant: Grant): readonly ActionInfo[];
