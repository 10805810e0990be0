/**
 * What the JSON and YAML documents share: their text with its line index, and a `locate` that
 * never throws.
 */
import { LineIndex } from './line-index.js';
import type { DuplicateKey, ParsedDocument, Pointer, Range, SourceFormat, SyntaxProblem, UnknownTag } from './types.js';
/** RFC 6901 array index: digits without leading zeros. */
export declare const ARRAY_INDEX: RegExp;
export declare abstract class TextDocument implements ParsedDocument {
    readonly file: string;
    readonly text: string;
    protected readonly source: string;
    abstract readonly format: SourceFormat;
    abstract readonly data: unknown;
    abstract readonly syntaxErrors: readonly SyntaxProblem[];
    abstract readonly duplicateKeys: readonly DuplicateKey[];
    abstract readonly unknownTags: readonly UnknownTag[];
    readonly size: number;
    protected readonly lines: LineIndex;
    private readonly memberIndexes;
    /**
     * @param text the text as given (what `text` exposes: line hashes are computed from it)
     * @param source the text without its BOM, which offsets refer to
     */
    constructor(file: string, text: string, source: string);
    readonly locate: (pointer: Pointer, which?: "value" | "key") => Range;
    /**
     * The last member of `map` whose key is `token`: the one `data` kept. `keyOf` is undefined for a
     * member that has no key of its own (a YAML `<<`). Large maps (a `Resources` section of
     * thousands) get a key index on first use, so locating every finding of a big template does not
     * scan the section once per finding.
     */
    protected lastMember<M>(map: object, members: readonly M[], keyOf: (member: M) => string | undefined, token: string): M | undefined;
    protected abstract locateUnsafe(pointer: Pointer, which: 'value' | 'key'): Range;
}
