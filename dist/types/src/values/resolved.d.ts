/**
 * The value of a template expression after resolving intrinsic functions as far as static
 * analysis allows. Unknown is a value, not an exception: rules check `kind` explicitly and
 * stay silent (recording an `unresolved` notification) when a decision needs a value that is
 * not known.
 */
import type { ResourceNode } from './resource-node.js';
export type Resolved = 
/** A literal scalar. */
{
    readonly kind: 'known';
    readonly value: string | number | boolean | null;
}
/** `Ref` (attribute undefined) or `Fn::GetAtt` of a resource in scope. */
 | {
    readonly kind: 'resource';
    readonly resource: ResourceNode;
    readonly attribute?: string;
}
/** A string built from parts (`Fn::Sub`, `Fn::Join`): judged by its fixed parts. */
 | {
    readonly kind: 'concat';
    readonly parts: readonly Resolved[];
}
/**
 * One of several possible values (`Fn::If`, a parameter's default). `name`: the parameter whose
 * possible values these are (its default, or whatever the deployer gives), as the template names it.
 */
 | {
    readonly kind: 'anyOf';
    readonly options: readonly Resolved[];
    readonly name?: string;
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
/**
 * Not knowable statically; `reason` says why (for --verbose). `name`: the parameter or pseudo
 * parameter the value is, as the template names it (`Prefix`, `AWS::Region`), when it is one.
 */
 | {
    readonly kind: 'unknown';
    readonly reason: string;
    readonly name?: string;
};
export declare const known: (value: string | number | boolean | null) => Resolved;
export declare const unknown: (reason: string, name?: string) => Resolved;
export declare const ABSENT: Resolved;
/** A `Resolved` of one kind. */
export type ResolvedOf<K extends Resolved['kind']> = Extract<Resolved, {
    kind: K;
}>;
/** One handler per kind: leaves get their node, composites the results of their children (in order) and their node. */
export interface ResolvedHandlers<R> {
    readonly known: (value: ResolvedOf<'known'>) => R;
    readonly resource: (value: ResolvedOf<'resource'>) => R;
    readonly concat: (parts: readonly R[], value: ResolvedOf<'concat'>) => R;
    readonly anyOf: (options: readonly R[], value: ResolvedOf<'anyOf'>) => R;
    readonly list: (items: readonly R[], value: ResolvedOf<'list'>) => R;
    readonly absent: (value: ResolvedOf<'absent'>) => R;
    readonly unknown: (value: ResolvedOf<'unknown'>) => R;
}
/** Some handlers, and `otherwise` for every kind without one (whose children are then not visited). */
export type PartialResolvedHandlers<R> = Partial<ResolvedHandlers<R>> & {
    readonly otherwise: (value: Resolved) => R;
};
/**
 * The one walk over a resolved value: folds it bottom-up, children first, so a question about a
 * value is written as what each kind contributes (`containsUnknown`, `describe`,
 * `referencedResources`) instead of another recursive switch over the kinds. A sub-value shared by
 * several parents is visited once per place it appears, as `alternatives` and `knownString` do.
 */
export declare function foldResolved<R>(value: Resolved, handlers: ResolvedHandlers<R> | PartialResolvedHandlers<R>): R;
/** The alternatives a value may take, with `anyOf` flattened (a non-alternative value is its own single alternative). */
export declare function alternatives(value: Resolved): Resolved[];
/** The scalar values a value may take, flattening alternatives and lists (`aud` may be a list of pool IDs). */
export declare function scalarAlternatives(value: Resolved): Resolved[];
/** The string a value certainly has, or undefined. Numbers and booleans are read as CloudFormation does (as strings). */
export declare function knownString(value: Resolved): string | undefined;
/** True when some part of the value could not be resolved. */
export declare function containsUnknown(value: Resolved): boolean;
/** Stands for a part of a template of parts that is not known statically. */
export declare const HOLE = "\0";
/**
 * A scalar as text with every part that is not known replaced by HOLE (`arn:\0:dynamodb:\0:\0:table/*`),
 * so a template of parts can be judged by its fixed parts (docs/semantics.md#resolved-value). Undefined for
 * alternatives and lists.
 */
export declare function templateText(value: Resolved): string | undefined;
/**
 * A short human-readable rendering for messages, the one place resolved values become text: what is
 * known as it is, and a reference as the template writes it. A whole value (or a whole alternative or
 * list item) that is a reference reads as CloudFormation writes it (`Ref Pool`, `Fn::GetAtt Pool.Arn`,
 * `Ref Prefix`); inside a template of parts, as `Fn::Sub` writes it (`arn:aws:s3:::${Prefix}-media/*`,
 * `${Media.Arn}/*`). A parameter is shown by name, whether or not it has a default. `<?>` is left
 * only for a part with no name (an import, a value computed at deploy time).
 */
export declare function describe(value: Resolved): string;
/**
 * A fixed rendering for finding keys, which fingerprints hash (src/engine/fingerprint.ts): what
 * `describe` wrote before session 25 (`${Pool}`, `${Pool.Arn}`, `a | b`, `<?>` for any unknown but a
 * pseudo parameter). Never change it, and never show it: rewording a message must not turn a
 * baseline's findings into new ones. Messages use `describe`.
 */
export declare function stableText(value: Resolved): string;
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
