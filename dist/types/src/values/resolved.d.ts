/**
 * The value of a template expression after resolving intrinsic functions as far as static
 * analysis allows. Unknown is a value, not an exception: rules check `kind` explicitly and
 * stay silent (recording an `unresolved` notification) when a decision needs a value that is
 * not known.
 */
import type { TemplateResource } from '../dialects/cloudformation/stack.js';
export type Resolved = 
/** A literal scalar. */
{
    readonly kind: 'known';
    readonly value: string | number | boolean | null;
}
/** `Ref` (attribute undefined) or `Fn::GetAtt` of a resource in scope. */
 | {
    readonly kind: 'resource';
    readonly resource: TemplateResource;
    readonly attribute?: string;
}
/** A string built from parts (`Fn::Sub`, `Fn::Join`): judged by its fixed parts. */
 | {
    readonly kind: 'concat';
    readonly parts: readonly Resolved[];
}
/** One of several possible values (`Fn::If`, a parameter's default). */
 | {
    readonly kind: 'anyOf';
    readonly options: readonly Resolved[];
}
/** A list value (`Fn::Split`, a CommaDelimitedList, a list literal). */
 | {
    readonly kind: 'list';
    readonly items: readonly Resolved[];
}
/** `Ref AWS::NoValue`: the property is absent. */
 | {
    readonly kind: 'absent';
}
/** Not knowable statically; `reason` says why (for --verbose). */
 | {
    readonly kind: 'unknown';
    readonly reason: string;
};
export declare const known: (value: string | number | boolean | null) => Resolved;
export declare const unknown: (reason: string) => Resolved;
export declare const ABSENT: Resolved;
/** The alternatives a value may take, with `anyOf` flattened (a non-alternative value is its own single alternative). */
export declare function alternatives(value: Resolved): Resolved[];
/** The scalar values a value may take, flattening alternatives and lists (`aud` may be a list of pool IDs). */
export declare function scalarAlternatives(value: Resolved): Resolved[];
/** The string a value certainly has, or undefined. Numbers and booleans are read as CloudFormation does (as strings). */
export declare function knownString(value: Resolved): string | undefined;
/** True when the value is certainly `true` (CloudFormation accepts the strings "true"/"false" for booleans). */
export declare function isKnownTrue(value: Resolved): boolean;
/** True when the value is certainly `false` or absent. */
export declare function isKnownFalseOrAbsent(value: Resolved): boolean;
/** True unless the value is certainly false/absent: "true or unknown" in RULES.md's wording. */
export declare function isTrueOrUnknown(value: Resolved): boolean;
/** True when some part of the value could not be resolved. */
export declare function containsUnknown(value: Resolved): boolean;
/** Stands for a part of a template of parts that is not known statically. */
export declare const HOLE = "\0";
/**
 * A scalar as text with every part that is not known replaced by HOLE (`arn:\0:dynamodb:\0:\0:table/*`),
 * so a template of parts can be judged by its fixed parts (RULES.md "Resolved value"). Undefined for
 * alternatives and lists.
 */
export declare function templateText(value: Resolved): string | undefined;
/** A short human-readable rendering for messages: `arn:aws:s3:::${UploadBucket}/*`. */
export declare function describe(value: Resolved): string;
/** How big a value is once written out: its nodes (parts, alternatives, items and leaves) and the length of its literals. */
export interface ResolvedSize {
    readonly nodes: number;
    readonly chars: number;
}
/**
 * The size of `value` counting a shared sub-value once per place it appears (as `alternatives`
 * and `knownString` walk it). Computed once per composite value: values are immutable.
 */
export declare function resolvedSize(value: Resolved): ResolvedSize;
