/**
 * The `primaryLocationLineHash` of every line of `text`: element `i` belongs to line `i + 1`.
 * A text of N line breaks has N + 1 lines (the empty line after a final newline included), as
 * editors number them.
 */
export declare function lineHashes(text: string): string[];
/** The line hashes of one text, each worked out only when asked for. */
export interface LineHashIndex {
    /** The number of lines (hashes the whole text). */
    readonly lineCount: number;
    /** The `primaryLocationLineHash` of 1-based `line`, undefined for a line the text does not have. */
    at(line: number): string | undefined;
}
/**
 * Hashes `text` from the top only as far as the lines asked for need (a line's hash needs the 100
 * characters from its start, its `:n` every line above it, none below), and writes the
 * `"<hex>:<n>"` text only for those lines: findings sit on a few lines of a file that may have
 * 100,000, often near the top (a template's roles and policies before its other resources).
 */
export declare function lineHashIndex(text: string): LineHashIndex;
/**
 * The `primaryLocationLineHash` of one 1-based `line` of `text` (`"<hex>:<n>"`).
 * Throws a RangeError for a line the text does not have: a finding positioned outside its
 * file is an engine bug that should surface, not be hidden behind a made-up hash.
 */
export declare function primaryLocationLineHash(text: string, line: number): string;
