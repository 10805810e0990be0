/**
 * Policy documents Terraform holds as JSON text (`assume_role_policy`, `policy`): the plan writes
 * that text as one JSON string, escaped (`"{\"Version\":…}"`). The string is decoded and read like
 * any document, and positions inside it are mapped through its escapes, so a finding points at the
 * statement or condition inside the string, not at the string's first quote. Where the mapping
 * cannot be made (a YAML file, text that is not on the string's line), every position is the
 * string's (src/iam/encoded.ts): so is a string placed at the `.tf` line that writes it.
 */
import { parseJson } from '../../parsers/json.js';
import { embeddedDocument, type ParsedDocument, type Position, type Range } from '../../parsers/types.js';
import { placeOf, type SourceRef } from '../../parsers/source.js';
import { decodePolicyString, pinnedDocument } from '../../iam/encoded.js';

/** Longer strings are not mapped (IAM caps a policy at 10,240 characters; 6,144 for a trust policy). */
const MAX_MAPPED_CHARS = 200_000;

/** The policy held as text at `source`: its data and the document its positions come from; undefined when it is not JSON text. */
export function policyText(raw: string, source: SourceRef): { data: unknown; source: SourceRef } | undefined {
  const decoded = decodePolicyString(raw);
  if (decoded === undefined) return undefined;
  const view = raw.length <= MAX_MAPPED_CHARS ? escapedView(raw, source, decoded) : undefined;
  return { data: decoded, source: { doc: view ?? pinnedDocument(source.doc, source.pointer, decoded), pointer: '' } };
}

function escapedView(text: string, source: SourceRef, data: unknown): ParsedDocument | undefined {
  const outer = source.doc;
  // Placed at its `.tf` source (src/inputs/terraform-sources.ts), the string is not written there as JSON text.
  if (outer.format !== 'json' || placeOf(source).doc.format !== 'json') return undefined;
  const whole = outer.locate(source.pointer);
  const line = outer.text.split(/\r\n|\r|\n/, whole.start.line)[whole.start.line - 1];
  if (line === undefined) return undefined;
  const columns = rawColumns(line, whole.start.column - 1, text);
  if (!columns) return undefined;
  const inner = parseJson(outer.file, text);
  if (inner.syntaxErrors.length > 0) return undefined;
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const map = (p: Position): Position | undefined => {
    const offset = (lineStarts[p.line - 1] ?? Number.NaN) + p.column - 1;
    const column = columns[offset];
    return column === undefined ? undefined : { line: whole.start.line, column: column + 1 };
  };
  return embeddedDocument(outer, source.pointer, data, (pointer, which): Range => {
    const range = inner.locate(pointer, which);
    const start = map(range.start);
    const end = map(range.end);
    return start && end ? { start, end } : whole;
  });
}

/**
 * For each UTF-16 unit of the decoded string, the index in `line` of the escape or character that
 * wrote it (and one more entry: the closing quote), when the JSON string starting with the quote
 * at `quote` decodes to `text`; else undefined.
 */
function rawColumns(line: string, quote: number, text: string): number[] | undefined {
  if (line[quote] !== '"') return undefined;
  const columns: number[] = [];
  let i = quote + 1;
  while (i < line.length && line[i] !== '"') {
    columns.push(i);
    i += line[i] === '\\' ? (line[i + 1] === 'u' ? 6 : 2) : 1;
  }
  if (line[i] !== '"' || columns.length !== text.length) return undefined;
  columns.push(i);
  try {
    return JSON.parse(line.slice(quote, i + 1)) === text ? columns : undefined;
  } catch {
    return undefined;
  }
}
