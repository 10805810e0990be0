/**
 * Every policy source — a role's trust policy, inline policies, `AWS::IAM::Policy`,
 * `AWS::IAM::ManagedPolicy`, bucket policies, raw IAM JSON — is normalised once into the
 * same `PolicyDocument` / `Statement` shape: single values become lists, intrinsic functions
 * become `Resolved` values, `Fn::If` around whole statements or blocks becomes one statement
 * per branch, and every element keeps the pointer it came from.
 */
import type { Pointer } from '../parsers/types.js';
import { type Resolved } from '../values/resolved.js';
import { type SourceRef } from '../parsers/source.js';
import { type ParsedOperator } from './condition-operators.js';
export type { ParsedOperator };
export type PolicyKind = 'trust' | 'identity' | 'resource';
/** A value of a policy element with the node it came from. */
export interface ValueAt {
    readonly value: Resolved;
    readonly source: SourceRef;
}
/** `Action`, `NotAction`, `Resource`, `NotResource`: the element node and its values. */
export interface ElementValues {
    readonly source: SourceRef;
    readonly values: readonly ValueAt[];
}
export interface PrincipalEntry {
    /** `AWS`, `Federated`, `Service`, `CanonicalUser`, or `*` for the bare wildcard principal. */
    readonly type: string;
    readonly value: ValueAt;
}
export interface PrincipalSpec {
    readonly source: SourceRef;
    readonly entries: readonly PrincipalEntry[];
}
export interface ConditionEntry {
    readonly operator: ParsedOperator;
    /** The condition key as written (key names are case-insensitive; compare with `keyLower`). */
    readonly key: string;
    readonly keyLower: string;
    readonly values: readonly ValueAt[];
    /** The `<key>: value` node. */
    readonly source: SourceRef;
    /** The `<operator>: {…}` node. */
    readonly operatorSource: SourceRef;
}
export interface Statement {
    readonly document: PolicyDocument;
    readonly source: SourceRef;
    readonly sid: string | undefined;
    /** `undefined` when absent, invalid or not statically known. */
    readonly effect: 'Allow' | 'Deny' | undefined;
    readonly principal: PrincipalSpec | undefined;
    readonly notPrincipal: PrincipalSpec | undefined;
    readonly action: ElementValues | undefined;
    readonly notAction: ElementValues | undefined;
    readonly resource: ElementValues | undefined;
    readonly notResource: ElementValues | undefined;
    readonly conditions: readonly ConditionEntry[];
    /** The `Condition` node, when present. */
    readonly conditionSource: SourceRef | undefined;
}
export interface PolicyDocument {
    readonly kind: PolicyKind;
    /** The document object (e.g. `/Resources/AuthRole/Properties/AssumeRolePolicyDocument`). */
    readonly source: SourceRef;
    /** The document as written (may contain intrinsic functions). */
    readonly raw: unknown;
    /** A name for messages: `AuthRole trust policy`, `UserFilesPolicy`, inline policy name. */
    readonly name: string;
    readonly version: Resolved;
    readonly statements: readonly Statement[];
    /**
     * The node as written, when the document was read from JSON text (a literal string, `Fn::Sub`,
     * `Fn::Join`): `raw` is then the parsed text. CloudFormation-escape checks read the intrinsic here.
     */
    readonly asWritten?: {
        readonly value: unknown;
        readonly source: SourceRef;
    };
}
/** Evaluates a value found at a pointer of the document (intrinsics for templates, plain values for raw JSON). */
export type ValueResolver = (value: unknown, pointer: Pointer) => Resolved;
/** The resolver for raw JSON: nothing to evaluate. */
export declare const plainResolver: ValueResolver;
/**
 * The alternatives a structural node may take: `Fn::If` in place of a statement, a block or a
 * list expands into its branches (`Ref AWS::NoValue` branches are dropped).
 */
export declare function structuralAlternatives(value: unknown, pointer: Pointer, depth?: number): Array<{
    value: unknown;
    pointer: Pointer;
}>;
export interface NormaliseOptions {
    kind: PolicyKind;
    name: string;
    source: SourceRef;
    resolve: ValueResolver;
    asWritten?: PolicyDocument['asWritten'];
}
/** Normalise a policy document node. Malformed parts are skipped (policy/invalid reports them). */
export declare function normalisePolicy(raw: unknown, options: NormaliseOptions): PolicyDocument;
