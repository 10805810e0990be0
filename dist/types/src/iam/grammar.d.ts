import { type Pointer } from '../parsers/types.js';
export type PolicyKind = 'identity' | 'trust' | 'resource';
type Kind = PolicyKind;
export type GrammarProblemCode = 
/** A top-level, statement or principal-type key the grammar does not have. */
'unknown-key' | 'effect' | 'version' | 'principal-in-identity' | 'resource-in-trust'
/** Both `Action` and `NotAction` (or `Principal`/`NotPrincipal`, `Resource`/`NotResource`). */
 | 'exclusive-elements'
/** A string `Principal` other than `"*"`. */
 | 'principal' | 'condition-operator' | 'condition-value' | 'sid-format' | 'duplicate-sid' | 'size' | 'missing-element'
/** A value of the wrong JSON type (or a document that is cyclic or absurdly deep). */
 | 'type';
export interface GrammarProblem {
    /** RFC 6901 pointer into the document given to `checkPolicyGrammar`. */
    pointer: Pointer;
    /** Whether the problem is the property name at `pointer` (an unknown or prohibited key) or its value. */
    which: 'key' | 'value';
    code: GrammarProblemCode;
    /** What the problem's message names: values only, never words. */
    facts: GrammarFacts;
    /**
     * What tells this problem from another of its code at the same pointer, as a value, never as
     * words: the missing element's name, the ajv keyword of a generic problem, the size limit.
     * With `code`, `which` and the pointer it identifies the problem (policy/invalid's fingerprint),
     * so rewording `message` never changes which problem it is.
     */
    variant?: string;
}
/** Where in the grammar a problem sits. */
export type GrammarPlace = 'policy' | 'statement' | 'element' | 'principalType' | 'conditionOperator' | 'conditionValue' | 'other';
/**
 * The values a grammar problem's message names. Which of them are set depends on the code (and,
 * for `type` and `unknown-key`, on the place); none is a sentence.
 */
export interface GrammarFacts {
    /** The kind of policy checked. */
    kind: PolicyKind;
    /** Where the node sits in the grammar, and whether it is one entry of a list. */
    place?: GrammarPlace;
    listItem?: boolean;
    /** The top-level or statement element (`Statement`, `Action`, `Principal`, `Condition`, …). */
    element?: string;
    principalType?: string;
    operator?: string;
    conditionKey?: string;
    /** The key at fault (unknown, prohibited, or excluded by its counterpart). */
    key?: string;
    /** The grammar key or condition operator that `key`/`operator` most likely misspells. */
    suggestion?: string;
    /** The element that excludes `key` (`Action` for `NotAction`), or the alternative to a missing one. */
    counterpart?: string;
    /** The missing element. */
    missing?: string;
    /** The value found at the pointer (`type`, `effect`, `version`, `principal`, `sid-format`, `condition-value`). */
    found?: unknown;
    /** `condition-operator`: the operator is `Null` with `IfExists`. */
    nullIfExists?: boolean;
    /** `duplicate-sid`: the Sid, and the pointer of the statement that uses it first. */
    sid?: string;
    firstPointer?: Pointer;
    /** `size`: the length without whitespace (a lower bound unless `exact`), the limit, and whether the caller gave it. */
    length?: number;
    exact?: boolean;
    limit?: number;
    limitGiven?: boolean;
    /** `type` of a document ajv cannot walk: `cycle`, or `depth` beyond `maxDepth`. */
    maxDepth?: number;
    /** `type` from a schema keyword no specific check covers (a future schema edit). */
    keyword?: string;
}
export interface GrammarOptions {
    /**
     * Length limit to check with `policyTextLength`. Defaults: trust 4,096, identity 6,144
     * (a managed policy), resource none (it depends on the service). `null` turns the check off,
     * e.g. for an inline role policy, whose limit (10,240) applies to all inline policies of the
     * role together and is checked by the caller.
     */
    maxLength?: number | null;
}
/** Managed policy document (AWS::IAM::ManagedPolicy), whitespace not counted. https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html */
export declare const MANAGED_POLICY_MAX_LENGTH = 6144;
/** All inline policies of one role together, whitespace not counted. */
export declare const ROLE_INLINE_POLICIES_MAX_LENGTH = 10240;
/**
 * Role trust policy. The default quota is 2,048 but it can be raised, so only the maximum a
 * quota increase allows is a definite error (4,096 per the quota page as read in 2023).
 */
export declare const TRUST_POLICY_MAX_LENGTH = 4096;
/**
 * Check `document` (plain data, possibly with CloudFormation intrinsics) against the IAM policy
 * grammar for a policy of `kind`. Returns one problem per real problem, in document order;
 * never throws on any input.
 */
export declare function checkPolicyGrammar(document: unknown, kind: Kind, options?: GrammarOptions): GrammarProblem[];
/**
 * Length of the policy as IAM counts it: the JSON text without whitespace outside strings.
 * Intrinsic functions count as zero characters, an element a `Fn::If` may drop as absent and a
 * `Fn::If` as its shorter branch, so for a template the result is a lower bound. `undefined`
 * when `document` is not JSON data (cyclic, too deep, or holding functions, symbols, bigints).
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html
 */
export declare function policyTextLength(document: unknown): number | undefined;
export {};
