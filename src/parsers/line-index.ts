/**
 * Offset → line/column for one text. Parsers keep only offsets; a `LineIndex` turns them into
 * positions when (and only when) a finding needs one, so clean files never pay for it.
 */
import type { Position, Range } from './types.js';
import { CR, LF } from '../core/char-codes.js';

export class LineIndex {
  /** Offset at which each line starts; built on the first lookup. */
  private lineStarts: number[] | undefined;

  constructor(private readonly text: string) {}

  /**
   * 1-based line and column of `offset`. The column counts UTF-16 code units (JS string
   * indices), SARIF's default `columnKind`. Offsets outside the text are clamped to it, so a
   * wrong offset degrades to a nearby position instead of throwing.
   */
  position(offset: number): Position {
    const starts = this.lineStarts ?? (this.lineStarts = computeLineStarts(this.text));
    const at = clampOffset(offset, this.text.length);
    // Last line start <= at (starts[0] is 0, so there always is one).
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >>> 1;
      if ((starts[mid] as number) <= at) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: at - (starts[low] as number) + 1 };
  }

  /** The range from `start` to `end` (exclusive); an inverted pair collapses to `start`. */
  range(start: number, end: number): Range {
    const from = this.position(start);
    return { start: from, end: end > start ? this.position(end) : { ...from } };
  }

  /** Number of lines (a text ending in a line break has an empty last line). */
  get lineCount(): number {
    return (this.lineStarts ?? (this.lineStarts = computeLineStarts(this.text))).length;
  }
}

/** Line starts for `\n`, `\r\n` (one break) and a lone `\r` (old Mac files still turn up). */
function computeLineStarts(text: string): number[] {
  const starts = [0];
  // Nearly every file breaks lines with LF alone: the engine's native search finds them several
  // times faster than a loop over every character (a 3 MB template has 95,000 lines).
  if (!text.includes('\r')) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    return starts;
  }
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === LF) {
      starts.push(i + 1);
    } else if (ch === CR) {
      if (text.charCodeAt(i + 1) === LF) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

function clampOffset(offset: number, length: number): number {
  if (!(offset > 0)) return 0; // also catches NaN
  return offset > length ? length : Math.floor(offset);
}

/** A range at the very start of a text: where problems with no better position are reported. */
export function startOfText(): Range {
  return { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
}

/**
 * The text without a leading UTF-8 byte order mark. Editors hide the BOM and do not count it as
 * a column, so both parsers read the text after it and report positions in that text: the
 * first character after the BOM is line 1, column 1, as the user sees it.
 */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
