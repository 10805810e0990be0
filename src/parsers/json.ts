/**
 * Strict JSON → ParsedDocument.
 *
 * Tokens come from jsonc-parser's scanner; the grammar on top of it is our own, for three reasons
 * `parseTree`/`visit` cannot meet:
 * - they are recursive descent, so a hostile file of 100,000 `[` overflows the stack; this parser
 *   keeps its own stack and stops at MAX_NESTING_DEPTH with a syntax error;
 * - with `allowTrailingComma: false` their recovery reports a trailing comma at the `}` after it,
 *   not at the comma;
 * - we build `data` ourselves anyway, to record duplicate keys and keep `__proto__` an own key.
 *
 * JSON is read strictly, as CloudFormation and IAM read it: comments, trailing commas, single
 * quotes and bare words are syntax errors. The first error ends the parse (`data` is undefined):
 * anything after it would be a guess, and a guess could produce findings on data nobody wrote.
 *
 * Positions: the first pass keeps no positions at all. The first `locate` call scans the text a
 * second time into a small offset tree (offsetTree) and keeps it; most files never need it.
 */
import { createScanner, ScanError, SyntaxKind, type JSONScanner } from 'jsonc-parser';
import { startOfText, stripBom } from './line-index.js';
import { syntaxDiagnostic, type SyntaxCode, type SyntaxData } from './syntax-messages.js';
import { ARRAY_INDEX, TextDocument } from './text-document.js';
import {
  joinPointer,
  splitPointer,
  type DuplicateKey,
  type ParsedDocument,
  type Pointer,
  type Range,
  type SourceFormat,
  type SyntaxProblem,
  type UnknownTag,
} from './types.js';
import {
  BACKSLASH,
  CLOSE_BRACE,
  CLOSE_BRACKET,
  COLON,
  CR,
  LF,
  OPEN_BRACE,
  OPEN_BRACKET,
  QUOTE,
  SPACE,
  TAB,
} from '../core/char-codes.js';

/**
 * Deepest nesting of objects/arrays either parser accepts. Real templates stay under 30 levels;
 * the limit keeps every recursive walk downstream (model, intrinsic resolution) far from the
 * stack limit on hostile input.
 */
export const MAX_NESTING_DEPTH = 256;

/**
 * Set `key` as an own enumerable data property. Plain assignment of `__proto__` would replace
 * the object's prototype (and drop the key), so that one key is defined instead; every other key
 * is a plain assignment, which is as fast as it gets.
 */
export function setDataProperty(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') {
    Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
  } else {
    target[key] = value;
  }
}

/** Parse strict JSON. Never throws: every problem becomes a `SyntaxProblem`. */
export function parseJson(file: string, text: string): ParsedDocument {
  const source = stripBom(text);
  let result: ParseResult;
  try {
    result = parseWithoutDuplicates(source) ?? parseStrictJson(source);
  } catch (error) {
    // Defensive: the parser fails through ParseFailure only; anything else is a bug we must not
    // let take down the whole run.
    result = internalErrorResult(error);
  }
  return new JsonDocument(file, text, source, result);
}

/**
 * The common case, at the speed of `JSON.parse`: text `JSON.parse` accepts, no deeper than
 * MAX_NESTING_DEPTH, without duplicate keys. Such text gives parseStrictJson's data exactly (both
 * read RFC 8259 JSON, both define `__proto__` as an own key). Anything else, or any doubt,
 * returns undefined, and parseStrictJson reads the text and words the problem.
 *
 * Duplicates are found by counting: every member written has one colon outside strings, and a
 * duplicate key leaves one member fewer in the data.
 */
function parseWithoutDuplicates(text: string): ParseResult | undefined {
  const written = membersWritten(text);
  if (written === undefined) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  return membersKept(data) === written ? { data, failure: undefined, duplicates: [] } : undefined;
}

