/**
 * GitHub's `primaryLocationLineHash`, computed the way `github/codeql-action` (upload-sarif)
 * computes it when a SARIF result lacks one (src/fingerprints.ts in that repository). We
 * compute it ourselves so that SARIF uploaded through the REST API, or by tools other than
 * upload-sarif, keeps its alerts matched across runs instead of opening duplicates.
 *
 * The algorithm, from its description:
 * - the text is read as UTF-16 code units; spaces and tabs are skipped everywhere; `\r\n`,
 *   `\r` and `\n` all count as one `\n`;
 * - a line's hash is a polynomial rolling hash (base 37, wrapping at 64 bits) over a window of
 *   the 100 characters that start at the line's first non-space/tab character; the window
 *   runs on into the following lines; after the last character comes one end-of-file marker
 *   (0xFFFF) and then zeros, so lines near the end still see 100 characters;
 * - the value is `<hash as unsigned hex, no leading zeros>:<n>`, n counting how often that
 *   hash has been seen so far in the file, from the top (identical lines stay distinct).
 *
 * Consequences worth knowing: inserting lines above a line leaves its hash alone (only the
 * occurrence count can change, when the inserted text repeats the same window); re-indenting
 * it does too; editing the next lines within 100 characters changes it.
 *
 * Pass the text exactly as read from disk (no BOM stripping, no newline normalisation):
 * upload-sarif hashes the file bytes decoded as UTF-8 and we must see what it sees.
 */
/**
 * The `primaryLocationLineHash` of every line of `text`: element `i` belongs to line `i + 1`.
 * A text of N line breaks has N + 1 lines (the empty line after a final newline included), as
 * editors number them.
 */
export declare function lineHashes(text: string): string[];
/** The line hashes of one text, each written out only when asked for. */
export interface LineHashIndex {
    readonly lineCount: number;
    /** The `primaryLocationLineHash` of 1-based `line`, undefined for a line the text does not have. */
    at(line: number): string | undefined;
}
/**
 * Hashes every line of `text` (a line's `:n` depends on every line above it) but writes the
 * `"<hex>:<n>"` text only for the lines asked for: findings sit on a few lines of a file that
 * may have 100,000.
 */
export declare function lineHashIndex(text: string): LineHashIndex;
/**
 * The `primaryLocationLineHash` of one 1-based `line` of `text` (`"<hex>:<n>"`).
 * Throws a RangeError for a line the text does not have: a finding positioned outside its
 * file is an engine bug that should surface, not be hidden behind a made-up hash.
 */
export declare function primaryLocationLineHash(text: string, line: number): string;
