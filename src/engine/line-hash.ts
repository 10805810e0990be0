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

const WINDOW = 100;
const BASE = 37n;
const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
/** Stands for end of file in the hashed stream: 65535 is not a valid character on its own. */
const END_OF_FILE = 0xffff;

/** BASE^WINDOW modulo 2^64: the weight of the character that leaves the window. */
const OUTGOING_WEIGHT = BigInt.asUintN(64, BASE ** BigInt(WINDOW));

/**
 * The `primaryLocationLineHash` of every line of `text`: element `i` belongs to line `i + 1`.
 * A text of N line breaks has N + 1 lines (the empty line after a final newline included), as
 * editors number them.
 */
export function lineHashes(text: string): string[] {
  const index = lineHashIndex(text);
  return Array.from({ length: index.lineCount }, (_, i) => index.at(i + 1)!);
}

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
export function lineHashIndex(text: string): LineHashIndex {
  // The window holds the last WINDOW characters fed to the hash; `startsLine[i]` is the line
  // number whose first character sits in slot i, or 0. When the ring wraps back to a slot that
  // starts a line, the window holds exactly that line's 100 characters: its hash is ready.
  const window = new Uint16Array(WINDOW);
  const startsLine = new Uint32Array(WINDOW);
  const hashes: bigint[] = [];
  const counts: number[] = [];
  const seen = new Map<bigint, number>();
  let hash = 0n;
  let slot = 0;
  let line = 0;
  let atLineStart = true;
  let afterCR = false;

  const emit = (): void => {
    const count = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, count);
    hashes.push(hash);
    counts.push(count);
    startsLine[slot] = 0;
  };

  const roll = (code: number): void => {
    const outgoing = window[slot] ?? 0;
    window[slot] = code;
    hash = BigInt.asUintN(64, hash * BASE + BigInt(code) - OUTGOING_WEIGHT * BigInt(outgoing));
    slot = (slot + 1) % WINDOW;
  };

  const feed = (input: number): void => {
    // A `\n` right after `\r` is the second half of one line break.
    if (input === SPACE || input === TAB || (afterCR && input === LF)) {
      afterCR = false;
      return;
    }
    afterCR = input === CR;
    const code = input === CR ? LF : input;
    if (startsLine[slot] !== 0) emit();
    if (atLineStart) {
      atLineStart = false;
      line += 1;
      startsLine[slot] = line;
    }
    if (code === LF) atLineStart = true;
    roll(code);
  };

  for (let i = 0; i < text.length; i++) feed(text.charCodeAt(i));
  feed(END_OF_FILE);
  // Push zeros through the window until every pending line has seen its 100 characters.
  for (let i = 0; i < WINDOW; i++) {
    if (startsLine[slot] !== 0) emit();
    roll(0);
  }
  return {
    lineCount: hashes.length,
    at: (line) => {
      const value = Number.isInteger(line) && line >= 1 ? hashes[line - 1] : undefined;
      return value === undefined ? undefined : `${value.toString(16)}:${counts[line - 1]!}`;
    },
  };
}

/**
 * Hashes of the most recent text, so that the engine can ask line by line for the findings
 * of one file without hashing the file again each time. The engine finalises findings file
 * by file, so one entry is all the cache needs.
 */
let cached: { text: string; hashes: LineHashIndex } | undefined;

/**
 * The `primaryLocationLineHash` of one 1-based `line` of `text` (`"<hex>:<n>"`).
 * Throws a RangeError for a line the text does not have: a finding positioned outside its
 * file is an engine bug that should surface, not be hidden behind a made-up hash.
 */
export function primaryLocationLineHash(text: string, line: number): string {
  if (cached?.text !== text) cached = { text, hashes: lineHashIndex(text) };
  const hash = cached.hashes.at(line);
  if (hash === undefined) {
    throw new RangeError(`Line ${line} is outside the text (1..${cached.hashes.lineCount}).`);
  }
  return hash;
}