/** Colons outside strings; undefined when brackets nest deeper than MAX_NESTING_DEPTH. */
function membersWritten(text: string): number | undefined {
  let colons = 0;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === QUOTE) {
      // To the closing quote, stepping over escapes (`\"`, `\\`); an unclosed string ends the text.
      for (i++; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === BACKSLASH) i++;
        else if (c === QUOTE) break;
      }
    } else if (ch === COLON) {
      colons++;
    } else if (ch === OPEN_BRACE || ch === OPEN_BRACKET) {
      if (++depth > MAX_NESTING_DEPTH) return undefined;
    } else if (ch === CLOSE_BRACE || ch === CLOSE_BRACKET) {
      depth--;
    }
  }
  return colons;
}

/** Members of every object in `data` (walked without recursion). */
function membersKept(data: unknown): number {
  let members = 0;
  const pending: unknown[] = [data];
  while (pending.length > 0) {
    const value = pending.pop();
    if (typeof value !== 'object' || value === null) continue;
    if (Array.isArray(value)) {
      for (const item of value) pending.push(item);
    } else {
      for (const key in value) {
        members++;
        pending.push((value as Record<string, unknown>)[key]);
      }
    }
  }
  return members;
}

/** A syntax error found while parsing (its code and values: src/parsers/syntax-messages.ts); caught inside this module only. */
class ParseFailure {
  constructor(
    readonly code: SyntaxCode,
    readonly data: SyntaxData | undefined,
    readonly start: number,
    readonly end: number,
  ) {}
}

/**
 * Offsets of one value, kept only when `locate` needs them. Every node gets every field up front
 * (see `newNode`): one object shape keeps the tree pass fast.
 */
interface JsonNode {
  start: number;
  end: number;
  /** Array items, or object members in source order (duplicates included); undefined for scalars. */
  children: JsonNode[] | undefined;
  /** Object members only: the key (undefined for array items and the root) and its string token. */
  key: string | undefined;
  keyStart: number;
  keyEnd: number;
}

function newNode(start: number, end: number, children: JsonNode[] | undefined): JsonNode {
  return { start, end, children, key: undefined, keyStart: 0, keyEnd: 0 };
}

interface PendingDuplicate {
  pointer: Pointer;
  key: string;
  start: number;
  end: number;
}

interface ParseResult {
  data: unknown;
  failure: ParseFailure | undefined;
  duplicates: PendingDuplicate[];
}

/** An open array or object. */
interface Frame {
  array: unknown[] | undefined;
  object: Record<string, unknown> | undefined;
  /** The member key waiting for its value (objects). */
  key: string;
  keyStart: number;
  keyEnd: number;
}

const enum State {
  /** The current token must start a value. */
  Value,
  /** The current token must be a property name. */
  Key,
  /** A value has just been completed (in `completed`); attach it and read what follows. */
  AfterValue,
}

