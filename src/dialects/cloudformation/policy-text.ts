/**
 * Policy text (docs/semantics.md#policy-text): a policy property written as JSON text — a
 * literal string, or an intrinsic function producing one (`Fn::Sub`, `Fn::Join`, `Fn::If` with
 * text in its branches) — is parsed after resolution, with holes for the parts that are not
 * known, and read like any other document.
 *
 * CloudFormation accepts a JSON string for `Json`-typed properties such as
 * `AssumeRolePolicyDocument` and `PolicyDocument`
 * (https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-iam-role.html#cfn-iam-role-assumerolepolicydocument),
 * and templates build that string with `Fn::Sub`/`Fn::Join` to splice in ARNs and pool IDs.
 *
 * How the holes survive parsing: the text is rendered with each part that is not known replaced
 * by a placeholder token of private-use characters, which JSON allows inside strings. After
 * parsing, every string holding a placeholder becomes a marker object (an intrinsic-shaped
 * `{"Fn::cognito-iam-lint::TextPart": n}`, which the grammar check already reads as "not known
 * statically") standing for a `Resolved`: the part itself when the string is exactly one
 * placeholder, else a `concat` of the known pieces and the parts — so `arn:aws:s3:::${B}/*`
 * reads exactly as the same ARN written with `!Sub` in an object-form document.
 *
 * Positions: inside a literal string, findings point at the element inside the text when the
 * string sits verbatim in the file (a YAML block scalar, a one-line string without escapes);
 * otherwise at the string, and at the intrinsic for assembled text.
 */
import { parseJson } from '../../parsers/json.js';
import type { ParsedDocument, Pointer, Range } from '../../parsers/types.js';
import { embeddedDocument, joinPointer, splitPointer } from '../../parsers/types.js';
import { intrinsicName } from '../../iam/intrinsic-shape.js';
import { concat } from './intrinsics.js';
import { alternatives, describe, HOLE, known, unknown, type Resolved } from '../../values/resolved.js';
import { type SourceRef } from '../../parsers/source.js';
import type { ValueResolver } from '../../iam/document.js';
import { decodePolicyString } from '../../iam/encoded.js';
import { isPlainObject, own } from '../../core/objects.js';

/** The key of the marker object a string with holes becomes (an intrinsic shape: `Fn::` prefix). */
export const TEXT_PART_KEY = 'Fn::cognito-iam-lint::TextPart';

/** Something the reader could not decide about a policy's text, for the run's `unresolved` notifications. */
export interface PolicyTextNote {
  readonly message: string;
  readonly at: SourceRef;
}

export interface ReadPolicy {
  /** What normalisation reads: the node as written, with JSON text replaced by its parsed content. */
  readonly data: unknown;
  /** Where positions of `data` come from (a view of the template when some of it was text). */
  readonly source: SourceRef;
  /** Resolves values of `data`, the text's holes included. */
  readonly resolve: ValueResolver;
  /** The node as written, when `data` is not (it held JSON text). */
  readonly asWritten: { readonly value: unknown; readonly source: SourceRef } | undefined;
  readonly notes: readonly PolicyTextNote[];
}

/** Where a piece of JSON text came from, relative to the policy node. */
interface TextRegion {
  readonly pointer: Pointer;
  /** The text's own parse (positions inside it) and how its lines sit in the file; literal text only. */
  readonly mapping:
    | { readonly inner: ParsedDocument; readonly lines: ReadonlyArray<{ line: number; columnOffset: number }> }
    | undefined;
}

interface Reading {
  readonly source: SourceRef;
  readonly resolve: ValueResolver;
  readonly parts: Resolved[];
  readonly regions: TextRegion[];
  readonly notes: PolicyTextNote[];
  readonly name: string;
}

const MAX_DEPTH = 16;

/**
 * Read the policy node `raw` found at `source` of a template. An object-form document comes back
 * unchanged; JSON text — at the top or in `Fn::If` branches — is parsed, with holes for the parts
 * `resolve` cannot know.
 */
export function readTemplatePolicy(raw: unknown, source: SourceRef, resolve: ValueResolver, name: string): ReadPolicy {
  const reading: Reading = { source, resolve, parts: [], regions: [], notes: [], name };
  const data = convert(raw, '', reading, 0);
  if (data === raw) return { data: raw, source, resolve, asWritten: undefined, notes: reading.notes };
  const parts = reading.parts;
  return {
    data,
    source: { doc: textView(source, data, reading.regions), pointer: '' },
    resolve: (value, pointer) => {
      const index = textPartIndex(value);
      return index !== undefined ? (parts[index] ?? unknown('policy text part')) : resolve(value, pointer);
    },
    asWritten: { value: raw, source },
    notes: reading.notes,
  };
}

