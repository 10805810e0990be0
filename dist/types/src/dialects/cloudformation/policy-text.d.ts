import { type SourceRef } from '../../parsers/source.js';
import type { ValueResolver } from '../../iam/document.js';
/** The key of the marker object a string with holes becomes (an intrinsic shape: `Fn::` prefix). */
export declare const TEXT_PART_KEY = "Fn::cognito-iam-lint::TextPart";
/** Something the reader could not decide about a policy's text, for the run's `unresolved` notifications. */
export interface PolicyTextNote {
    readonly message: string;
    readonly at: SourceRef;
}
export interface ReadPolicy {
    /** What normalisation reads: the node as written, with JSON text replaced by its parsed content. */
    readonly data: unknown;
    /** Where positions of `data` come from (a view of the template when some of it was text). */
    readonly source: SourceRef;
    /** Resolves values of `data`, the text's holes included. */
    readonly resolve: ValueResolver;
    /** The node as written, when `data` is not (it held JSON text). */
    readonly asWritten: {
        readonly value: unknown;
        readonly source: SourceRef;
    } | undefined;
    readonly notes: readonly PolicyTextNote[];
}
/**
 * Read the policy node `raw` found at `source` of a template. An object-form document comes back
 * unchanged; JSON text — at the top or in `Fn::If` branches — is parsed, with holes for the parts
 * `resolve` cannot know.
 */
export declare function readTemplatePolicy(raw: unknown, source: SourceRef, resolve: ValueResolver, name: string): ReadPolicy;
