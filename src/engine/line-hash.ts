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
import { CR, LF, SPACE, TAB } from '../core/char-codes.js';

const WINDOW = 100;
const BASE = 37;
/** Stands for end of file in the hashed stream: 65535 is not a valid character on its own. */
const END_OF_FILE = 0xffff;

/**
 * The hash is a 64-bit value kept as four 16-bit limbs (least significant first) in small
 * integers: every character of a file goes through it, and BigInt arithmetic per character cost
 * more than the rest of finalising a large template's findings. The weight of a character `c` is
 * BASE^WINDOW · c modulo 2^64, taken away when `c` leaves the window; the ASCII ones are tabulated.
 */
const WEIGHT = BigInt.asUintN(64, BigInt(BASE) ** BigInt(WINDOW));

function limbsOf(value: bigint, into: Uint16Array, at: number): void {
  for (let i = 0; i < 4; i++) into[at + i] = Number((value >> BigInt(16 * i)) & 0xffffn);
}

const ASCII_WEIGHTS = new Uint16Array(128 * 4);
for (let c = 0; c < 128; c++) limbsOf(BigInt.asUintN(64, WEIGHT * BigInt(c)), ASCII_WEIGHTS, c * 4);

/** The limbs of `weightTimes(c)` at `weights[at…at+3]`: the table for ASCII, `scratch` filled for the rest. */
function weightsOf(c: number, scratch: Uint16Array): Uint16Array {
  if (c < 128) return ASCII_WEIGHTS;
  limbsOf(BigInt.asUintN(64, WEIGHT * BigInt(c)), scratch, 0);
  return scratch;
}

/** `"<hash as unsigned hex, no leading zeros>"` of the 64-bit value whose high and low 32 bits are given. */
function hex(high: number, low: number): string {
  return high === 0 ? low.toString(16) : high.toString(16) + low.toString(16).padStart(8, '0');
}

/**
 * The `primaryLocationLineHash` of every line of `text`: element `i` belongs to line `i + 1`.
 * A text of N line breaks has N + 1 lines (the empty line after a final newline included), as
 * editors number them.
 */
export function lineHashes(text: string): string[] {
  const index = lineHashIndex(text);
  return Array.from({ length: index.lineCount }, (_, i) => index.at(i + 1)!);
}

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
export function lineHashIndex(text: string): LineHashIndex {
  const hasher = new LineHasher(text);
  return {
    get lineCount() {
      hasher.hashLines(Infinity);
      return hasher.counts.length;
    },
    at: (line) => {
      if (!Number.isInteger(line) || line < 1) return undefined;
      hasher.hashLines(line);
      return line <= hasher.counts.length
        ? `${hex(hasher.highs[line - 1]!, hasher.lows[line - 1]!)}:${hasher.counts[line - 1]!}`
        : undefined;
    },
  };
}

/**
 * The rolling hash over one text, resumable. Every character of a large template goes through the
 * loop of `hashLines`, which keeps the hash and the ring's position in local variables while it
 * runs (state shared with closures lives in a heap context, a load and a store per use: three
 * times slower) and puts them back when it stops.
 */
class LineHasher {
  // Each line's hash as its high and low 32 bits, and how often that hash has been seen so far.
  readonly highs: number[] = [];
  readonly lows: number[] = [];
  readonly counts: number[] = [];
  // The window holds the last WINDOW characters fed to the hash; `startsLine[i]` is the line
  // number whose first character sits in slot i, or 0. When the ring wraps back to a slot that
  // starts a line, the window holds exactly that line's 100 characters: its hash is ready.
  private readonly window = new Uint16Array(WINDOW);
  private readonly startsLine = new Uint32Array(WINDOW);
  // Counting by the low half, exactly: `firstHigh` is the high half first seen with a low half;
  // the rare hashes that share a low half with a different high half are counted by their text.
  private readonly firstHigh = new Map<number, number>();
  private readonly countByLow = new Map<number, number>();
  private readonly otherCounts = new Map<string, number>();
  private readonly outgoingWeight = new Uint16Array(4);
  private h0 = 0;
  private h1 = 0;
  private h2 = 0;
  private h3 = 0;
  private slot = 0;
  private line = 0;
  private atLineStart = true;
  private afterCR = false;
  /**
   * How far the stream has been fed: the text, then one end-of-file marker, then WINDOW zeros so
   * that the last lines too see 100 characters.
   */
  private next = 0;

  constructor(private readonly text: string) {}

  /** Hash until `lines` lines have their hash, or the stream ends. */
  hashLines(lines: number): void {
    const { text, window, startsLine, counts } = this;
    const length = text.length;
    const end = length + 1 + WINDOW;
    let { h0, h1, h2, h3, slot, line, atLineStart, afterCR, next } = this;
    while (counts.length < lines && next < end) {
      const index = next++;
      let code: number;
      if (index <= length) {
        const input = index < length ? text.charCodeAt(index) : END_OF_FILE;
        // A `\n` right after `\r` is the second half of one line break; spaces and tabs are skipped.
        if (input === SPACE || input === TAB || (afterCR && input === LF)) {
          afterCR = false;
          continue;
        }
        afterCR = input === CR;
        code = afterCR ? LF : input;
        if (startsLine[slot] !== 0) {
          this.emit(h0, h1, h2, h3);
          startsLine[slot] = 0;
        }
        if (atLineStart) {
          atLineStart = false;
          startsLine[slot] = ++line;
        }
        if (code === LF) atLineStart = true;
      } else {
        // The zeros after the end: no line starts among them.
        code = 0;
        if (startsLine[slot] !== 0) {
          this.emit(h0, h1, h2, h3);
          startsLine[slot] = 0;
        }
      }
      // hash = hash · BASE + code − weight(outgoing) (mod 2^64), limb by limb: every intermediate
      // fits in 32 bits, `& 0xffff` keeps a limb and `>> 16` is the (signed) carry into the next.
      const outgoing = window[slot]!;
      window[slot] = code;
      const weights = outgoing < 128 ? ASCII_WEIGHTS : weightsOf(outgoing, this.outgoingWeight);
      const at = outgoing < 128 ? outgoing * 4 : 0;
      let t = h0 * BASE + code - weights[at]!;
      h0 = t & 0xffff;
      t = h1 * BASE + (t >> 16) - weights[at + 1]!;
      h1 = t & 0xffff;
      t = h2 * BASE + (t >> 16) - weights[at + 2]!;
      h2 = t & 0xffff;
      t = h3 * BASE + (t >> 16) - weights[at + 3]!;
      h3 = t & 0xffff;
      slot = slot === WINDOW - 1 ? 0 : slot + 1;
    }
    Object.assign(this, { h0, h1, h2, h3, slot, line, atLineStart, afterCR, next });
  }

  /** Records the hash of the line whose window is complete, with how often it has been seen. */
  private emit(h0: number, h1: number, h2: number, h3: number): void {
    const high = h3 * 0x10000 + h2;
    const low = h1 * 0x10000 + h0;
    // Keyed by the low half as a signed 32-bit integer, which V8 keeps unboxed (the same 2^32 values).
    const key = low | 0;
    let count: number;
    const first = this.firstHigh.get(key);
    if (first === undefined || first === high) {
      if (first === undefined) this.firstHigh.set(key, high);
      count = (this.countByLow.get(key) ?? 0) + 1;
      this.countByLow.set(key, count);
    } else {
      const text = hex(high, low);
      count = (this.otherCounts.get(text) ?? 0) + 1;
      this.otherCounts.set(text, count);
    }
    this.highs.push(high);
    this.lows.push(low);
    this.counts.push(count);
  }
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