/** The index a marker object stands for, or undefined for any other value. */
function textPartIndex(value: unknown): number | undefined {
  if (!isPlainObject(value) || intrinsicName(value) !== TEXT_PART_KEY) return undefined;
  const index = own(value, TEXT_PART_KEY);
  return typeof index === 'number' ? index : undefined;
}

function convert(node: unknown, pointer: Pointer, reading: Reading, depth: number): unknown {
  if (depth > MAX_DEPTH) return node;
  const at: SourceRef = { doc: reading.source.doc, pointer: reading.source.pointer + pointer };
  if (typeof node === 'string') return literalText(node, pointer, at, reading);
  const fn = intrinsicName(node);
  if (fn === undefined || !isPlainObject(node)) return node;
  if (fn === 'Fn::If') {
    // Text in a branch is one alternative, like an object there (normalisation expands Fn::If).
    const args = own(node, 'Fn::If');
    if (!Array.isArray(args) || args.length !== 3) return node;
    const branches = [1, 2].map((i) => convert(args[i], joinPointer(pointer, 'Fn::If', i), reading, depth + 1));
    if (branches[0] === args[1] && branches[1] === args[2]) return node;
    return { 'Fn::If': [args[0], branches[0], branches[1]] };
  }
  if (fn === 'Ref' && own(node, 'Ref') === 'AWS::NoValue') return node;
  const value = reading.resolve(node, at.pointer);
  const options = alternatives(value);
  const texts = options.filter(isText);
  if (texts.length === 0) {
    if (options.some((o) => o.kind === 'unknown')) {
      reading.notes.push({
        message: `The document of ${reading.name} is not statically known (${reasonOf(options)}), so no rule judged it.`,
        at,
      });
    }
    return node;
  }
  if (texts.length < options.length) {
    reading.notes.push({
      message: `Some values of the document of ${reading.name} are not statically known (${reasonOf(options)}); only its JSON text alternatives were judged.`,
      at,
    });
  }
  reading.regions.push({ pointer, mapping: undefined });
  const documents = texts.map((text) => assembledText(text, at, reading));
  // Several alternatives (a parameter's default, a Fn::If inside the expression): one Fn::If chain.
  return documents.reduceRight(
    (rest, doc) => (rest === undefined ? doc : { 'Fn::If': ['(alternative)', doc, rest] }),
    undefined as unknown,
  );
}

function isText(value: Resolved): boolean {
  return (value.kind === 'known' && typeof value.value === 'string') || value.kind === 'concat';
}

function reasonOf(options: readonly Resolved[]): string {
  const reasons = options.flatMap((o) => (o.kind === 'unknown' ? [o.reason] : []));
  return [...new Set(reasons)].join('; ') || 'not text';
}

/** A literal string: decoded as before (JSON, or URL-encoded JSON as the IAM API returns it); positions inside it when it sits verbatim in the file. */
function literalText(text: string, pointer: Pointer, at: SourceRef, reading: Reading): unknown {
  const decoded = decodePolicyString(text);
  if (decoded === undefined) return text; // not JSON: policy/invalid reports the string as it is
  reading.regions.push({ pointer, mapping: literalMapping(text, at) });
  return decoded;
}

// ---------------------------------------------------------------------------------------------
// Assembled text: render with placeholders, parse, map the placeholders back.

const OPEN = '\uE000';
const CLOSE = '\uE001';
const PLACEHOLDER = /\uE000(\d+)\uE001/g;