/** One iterative pass over the tokens: `data`, duplicates, or the first syntax error. */
function parseStrictJson(text: string): ParseResult {
  const scanner = createScanner(text, false);
  const duplicates: PendingDuplicate[] = [];
  const stack: Frame[] = [];
  let state: State = State.Value;
  let completed: unknown;

  try {
    let kind = nextToken(scanner, text);
    if (kind === SyntaxKind.EOF) {
      throw new ParseFailure('json/empty', undefined, text.length, text.length);
    }
    for (;;) {
      if (state === State.Value) {
        const start = scanner.getTokenOffset();
        switch (kind) {
          case SyntaxKind.OpenBraceToken:
          case SyntaxKind.OpenBracketToken: {
            if (stack.length >= MAX_NESTING_DEPTH) {
              throw new ParseFailure('json/too-deep', { limit: MAX_NESTING_DEPTH }, start, start + 1);
            }
            const isObject: boolean = kind === SyntaxKind.OpenBraceToken;
            const frame: Frame = {
              array: isObject ? undefined : [],
              object: isObject ? {} : undefined,
              key: '',
              keyStart: 0,
              keyEnd: 0,
            };
            stack.push(frame);
            kind = nextToken(scanner, text);
            const close: SyntaxKind = isObject ? SyntaxKind.CloseBraceToken : SyntaxKind.CloseBracketToken;
            if (kind === close) {
              kind = closeFrame(stack, scanner, text);
              completed = frame.array ?? frame.object;
              state = State.AfterValue;
            } else {
              state = isObject ? State.Key : State.Value;
            }
            continue;
          }
          case SyntaxKind.StringLiteral:
            completed = scanner.getTokenValue();
            break;
          case SyntaxKind.NumericLiteral:
            completed = Number(scanner.getTokenValue());
            break;
          case SyntaxKind.TrueKeyword:
            completed = true;
            break;
          case SyntaxKind.FalseKeyword:
            completed = false;
            break;
          case SyntaxKind.NullKeyword:
            completed = null;
            break;
          default:
            throw unexpected(scanner, 'value');
        }
        kind = nextToken(scanner, text);
        state = State.AfterValue;
        continue;
      }

      const frame = stack[stack.length - 1];

      if (state === State.Key) {
        // Only reachable with an object frame on the stack.
        if (frame === undefined) throw new Error('JSON parser state: a key outside an object');
        if (kind !== SyntaxKind.StringLiteral) throw unexpected(scanner, 'key');
        frame.key = scanner.getTokenValue();
        frame.keyStart = scanner.getTokenOffset();
        frame.keyEnd = frame.keyStart + scanner.getTokenLength();
        kind = nextToken(scanner, text);
        if (kind !== SyntaxKind.ColonToken) throw unexpected(scanner, 'colon');
        kind = nextToken(scanner, text);
        state = State.Value;
        continue;
      }

      // State.AfterValue
      if (frame === undefined) {
        if (kind !== SyntaxKind.EOF) {
          const start = scanner.getTokenOffset();
          throw new ParseFailure('json/content-after-value', undefined, start, start + scanner.getTokenLength());
        }
        return { data: completed, failure: undefined, duplicates };
      }
      if (frame.array !== undefined) {
        frame.array.push(completed);
        if (kind === SyntaxKind.CommaToken) {
          const comma = scanner.getTokenOffset();
          kind = nextToken(scanner, text);
          if (kind === SyntaxKind.CloseBracketToken)
            throw new ParseFailure('json/trailing-comma', undefined, comma, comma + 1);
          state = State.Value;
        } else if (kind === SyntaxKind.CloseBracketToken) {
          kind = closeFrame(stack, scanner, text);
          completed = frame.array;
        } else {
          throw unexpected(scanner, 'comma-or-bracket');
        }
        continue;
      }
      const object = frame.object as Record<string, unknown>;
      if (Object.hasOwn(object, frame.key)) {
        duplicates.push({ pointer: framePointer(stack), key: frame.key, start: frame.keyStart, end: frame.keyEnd });
      }
      // Last value wins, as with JSON.parse (and as CloudFormation reads it).
      setDataProperty(object, frame.key, completed);
      if (kind === SyntaxKind.CommaToken) {
        const comma = scanner.getTokenOffset();
        kind = nextToken(scanner, text);
        if (kind === SyntaxKind.CloseBraceToken)
          throw new ParseFailure('json/trailing-comma', undefined, comma, comma + 1);
        state = State.Key;
      } else if (kind === SyntaxKind.CloseBraceToken) {
        kind = closeFrame(stack, scanner, text);
        completed = object;
      } else {
        throw unexpected(scanner, 'comma-or-brace');
      }
    }
  } catch (error) {
    if (error instanceof ParseFailure) return { data: undefined, failure: error, duplicates };
    throw error;
  }
}

/** Pop the frame whose closing token is current and read the next token. */
function closeFrame(stack: Frame[], scanner: JSONScanner, text: string): SyntaxKind {
  stack.pop();
  return nextToken(scanner, text);
}

