import type { ParsedDocument, Range } from '../../src/parsers/types.js';

/** A range as `line:column-line:column`, so that a test states every number of it at a glance. */
export function span(range: Range): string {
  return `${range.start.line}:${range.start.column}-${range.end.line}:${range.end.column}`;
}

/** Where `pointer` is, as a span (value, or key with `which: 'key'`). */
export function at(doc: ParsedDocument, pointer: string, which: 'value' | 'key' = 'value'): string {
  return span(doc.locate(pointer, which));
}

/** The text a range covers (single-line or multi-line), for assertions that read as the source does. */
export function textAt(text: string, range: Range): string {
  const lines = text.split(/\r\n|\r|\n/);
  if (range.start.line === range.end.line) {
    return (lines[range.start.line - 1] ?? '').slice(range.start.column - 1, range.end.column - 1);
  }
  const first = (lines[range.start.line - 1] ?? '').slice(range.start.column - 1);
  const middle = lines.slice(range.start.line, range.end.line - 1);
  const last = (lines[range.end.line - 1] ?? '').slice(0, range.end.column - 1);
  return [first, ...middle, last].join('\n');
}

/** Syntax errors as `span message`, the way a user reads them. */
export function errorsOf(doc: ParsedDocument): string[] {
  return doc.syntaxErrors.map((e) => `${span(e.range)} ${e.message}`);
}