function assembledText(value: Resolved, at: SourceRef, reading: Reading): unknown {
  const holes: Resolved[] = [];
  let text = '';
  for (const part of value.kind === 'concat' ? value.parts : [value]) {
    if (part.kind === 'known' && part.value !== null) {
      // Private-use characters of the input itself would read as placeholders.
      text += String(part.value).replace(/[\uE000\uE001]/g, '\uFFFD');
    } else {
      text += `${OPEN}${holes.length}${CLOSE}`;
      holes.push(part);
    }
  }
  const unknownDocument = (why: string): unknown => {
    reading.notes.push({ message: `The JSON text of ${reading.name} ${why}, so no rule judged it.`, at });
    return marker(reading, unknown(`the JSON text of ${reading.name} ${why}`));
  };
  const { text: quoted, spliced } = quoteSplicedHoles(text);
  let parsed: unknown;
  try {
    parsed = JSON.parse(quoted) as unknown;
  } catch {
    // Only text we know completely is wrong JSON for certain; with holes, the holes may be what makes it JSON.
    if (holes.length === 0) return text;
    return unknownDocument(
      `does not read as JSON once its parts that are not statically known (${holes.map(describePart).join(', ')}) are filled in`,
    );
  }
  const data = withMarkers(parsed, holes, reading, 0);
  const structural = splicedIntoStructure(data, new Set(spliced.map((i) => holes[i]!)), reading);
  if (structural !== undefined)
    return unknownDocument(`splices ${describePart(structural)} in where statements or conditions go`);
  for (const index of new Set(spliced)) {
    reading.notes.push({
      message: `In the JSON text of ${reading.name}, ${describePart(holes[index]!)} is spliced in as a whole JSON value; the rest of the document is judged without it.`,
      at,
    });
  }
  return data;
}

/** A part for a note: as `describe` writes it, or why it is not known. */
function describePart(value: Resolved): string {
  const text = describe(value);
  return value.kind === 'unknown' && text === '<?>'
    ? `a value that is not statically known (${value.reason})`
    : `\`${text}\``;
}

function marker(reading: Reading, value: Resolved): Record<string, unknown> {
  reading.parts.push(value);
  return { [TEXT_PART_KEY]: reading.parts.length - 1 };
}

/**
 * Placeholders outside JSON strings (a number, a list or a whole object spliced in) are quoted,
 * so the text parses and the value there reads as that part. Returns their hole indices.
 */
function quoteSplicedHoles(text: string): { text: string; spliced: number[] } {
  let out = '';
  const spliced: number[] = [];
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (inString) {
      out += ch;
      if (ch === '\\') {
        out += text[i + 1] ?? '';
        i++;
      } else if (ch === '"') inString = false;
    } else if (ch === OPEN) {
      const end = text.indexOf(CLOSE, i);
      const token = text.slice(i, end + 1);
      out += `"${token}"`;
      spliced.push(Number(token.slice(1, -1)));
      i = end;
    } else {
      if (ch === '"') inString = true;
      out += ch;
    }
  }
  return { text: out, spliced };
}

