import type { Pointer } from '../parsers/types.js';
import { type Resolved } from '../values/resolved.js';
import { type SourceRef } from '../parsers/source.js';
import type { Role } from '../model/entities.js';
import type { IdentityModel } from '../model/model.js';
import type { PolicyDocument, Statement } from '../iam/document.js';
import { type Grant, type PolicySourceName } from './grants.js';
/** One `${…}` written in a value. */
export interface PolicyVariable {
    /** As it appears in the policy: `${aws:userid, 'anonymous'}`. */
    readonly written: string;
    /** The context key (without its default value), or `*`, `?`, `$`; for `${!x}`, `!x`. */
    readonly key: string;
    /** The default value of `${key, 'default'}`. */
    readonly defaultValue: string | undefined;
    /** A default-value form IAM cannot read (`${aws:userid, anonymous}`). */
    readonly malformed: boolean;
    /**
     * What the author meant by it: an IAM variable (`${aws:username}`, `${*}`); a CloudFormation
     * reference that never went through `Fn::Sub` (`${AWS::AccountId}`, `${BucketName}`: IAM keys
     * always have a `prefix:`); a template preprocessor's variable, replaced before CloudFormation
     * sees the file (Serverless Framework `${self:…}`, `${opt:…}`, `${env:…}`, `${file(…)}`, …);
     * or `${!…}`, CloudFormation's escape, which only `Fn::Sub` removes (here it reached the policy unchanged).
     */
    readonly kind: 'iam' | 'cloudformation' | 'preprocessor' | 'escaped';
    /** The fixed text before the variable in its value, or undefined when an unknown part precedes it. */
    readonly before: string | undefined;
}
/** The `${…}` spans of a text (a `'…'` default value may hold `}`). */
export declare function variableSpans(text: string): Array<{
    start: number;
    end: number;
    inner: string;
}>;
/**
 * The variables of a resolved value: in known text (plain strings, `Fn::Sub` output where `${!x}`
 * became `${x}`, `Fn::Join` pieces), in every alternative of `Fn::If` and in list items. A `${…}`
 * cut by a part that is not known (a `Ref` between `${` and `}`) cannot be read and is skipped.
 */
export declare function variablesIn(value: Resolved): PolicyVariable[];
/**
 * Does IAM substitute a variable naming this key? Global and service condition keys of the
 * Service Authorization Reference, web-identity keys (`<provider>:sub`, `aud`, `amr`, `id`,
 * `user_id`) for any provider host, SAML keys, and the special `*`, `?`, `$`. Case-insensitive.
 */
export declare function isSubstitutedKey(key: string): boolean;
/** The element a variable is written in. */
export type VariableElement = 'Resource' | 'NotResource' | 'Condition' | 'condition key' | 'Action' | 'NotAction' | 'Principal' | 'NotPrincipal' | 'Sid';
/** A variable written in a statement, and whether IAM substitutes it where it stands. */
export interface VariableUse {
    readonly variable: PolicyVariable;
    readonly element: VariableElement;
    /** The condition operator, for variables in condition values and keys. */
    readonly operator: string | undefined;
    /** The value node the variable is written in. */
    readonly source: SourceRef;
    /**
     * Why IAM never substitutes a variable there, or undefined where it does (or where that cannot
     * be decided: an ARN whose first parts are not known).
     */
    readonly neverSubstituted: 'before-fifth-colon' | 'operator' | 'element' | undefined;
}
/** Every variable written in a statement, with where it stands. */
export declare function variableUses(statement: Statement): VariableUse[];
/** How the document's `Version` reads for variables: `2012-10-17`, `missing`/`2008-10-17` (literal text), or undecidable. */
export declare function variableVersion(document: PolicyDocument): '2012-10-17' | '2008-10-17' | 'missing' | 'other' | 'unknown';
/** A `${…}` that CloudFormation mishandles in a policy as written. */
export interface SubEscapeProblem {
    /**
     * `unescaped-in-sub`: an IAM variable in an `Fn::Sub` template without `!` (CloudFormation
     * takes it for a reference and the deployment fails: "Unresolved resource dependencies").
     * `escape-outside-sub`: `${!…}` in a plain string or an `Fn::Join` piece, where nothing removes the `!`.
     */
    readonly kind: 'unescaped-in-sub' | 'escape-outside-sub';
    /** The `${…}` as written. */
    readonly written: string;
    /** The string node (the `Fn::Sub` template, or the plain string), in the document `at` names. */
    readonly pointer: Pointer;
    readonly at: SourceRef;
}
/**
 * CloudFormation-escape problems of a policy as written (`document.raw`). Only `Fn::Sub`'s
 * template string is interpolated; its variable map values, `Fn::Join` pieces and every other
 * string are taken literally. For a document read from JSON text, the parsed text still holds
 * every `${!…}` that nothing removed, and the `Fn::Sub` that built it is read as written.
 */
export declare function subEscapeProblems(document: PolicyDocument): SubEscapeProblem[];
/** The statement of a document that holds the node at `pointer` (the innermost, for `Fn::If` alternatives). */
export declare function statementAt(document: PolicyDocument, pointer: Pointer): Statement | undefined;
/** An identity policy document outside identity-pool roles, and the role it reaches (none for a standalone policy). */
export interface GrantingDocument {
    readonly document: PolicyDocument;
    /** The role it is attached to; undefined for a policy attached to no role (users, groups, a raw file). */
    readonly role: Role | undefined;
    /** How it reaches the role, or that it stands alone (`policy`). */
    readonly via: PolicySourceName;
}
/**
 * Identity policies of roles that are not identity-pool roles (inline, attached, and AWS managed
 * policies judged by their document), once per role; and identity policies attached to no role.
 * Trust and resource policies are not included.
 */
export declare function documentsOutsideIdentityPools(model: IdentityModel): readonly GrantingDocument[];
/**
 * What each `Allow` statement of the document really allows (src/analysis/grants.ts): for a
 * policy of a role, less the unconditional Denies of every policy of that role (IAM evaluates a
 * role's identity policies together, and an explicit Deny in any of them overrides an Allow:
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html); for a
 * policy attached to no role, less the Denies of the document itself.
 */
export declare function grantsIn(granting: GrantingDocument): ReadonlyMap<Statement, Grant>;
