/**
 * A parse made in another thread (src/engine/worker-pool.ts): what a worker sends back is plain
 * data (structured-clone friendly, about a tenth of the parse's cost to receive), and the
 * document it becomes here parses its text again only when a position is asked for, as the
 * JSON parser does for every document anyway. Most files of a large run have no finding, so most
 * are never parsed twice.
 */
import type { DuplicateKey, ParsedDocument, Pointer, Range, SourceFormat, SyntaxProblem, UnknownTag } from './types.js';
/** What crosses between threads: everything of a parse but its position tree. */
export interface TransferredParse {
    file: string;
    format: SourceFormat;
    text: string;
    data: unknown;
    syntaxErrors: SyntaxProblem[];
    duplicateKeys: DuplicateKey[];
    unknownTags: UnknownTag[];
}
export declare function toTransferred(doc: ParsedDocument): TransferredParse;
export declare class TransferredDocument implements ParsedDocument {
    private readonly reparse;
    readonly file: string;
    readonly format: SourceFormat;
    readonly text: string;
    readonly size: number;
    readonly data: unknown;
    readonly syntaxErrors: readonly SyntaxProblem[];
    readonly duplicateKeys: readonly DuplicateKey[];
    readonly unknownTags: readonly UnknownTag[];
    private local;
    /** `reparse`: the parse the worker made, made here (the same function on the same text). */
    constructor(parse: TransferredParse, reparse: () => ParsedDocument);
    readonly locate: (pointer: Pointer, which?: "value" | "key") => Range;
}
