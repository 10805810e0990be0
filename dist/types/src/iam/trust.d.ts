import type { Tri } from '../core/tri.js';
import type { ConditionEntry, PolicyDocument, Statement, ValueAt } from './document.js';
export declare function isIdentityPoolHost(host: string): boolean;
export declare const ASSUME_ROLE_WITH_WEB_IDENTITY = "sts:AssumeRoleWithWebIdentity";
/** The statement's identity-pool principal entries (`Federated: cognito-identity.amazonaws.com`). */
export declare function identityPoolPrincipals(statement: Statement): ValueAt[];
/** Does the statement's `Action` (or `NotAction`) certainly include `action`? Unknown values never match. */
export declare function statementCoversAction(statement: Statement, action: string): boolean;
/** `Allow` statements that let identity-pool identities call `sts:AssumeRoleWithWebIdentity`. */
export declare function identityPoolTrustStatements(trust: PolicyDocument | undefined): Statement[];
/** `aud`, `amr` or `sub` when the condition key is an identity-pool key (any partition host). */
export declare function identityPoolConditionKey(entry: ConditionEntry): 'aud' | 'amr' | 'sub' | undefined;
export declare function conditionsOn(statement: Statement, key: 'aud' | 'amr' | 'sub'): ConditionEntry[];
/** Why an `aud` condition entry does not restrict the role to specific pools, or undefined when it does. */
export declare function audEntryWeakness(entry: ConditionEntry): 'negated' | 'if-exists' | 'for-all-values' | 'wildcard' | 'operator' | undefined;
/** Does this `aud` entry pin specific identity pools? */
export declare function audEntryRestricts(entry: ConditionEntry): boolean;
export interface AudAssessment {
    /** `restricted`: some entry pins specific pools. */
    status: 'restricted' | 'missing' | 'weak';
    /** The entries testing `aud` (empty when missing). */
    entries: ConditionEntry[];
    /** For `weak`: the first weak entry and why. */
    weakEntry?: ConditionEntry;
    weakness?: NonNullable<ReturnType<typeof audEntryWeakness>>;
}
/**
 * Does this trust statement restrict `aud` to specific identity pools? Conditions are ANDed,
 * so one restricting entry is enough. A `Deny` statement for the same principal with a negated
 * operator on `aud` listing specific IDs restricts too (the documented alternative form).
 */
export declare function assessAud(statement: Statement): AudAssessment;
/**
 * The `aud` entries of the document's deny-form statements (see `denyRestrictsAud`): the pools they
 * list are the only ones whose tokens the role admits, as a restricting `aud` entry's would be.
 */
export declare function denyFormAudEntries(document: PolicyDocument): ConditionEntry[];
/**
 * What a statement's (or a whole trust's) `cognito-identity.amazonaws.com:amr` conditions let
 * through. The key is multivalued: a guest token carries exactly `["unauthenticated"]`; a signed-in
 * token carries `"authenticated"` plus the name of the provider used (`graph.facebook.com`,
 * `cognito-idp.<region>.amazonaws.com/<pool>`, a developer provider name, …).
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_iam-condition-keys.html#condition-keys-wif
 * https://docs.aws.amazon.com/cognito/latest/developerguide/role-trust-and-permissions.html
 */
export interface AmrAdmission {
    /** Whether any `amr` condition is tested at all (`false`: everything is admitted). */
    readonly tested: boolean;
    /** Can a guest token (`amr = ["unauthenticated"]`) satisfy the conditions? */
    readonly guests: Tri;
    /** Can a signed-in token, of at least one provider, satisfy them? */
    readonly signedIn: Tri;
    /** Can a signed-in token of a provider the conditions do not name satisfy them (no provider narrowing)? */
    readonly anyProvider: Tri;
    /** Provider values (as written) that admit signed-in tokens; the narrowing when `anyProvider` is false. */
    readonly providers: readonly string[];
    /**
     * Summary: `any` (guests and signed-in users), `authenticated` (signed-in users of any provider),
     * `providers` (signed-in users of the listed providers only), `unauthenticated` (guests only),
     * `none` (no token can satisfy it), `unknown` (a value or operator leaves it open).
     */
    readonly admits: 'any' | 'authenticated' | 'providers' | 'unauthenticated' | 'none' | 'unknown';
    /** The `amr` condition entries considered (Allow statements only). */
    readonly entries: readonly ConditionEntry[];
}
/**
 * Whether one `amr` condition entry holds for a token whose `amr` values are `amr`.
 * Set operators follow the IAM documentation: `ForAnyValue:` is false on an empty set,
 * `ForAllValues:` true on it; a negated operator matches each value not listed; `IfExists` changes
 * nothing because identity-pool tokens always carry `amr`. A single-valued operator on the
 * multivalued key is decided only for a single-valued token (a guest's): AWS does not document how
 * it compares several values.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_multi-value-conditions.html
 */
export declare function amrEntryHolds(entry: ConditionEntry, amr: readonly string[]): Tri;
/**
 * Which tokens the `amr` conditions of these `Allow` statements admit (statements are ORed, the
 * entries of one statement ANDed), minus `Deny` statements of the same document that test only
 * `amr`. One piece of logic for trust/amr-operator, trust/amr-role-mismatch and the guest role.
 */
export declare function amrAdmissionOf(statements: readonly Statement[]): AmrAdmission;
/** What one trust statement's `amr` conditions admit. */
export declare function amrAdmission(statement: Statement): AmrAdmission;
/** What a role's trust admits through all its identity-pool statements together. */
export declare function trustAmrAdmission(trust: PolicyDocument | undefined): AmrAdmission;
/** Why an `amr` entry's operator is not the documented set operator, or undefined when it is. */
export declare function amrOperatorProblem(entry: ConditionEntry): 'single-valued' | 'for-all-values' | 'if-exists' | 'negated' | 'other' | undefined;
