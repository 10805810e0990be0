/**
 * Where a model value came from: a document and a JSON pointer into it. Every entity and
 * every resolved value carries one, so a finding can always be placed at the exact node.
 */
import type { ParsedDocument, Pointer } from './types.js';
export interface SourceRef {
    readonly doc: ParsedDocument;
    readonly pointer: Pointer;
}
export declare function sourceRef(doc: ParsedDocument, pointer: Pointer): SourceRef;
/** A reference to a child node of `ref`. */
export declare function childRef(ref: SourceRef, ...tokens: Array<string | number>): SourceRef;
/** The value at `pointer` in `data`, or undefined when the path does not exist. */
export declare function valueAtPointer(data: unknown, pointer: Pointer): unknown;
/**
 * Where a node really is: for a node inside decoded JSON text, the string it was decoded from;
 * for a node of a deployed view, the node of the template as written.
 */
export declare function anchorOf(ref: SourceRef): SourceRef;
/**
 * Where a node is written, for positions and file names: its anchor, then, for a template compiled
 * from other files (ParsedDocument.compiledFrom), the file and node it was compiled from. The model
 * still knows the node by its anchor (its stack, its resource); the user sees it here.
 */
export declare function placeOf(ref: SourceRef): SourceRef;
/**
 * A document compiled in memory from `written` (a Serverless service, a Terraform plan placed at its
 * `.tf` sources): `data` is what the dialect reads, `place` says where each of its nodes is written,
 * and `locate` answers with that place's range. Its text, file and size are `written`'s.
 */
export declare function compiledDocument(written: ParsedDocument, compiled: {
    readonly form: NonNullable<ParsedDocument['compiledFrom']>['form'];
    readonly data: unknown;
    readonly place: (pointer: Pointer) => SourceRef;
    readonly problems: Pick<ParsedDocument, 'syntaxErrors' | 'duplicateKeys' | 'unknownTags'>;
}): ParsedDocument;
