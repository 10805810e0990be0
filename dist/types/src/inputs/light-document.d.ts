/**
 * A large document kept as its text only (issue 12, class 8): a 48 MB template's parse tree and
 * position indexes weigh far more than its text, and a run of several such files must not hold
 * all their trees at once. The loader parses the file, classifies it and keeps this in its place;
 * the condition plan (src/engine/lint-plan.ts) parses each linked group again when it lints it
 * (`freshParse`) and drops it after. Whoever else reads `data` (the CLI after the run, `--shard`,
 * the HTML graph) gets a parse that lives until `release()`.
 */
import type { DuplicateKey, ParsedDocument, Pointer, Range, SourceFormat, SyntaxProblem, UnknownTag } from '../parsers/types.js';
/** Files this large (in characters) are kept as text between their uses: far above any real template (1 MB), so small runs parse once. */
export declare const LIGHT_DOCUMENT_CHARS: number;
export declare class LightDocument implements ParsedDocument {
    private readonly reparse;
    readonly file: string;
    readonly format: SourceFormat;
    readonly text: string;
    readonly size: number;
    readonly syntaxErrors: readonly SyntaxProblem[];
    private parsed;
    constructor(first: ParsedDocument, reparse: (file: string, text: string) => ParsedDocument);
    /** A new parse of the text, not kept here: its owner drops it when done. */
    freshParse(): ParsedDocument;
    /** Drops the parse kept for readers of `data` (the next one parses again). */
    release(): void;
    /** Whether a parse is kept (tests: a run of large files keeps none once linted). */
    holdsTree(): boolean;
    private tree;
    get data(): unknown;
    get duplicateKeys(): readonly DuplicateKey[];
    get unknownTags(): readonly UnknownTag[];
    locate(pointer: Pointer, which?: 'value' | 'key'): Range;
}
/**
 * The document as the loader keeps it: large ones that parsed cleanly as text only (a document
 * with syntax errors keeps its parse: its errors may come from decoding, which a parse of the
 * text alone would not repeat).
 */
export declare function lighten(doc: ParsedDocument, reparse: (file: string, text: string) => ParsedDocument, minChars: number): ParsedDocument;
/** Drops what every light document of the inputs holds beyond its text. */
export declare function releaseParses(documents: Iterable<ParsedDocument>): void;