/** Pointer of the object on top of the stack (only computed for duplicate keys). */
function framePointer(stack: Frame[]): Pointer {
  let pointer = '';
  for (let i = 0; i < stack.length - 1; i++) {
    const frame = stack[i] as Frame;
    pointer = joinPointer(pointer, frame.array !== undefined ? frame.array.length : frame.key);
  }
  return pointer;
}

/**
 * The next significant token. Whitespace is skipped here rather than by the scanner, which
 * builds a string of every whitespace run it sees (noticeable on indented 10 MB files).
 * Comments, unknown words and malformed strings or numbers end the parse.
 */
function nextToken(scanner: JSONScanner, text: string): SyntaxKind {
  const length = text.length;
  let pos = scanner.getPosition();
  let ch = text.charCodeAt(pos);
  if (ch === SPACE || ch === TAB || ch === LF || ch === CR) {
    do ch = text.charCodeAt(++pos);
    while (ch === SPACE || ch === TAB || ch === LF || ch === CR);
    if (pos >= length) pos = length;
    scanner.setPosition(pos);
  }
  const kind = scanner.scan();
  const start = scanner.getTokenOffset();
  const end = start + scanner.getTokenLength();
  switch (kind) {
    case SyntaxKind.LineCommentTrivia:
    case SyntaxKind.BlockCommentTrivia:
      throw new ParseFailure('json/comment', undefined, start, end);
    case SyntaxKind.Unknown:
      throw unknownToken(text, start, end);
    case SyntaxKind.StringLiteral:
    case SyntaxKind.NumericLiteral: {
      const error = scanner.getTokenError();
      if (error !== ScanError.None) throw tokenError(error, text, start, end);
      return kind;
    }
    default:
      return kind;
  }
}

/**
 * Words other languages write where JSON has a value: safe to quote, since they say nothing about the file.
 * Anything else is described by kind and length only: a file that is not JSON at all may be a
 * secret (`ln -s ~/.token x.json`), and messages go to CI logs, SARIF and annotations.
 */
const KNOWN_WORDS = new Set([
  'True',
  'False',
  'TRUE',
  'FALSE',
  'None',
  'NULL',
  'Null',
  'NaN',
  'Infinity',
  'undefined',
  'yes',
  'no',
]);

