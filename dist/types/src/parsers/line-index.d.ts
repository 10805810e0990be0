/**
 * Offset → line/column for one text. Parsers keep only offsets; a `LineIndex` turns them into
 * positions when (and only when) a finding needs one, so clean files never pay for it.
 */
import type { Position, Range } from './types.js';
export declare class LineIndex {
    private readonly text;
    /** Offset at which each line starts; built on the first lookup. */
    private lineStarts;
    constructor(text: string);
    /**
     * 1-based line and column of `offset`. The column counts UTF-16 code units (JS string
     * indices), SARIF's default `columnKind`. Offsets outside the text are clamped to it, so a
     * wrong offset degrades to a nearby position instead of throwing.
     */
    position(offset: number): Position;
    /** The range from `start` to `end` (exclusive); an inverted pair collapses to `start`. */
    range(start: number, end: number): Range;
    /** Number of lines (a text ending in a line break has an empty last line). */
    get lineCount(): number;
}
/** A range at the very start of a text: where problems with no better position are reported. */
export declare function startOfText(): Range;
/**
 * The text without a leading UTF-8 byte order mark. Editors hide the BOM and do not count it as
 * a column, so both parsers read the text after it and report positions in that text: the
 * first character after the BOM is line 1, column 1, as the user sees it.
 */
export declare function stripBom(text: string): string;