/** The parsed text with every string holding placeholders replaced by a marker; a key's placeholders become HOLE. */
function withMarkers(node: unknown, holes: readonly Resolved[], reading: Reading, depth: number): unknown {
  if (typeof node === 'string') {
    if (!node.includes(OPEN)) return node;
    const parts: Resolved[] = [];
    let last = 0;
    for (const match of node.matchAll(PLACEHOLDER)) {
      if (match.index > last) parts.push(known(node.slice(last, match.index)));
      parts.push(holes[Number(match[1])] ?? unknown('policy text part'));
      last = match.index + match[0].length;
    }
    if (last < node.length) parts.push(known(node.slice(last)));
    return marker(reading, concat(parts));
  }
  if (depth > 64 || node === null || typeof node !== 'object') return node;
  if (Array.isArray(node)) return node.map((item) => withMarkers(item, holes, reading, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    // A key is never a Resolved in the model: its unknown parts read as HOLE (they match no known key).
    const k = key.replace(PLACEHOLDER, HOLE);
    Object.defineProperty(out, k, {
      value: withMarkers(value, holes, reading, depth + 1),
      writable: true,
      enumerable: true,
      configurable: true,
    });
  }
  return out;
}

/**
 * A spliced part where the document's structure goes — the statement list, a statement, a
 * `Condition` block or an operator's key map — hides what the rules must see (an `aud`
 * condition, a Deny): the whole document is then not known. Returns that part, if any.
 */
function splicedIntoStructure(data: unknown, spliced: ReadonlySet<Resolved>, reading: Reading): Resolved | undefined {
  if (spliced.size === 0) return undefined;
  const isSpliced = (node: unknown): Resolved | undefined => {
    const index = textPartIndex(node);
    const value = index === undefined ? undefined : reading.parts[index];
    return value !== undefined && spliced.has(value) ? value : undefined;
  };
  if (isSpliced(data)) return isSpliced(data);
  if (!isPlainObject(data)) return undefined;
  const statementNode = own(data, 'Statement');
  if (isSpliced(statementNode)) return isSpliced(statementNode);
  const statements = Array.isArray(statementNode) ? statementNode : [statementNode];
  for (const statement of statements) {
    if (isSpliced(statement)) return isSpliced(statement);
    if (!isPlainObject(statement)) continue;
    const condition = own(statement, 'Condition');
    if (isSpliced(condition)) return isSpliced(condition);
    if (!isPlainObject(condition)) continue;
    for (const block of Object.values(condition)) if (isSpliced(block)) return isSpliced(block);
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Positions

/**
 * How the lines of a literal string sit in the file, when they sit there verbatim: a YAML block
 * scalar (`|`, `|-`: each line at the block's indentation) or a one-line string without
 * escapes. Checked line by line against the file; anything else (folding, escapes) is undefined.
 */
function literalMapping(text: string, at: SourceRef): TextRegion['mapping'] {
  const inner = parseJson(at.doc.file, text);
  if (inner.syntaxErrors.length > 0) return undefined;
  const fileLines = at.doc.text.split(/\r\n|\r|\n/);
  const start = at.doc.locate(at.pointer).start;
  const textLines = text.split('\n');
  if (textLines.length === 1) {
    const line = fileLines[start.line - 1] ?? '';
    // Right at the value (plain scalar) or just after its opening quote.
    for (const offset of [start.column - 1, start.column]) {
      if (line.startsWith(text, offset)) return { inner, lines: [{ line: start.line, columnOffset: offset }] };
    }
    return undefined;
  }
  // A block scalar: content starts on the line after the indicator (0-based index `start.line`).
  const lines = blockLines(textLines, fileLines, start.line);
  return lines ? { inner, lines } : undefined;
}

function blockLines(
  textLines: readonly string[],
  fileLines: readonly string[],
  first: number,
): Array<{ line: number; columnOffset: number }> | undefined {
  const firstLine = fileLines[first];
  if (firstLine === undefined) return undefined;
  const indent = firstLine.length - firstLine.trimStart().length;
  const lines: Array<{ line: number; columnOffset: number }> = [];
  for (let i = 0; i < textLines.length; i++) {
    const want = textLines[i]!;
    const have = fileLines[first + i];
    // The final line break a `|` block keeps ends the text: nothing after it to place.
    if (want === '' && i === textLines.length - 1) break;
    if (want === '' && have !== undefined && have.trim() === '') {
      lines.push({ line: first + i + 1, columnOffset: indent });
      continue;
    }
    if (have === undefined || have.slice(0, indent).trim() !== '' || have.slice(indent) !== want) return undefined;
    lines.push({ line: first + i + 1, columnOffset: indent });
  }
  return lines;
}

/**
 * A view of the policy node whose data has the text parsed: positions outside text are the
 * template's own; inside literal text, the element's position in the file when known, else the
 * string's or intrinsic's position.
 */
function textView(source: SourceRef, data: unknown, regions: readonly TextRegion[]): ParsedDocument {
  const outer = source.doc;
  const regionOf = (pointer: Pointer): TextRegion | undefined => {
    let best: TextRegion | undefined;
    for (const region of regions) {
      const inside = pointer === region.pointer || pointer.startsWith(region.pointer + '/');
      if (inside && (!best || region.pointer.length > best.pointer.length)) best = region;
    }
    return best;
  };
  return embeddedDocument(outer, source.pointer, data, (pointer: Pointer, which?: 'value' | 'key'): Range => {
    const region = regionOf(pointer);
    if (!region) return outer.locate(source.pointer + pointer, which);
    const whole = outer.locate(source.pointer + region.pointer);
    if (!region.mapping) return whole;
    const innerPointer = pointer.slice(region.pointer.length);
    // A key written with placeholders does not exist in the literal text; the parse has the same keys otherwise.
    if (splitPointer(innerPointer).some((t) => t.includes(HOLE))) return whole;
    const range = region.mapping.inner.locate(innerPointer, which);
    const map = (p: Range['start']): Range['start'] | undefined => {
      const line = region.mapping!.lines[p.line - 1];
      return line ? { line: line.line, column: line.columnOffset + p.column } : undefined;
    };
    const startAt = map(range.start);
    const endAt = map(range.end);
    return startAt && endAt ? { start: startAt, end: endAt } : whole;
  });
}