/** ASCII punctuation: one such character tells the reader what went wrong and nothing about the content. */
const PUNCTUATION = /^[!-/:-@[-`{-~]$/;

function unknownToken(text: string, start: number, end: number): ParseFailure {
  const word = text.slice(start, end);
  if (word.startsWith("'")) return new ParseFailure('json/single-quotes', undefined, start, end);
  if (KNOWN_WORDS.has(word) || PUNCTUATION.test(word)) {
    // Quoted in the message as a JSON string's content would be (a backslash doubled).
    const token = JSON.stringify(word).slice(1, -1);
    return new ParseFailure(
      word.length === 1 ? 'json/unexpected-character' : 'json/unexpected-word',
      { token },
      start,
      end,
    );
  }
  if (end - start === 1) return new ParseFailure(characterCode(word), undefined, start, end);
  return new ParseFailure('json/bare-word', { length: end - start }, start, end);
}

function characterCode(char: string): SyntaxCode {
  if (/^[A-Za-z]$/.test(char)) return 'json/unexpected-letter';
  if (/^[0-9]$/.test(char)) return 'json/unexpected-digit';
  return 'json/unexpected-symbol';
}

/** A malformed string or number, with the range narrowed to the offending escape or character. */
function tokenError(error: ScanError, text: string, start: number, end: number): ParseFailure {
  switch (error) {
    case ScanError.UnexpectedEndOfString:
      return new ParseFailure('json/unterminated-string', undefined, start, end);
    case ScanError.UnexpectedEndOfNumber:
      return new ParseFailure('json/invalid-number', undefined, start, end);
    case ScanError.InvalidUnicode: {
      const at = findBadEscape(text, start, end, true);
      return new ParseFailure('json/invalid-unicode-escape', undefined, at, Math.min(at + 6, end));
    }
    case ScanError.InvalidEscapeCharacter: {
      const at = findBadEscape(text, start, end, false);
      return new ParseFailure('json/invalid-escape', undefined, at, at + 2);
    }
    case ScanError.InvalidCharacter: {
      for (let i = start + 1; i < end; i++) {
        const code = text.charCodeAt(i);
        if (code <= 0x1f) {
          const hex = code.toString(16).toUpperCase().padStart(4, '0');
          return new ParseFailure('json/control-character', { codePoint: `U+${hex}` }, i, i + 1);
        }
      }
      return new ParseFailure('json/invalid-string-character', undefined, start, end);
    }
    default:
      return new ParseFailure('json/invalid-token', undefined, start, end);
  }
}

/** Offset of the first bad `\` escape in a string token (the token start if none is found). */
function findBadEscape(text: string, start: number, end: number, unicode: boolean): number {
  for (let i = start + 1; i < end; i++) {
    if (text.charCodeAt(i) !== 92) continue;
    const next = text[i + 1] ?? '';
    if (next === 'u') {
      if (unicode && !/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return i;
    } else if (!unicode && !'"\\/bfnrt'.includes(next)) {
      return i;
    }
    i++; // skip the escaped character (it may be a backslash)
  }
  return start;
}

/** What the grammar wanted where it found something else: `json/expected-<what>`, or `json/eof-expected-<what>` at the end of the text. */
type Expected = 'value' | 'key' | 'colon' | 'comma-or-bracket' | 'comma-or-brace';

function unexpected(scanner: JSONScanner, expected: Expected): ParseFailure {
  const start = scanner.getTokenOffset();
  if (scanner.getToken() === SyntaxKind.EOF) {
    return new ParseFailure(`json/eof-expected-${expected}`, undefined, start, start);
  }
  return new ParseFailure(`json/expected-${expected}`, undefined, start, start + scanner.getTokenLength());
}

function internalErrorResult(error: unknown): ParseResult {
  const errorMessage = error instanceof Error ? error.message : String(error);
  return {
    data: undefined,
    failure: new ParseFailure('text/parser-failed', { errorMessage }, 0, 0),
    duplicates: [],
  };
}

/**
 * The offsets of every value of `text`, which parsed without error (strict JSON, no deeper than
 * MAX_NESTING_DEPTH): a scan of its characters that trusts the grammar the first pass checked,
 * several times faster than scanning tokens again, for the files with a finding (a template of
 * 3 MB whose findings are placed is read twice). Object members keep their key, its string token
 * and every duplicate, in source order.
 */
function offsetTree(text: string): JsonNode | undefined {
  const length = text.length;
  // Open objects and arrays; for an object, the key of the member being read and whether a key comes next.
  const open: Array<{
    node: JsonNode;
    object: boolean;
    key: string;
    keyStart: number;
    keyEnd: number;
    keyNext: boolean;
  }> = [];
  let root: JsonNode | undefined;
  const attach = (node: JsonNode): void => {
    const parent = open[open.length - 1];
    if (parent === undefined) {
      root = node;
      return;
    }
    if (parent.object) {
      node.key = parent.key;
      node.keyStart = parent.keyStart;
      node.keyEnd = parent.keyEnd;
    }
    parent.node.children!.push(node);
  };
  let pos = 0;
  while (pos < length) {
    const ch = text.charCodeAt(pos);
    if (ch === SPACE || ch === TAB || ch === LF || ch === CR || ch === COLON) {
      pos++;
    } else if (ch === COMMA) {
      const parent = open[open.length - 1];
      if (parent !== undefined) parent.keyNext = parent.object;
      pos++;
    } else if (ch === OPEN_BRACE || ch === OPEN_BRACKET) {
      const node = newNode(pos, pos, []);
      attach(node);
      open.push({ node, object: ch === OPEN_BRACE, key: '', keyStart: 0, keyEnd: 0, keyNext: ch === OPEN_BRACE });
      pos++;
    } else if (ch === CLOSE_BRACE || ch === CLOSE_BRACKET) {
      const closed = open.pop();
      if (closed !== undefined) closed.node.end = pos + 1;
      pos++;
    } else if (ch === QUOTE) {
      let end = pos + 1;
      let escaped = false;
      for (; end < length; end++) {
        const c = text.charCodeAt(end);
        if (c === BACKSLASH) {
          escaped = true;
          end++;
        } else if (c === QUOTE) break;
      }
      end++;
      const parent = open[open.length - 1];
      if (parent !== undefined && parent.keyNext) {
        parent.key = escaped ? (JSON.parse(text.slice(pos, end)) as string) : text.slice(pos + 1, end - 1);
        parent.keyStart = pos;
        parent.keyEnd = end;
        parent.keyNext = false;
      } else {
        attach(newNode(pos, end, undefined));
      }
      pos = end;
    } else {
      // A number, `true`, `false` or `null`: up to the next delimiter.
      let end = pos + 1;
      while (end < length && !DELIMITERS.has(text.charCodeAt(end))) end++;
      attach(newNode(pos, end, undefined));
      pos = end;
    }
  }
  return root;
}

const COMMA = 0x2c;
/** What ends a number or a literal in valid JSON. */
const DELIMITERS: ReadonlySet<number> = new Set([SPACE, TAB, LF, CR, COMMA, COLON, CLOSE_BRACE, CLOSE_BRACKET]);

class JsonDocument extends TextDocument {
  readonly format: SourceFormat = 'json';
  readonly data: unknown;
  readonly syntaxErrors: readonly SyntaxProblem[];
  readonly duplicateKeys: readonly DuplicateKey[];
  readonly unknownTags: readonly UnknownTag[] = [];
  /** `null`: not built yet; `undefined`: the text has no tree (syntax error). */
  private tree: JsonNode | undefined | null = null;

  constructor(file: string, text: string, source: string, result: ParseResult) {
    super(file, text, source);
    this.data = result.data;
    const lines = this.lines;
    const failure = result.failure;
    this.syntaxErrors =
      failure === undefined
        ? []
        : [{ ...syntaxDiagnostic(failure.code, failure.data), range: lines.range(failure.start, failure.end) }];
    this.duplicateKeys = result.duplicates.map((d) => ({
      pointer: d.pointer,
      key: d.key,
      range: lines.range(d.start, d.end),
    }));
  }

  protected locateUnsafe(pointer: Pointer, which: 'value' | 'key'): Range {
    if (this.tree === null) {
      // Second pass, positions this time, over text the first pass read without error.
      this.tree = this.syntaxErrors.length > 0 ? undefined : offsetTree(this.source);
    }
    let node: JsonNode | undefined = this.tree;
    if (node === undefined) return startOfText();
    for (const token of splitPointer(pointer)) {
      const children: JsonNode[] | undefined = node.children;
      if (children === undefined) break;
      let child: JsonNode | undefined;
      if (children.length > 0 && children[0]?.key !== undefined) {
        child = this.lastMember(node, children, (member: JsonNode) => member.key, token);
      } else if (ARRAY_INDEX.test(token)) {
        child = children[Number(token)];
      }
      if (child === undefined) break;
      node = child;
    }
    // A missing pointer ends on its nearest ancestor: with `which: 'key'` that ancestor's key.
    if (which === 'key' && node.key !== undefined) {
      return this.lines.range(node.keyStart, node.keyEnd);
    }
    return this.lines.range(node.start, node.end);
  }
}
