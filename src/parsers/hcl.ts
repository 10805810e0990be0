/**
 * A small scan of Terraform's native syntax (HCL, https://github.com/hashicorp/hcl/blob/main/hclsyntax/spec.md):
 * not a parser of expressions, only enough to say where each top-level `resource "<type>" "<name>"`,
 * `data "<type>" "<name>"` and `module "<name>"` block is declared, where each of their attributes and
 * nested blocks is written, and the text of each attribute's expression (an object constructor
 * `{ key = expr }` as its keys and their expressions' text).
 *
 * It is a tokenizer first: comments (`#`, `//`, `/* *\/`), quoted strings with their `${…}`
 * interpolations and heredocs are read as whole tokens, so `resource "` inside any of them is never a
 * declaration. Every input is hostile: the text, the tokens, the nesting and what is recorded are bounded,
 * and what does not read as the grammar is passed over to the end of its line, never an error.
 *
 * The document's data is keyed by the address a block has within its module (`aws_iam_role.auth`,
 * `data.aws_iam_policy_document.trust`, `module.auth`): `{ attribute: "expression text",
 * roles: { authenticated: "aws_iam_role.auth.arn" }, nested_block: [{ … }, …] }`.
 */
import { setDataProperty } from './json.js';
import { LineIndex } from './line-index.js';
import { joinPointer, type ParsedDocument, type Pointer, type Range } from './types.js';

/** Longer texts are not scanned (Terraform files are small; a generated one of megabytes is not a source to point at). */
export const MAX_HCL_CHARS = 4 * 1024 * 1024;
/** Tokens read per file. */
const MAX_TOKENS = 1_000_000;
/** Block and bracket nesting read; deeper text is passed over. */
const MAX_DEPTH = 32;
/** Attributes and blocks recorded per file. */
const MAX_NODES = 50_000;
/** Characters of an expression's text kept in the data (the scan reads no more than a traversal out of it). */
const MAX_EXPRESSION_CHARS = 1024;

type TokenKind = 'ident' | 'string' | 'heredoc' | 'newline' | 'punct' | 'other';

interface Token {
  readonly kind: TokenKind;
  readonly start: number;
  readonly end: number;
  /** For `ident` and `punct`: the text; for a `string`: its text when it holds no interpolation or escape. */
  readonly text: string | undefined;
}

/** Where a node is written: the whole node, and its name (a block's type and labels, an attribute's name). */
interface Span {
  readonly start: number;
  readonly end: number;
  readonly keyStart: number;
  readonly keyEnd: number;
}

export function scanHcl(file: string, text: string): ParsedDocument {
  const data: Record<string, unknown> = {};
  const spans = new Map<Pointer, Span>();
  if (text.length <= MAX_HCL_CHARS) new Scanner(text, tokenize(text), data, spans).file();
  const lines = new LineIndex(text);
  return {
    file,
    format: 'hcl',
    data,
    syntaxErrors: [],
    duplicateKeys: [],
    unknownTags: [],
    size: text.length,
    text,
    locate(pointer: Pointer, which?: 'value' | 'key'): Range {
      // A node not written here is reported at its nearest written ancestor.
      for (let at = pointer; ; at = at.slice(0, at.lastIndexOf('/'))) {
        const span = spans.get(at);
        if (span) return which === 'key' ? lines.range(span.keyStart, span.keyEnd) : lines.range(span.start, span.end);
        if (at === '') return lines.range(0, 0);
      }
    },
  };
}

// ── tokens ────────────────────────────────────────────────────────────────────────────────

const isIdentStart = (c: string): boolean => /[A-Za-z_]/.test(c);
const isIdentPart = (c: string): boolean => /[\w-]/.test(c);

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length && tokens.length < MAX_TOKENS) {
    const c = text[i]!;
    const next = text[i + 1];
    if (c === '\n') {
      tokens.push({ kind: 'newline', start: i, end: i + 1, text: undefined });
      i++;
    } else if (c === ' ' || c === '\t' || c === '\r' || c === '\uFEFF') {
      i++;
    } else if (c === '#' || (c === '/' && next === '/')) {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (c === '/' && next === '*') {
      const end = text.indexOf('*/', i + 2);
      // A block comment is not a line break, even when it spans several: HCL reads it as whitespace.
      i = end < 0 ? text.length : end + 2;
    } else if (c === '"') {
      const end = stringEnd(text, i);
      const literal = text.slice(i + 1, end - 1);
      const plain = end - 1 > i && text[end - 1] === '"' && !/[\\$%]/.test(literal);
      tokens.push({ kind: 'string', start: i, end, text: plain ? literal : undefined });
      i = end;
    } else if (c === '<' && next === '<' && heredocStart(text, i)) {
      const end = heredocEnd(text, i);
      tokens.push({ kind: 'heredoc', start: i, end, text: undefined });
      i = end;
    } else if (isIdentStart(c)) {
      let end = i + 1;
      while (end < text.length && isIdentPart(text[end]!)) end++;
      tokens.push({ kind: 'ident', start: i, end, text: text.slice(i, end) });
      i = end;
    } else if ('{}[]()=,.:'.includes(c)) {
      // `==` and `=>` are operators, not an attribute's `=`.
      if (c === '=' && (next === '=' || next === '>')) {
        tokens.push({ kind: 'other', start: i, end: i + 2, text: undefined });
        i += 2;
      } else {
        tokens.push({ kind: 'punct', start: i, end: i + 1, text: c });
        i++;
      }
    } else if ((c === '!' || c === '<' || c === '>') && next === '=') {
      tokens.push({ kind: 'other', start: i, end: i + 2, text: undefined });
      i += 2;
    } else {
      tokens.push({ kind: 'other', start: i, end: i + 1, text: undefined });
      i++;
    }
  }
  return tokens;
}

/**
 * The end (exclusive) of the quoted string opening at `start`: its closing quote, skipping escapes and
 * `${…}`/`%{…}` templates (which may hold strings of their own). A line break ends an unclosed string:
 * HCL allows none in a quoted string, so the text after it is read as code again.
 */
function stringEnd(text: string, start: number, depth = 0): number {
  let i = start + 1;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '\n') return i;
    if (c === '"') return i + 1;
    if (c === '\\') i += 2;
    else if ((c === '$' || c === '%') && text[i + 1] === c && text[i + 2] === '{') i += 3;
    else if ((c === '$' || c === '%') && text[i + 1] === '{') i = templateEnd(text, i + 2, depth + 1);
    else i++;
  }
  return text.length;
}

/** The end (exclusive) of a `${…}` template whose body starts at `start`: just after its `}`. */
function templateEnd(text: string, start: number, depth: number): number {
  if (depth > MAX_DEPTH) return text.length;
  let braces = 0;
  let i = start;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '"') {
      i = stringEnd(text, i, depth);
      continue;
    }
    if (c === '{') braces++;
    else if (c === '}' && braces-- === 0) return i + 1;
    i++;
  }
  return text.length;
}

/** `<<EOT` or `<<-EOT` followed by a line break. */
function heredocStart(text: string, at: number): { id: string; bodyStart: number } | undefined {
  const match = /^<<-?([A-Za-z_][\w-]*)[ \t]*\r?\n/.exec(text.slice(at, at + 300));
  return match ? { id: match[1]!, bodyStart: at + match[0].length } : undefined;
}

/** The end of a heredoc: just after its closing identifier, alone on its line (indented for `<<-`). */
function heredocEnd(text: string, at: number): number {
  const { id, bodyStart } = heredocStart(text, at)!;
  let lineStart = bodyStart;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const trimmed = text.slice(lineStart, lineEnd).trim();
    if (trimmed === id) return lineStart + text.slice(lineStart, lineEnd).indexOf(id) + id.length;
    lineStart = lineEnd + 1;
  }
  return text.length;
}

// ── structure ─────────────────────────────────────────────────────────────────────────────

const TOP_BLOCKS: Readonly<Record<string, number>> = { resource: 2, data: 2, module: 1 };

class Scanner {
  private i = 0;
  private nodes = 0;

  constructor(
    private readonly text: string,
    private readonly tokens: readonly Token[],
    private readonly data: Record<string, unknown>,
    private readonly spans: Map<Pointer, Span>,
  ) {}

  private get token(): Token | undefined {
    return this.tokens[this.i];
  }

  private is(kind: TokenKind, text?: string, offset = 0): boolean {
    const token = this.tokens[this.i + offset];
    return token !== undefined && token.kind === kind && (text === undefined || token.text === text);
  }

  /** The top level: blocks this scan records; anything else (providers, variables, locals) is passed over. */
  file(): void {
    while (this.token) {
      if (this.is('newline')) {
        this.i++;
        continue;
      }
      const head = this.token;
      const labels = head.kind === 'ident' ? TOP_BLOCKS[head.text!] : undefined;
      const header = labels === undefined ? undefined : this.header(labels);
      if (header && head.text) {
        const key = head.text === 'resource' ? header.join('.') : `${head.text}.${header.join('.')}`;
        const keyEnd = this.tokens[this.i - 2]!.end;
        // Terraform refuses a block declared twice; the first is kept.
        if (Object.prototype.hasOwnProperty.call(this.data, key)) this.skipBlock();
        else {
          const pointer = joinPointer('', key);
          const body: Record<string, unknown> = {};
          setDataProperty(this.data, key, body);
          const end = this.body(body, pointer, 1);
          this.record(pointer, { start: head.start, end, keyStart: head.start, keyEnd });
        }
      } else if (this.isBlockHeader()) this.skipBlock();
      else this.skipLine();
    }
  }

  /** After a block type: `labels` quoted labels and `{`; the labels' texts, with the `{` read. Else nothing is read. */
  private header(labels: number): string[] | undefined {
    const names: string[] = [];
    for (let k = 1; k <= labels; k++) {
      const label = this.tokens[this.i + k];
      if (label?.kind !== 'string' || label.text === undefined || label.text === '') return undefined;
      names.push(label.text);
    }
    if (!this.is('punct', '{', labels + 1)) return undefined;
    this.i += labels + 2;
    return names;
  }

  /** `type label* {` at the cursor (a block this scan does not record). */
  private isBlockHeader(): boolean {
    if (!this.is('ident')) return false;
    let k = 1;
    while (this.is('string', undefined, k) || this.is('ident', undefined, k)) k++;
    return this.is('punct', '{', k);
  }

  /**
   * A block's body, after its `{`, up to and including its `}`: attributes and nested blocks recorded
   * into `into` at `pointer`. Returns the end of the block.
   */
  private body(into: Record<string, unknown>, pointer: Pointer, depth: number): number {
    while (this.token) {
      const token = this.token;
      if (token.kind === 'newline' || (token.kind === 'punct' && token.text === ',')) {
        this.i++;
      } else if (token.kind === 'punct' && token.text === '}') {
        this.i++;
        return token.end;
      } else if (token.kind === 'ident' && this.is('punct', '=', 1)) {
        this.attribute(into, pointer, token, depth);
      } else if (token.kind === 'ident' && this.isBlockHeader() && depth < MAX_DEPTH) {
        let k = 1;
        while (!this.is('punct', '{', k)) k++;
        const keyEnd = this.tokens[this.i + k - 1]!.end;
        this.i += k + 1;
        const name = token.text!;
        const list = Object.prototype.hasOwnProperty.call(into, name) ? into[name] : undefined;
        const blocks: unknown[] = Array.isArray(list) ? list : [];
        if (!Array.isArray(list)) setDataProperty(into, name, blocks);
        const block: Record<string, unknown> = {};
        const at = joinPointer(pointer, name, blocks.length);
        blocks.push(block);
        const end = this.body(block, at, depth + 1);
        this.record(at, { start: token.start, end, keyStart: token.start, keyEnd });
        if (blocks.length === 1) this.record(joinPointer(pointer, name), this.spans.get(at)!);
      } else this.skipLine();
    }
    return this.text.length;
  }

  /** `name = expression`: the expression runs to a line break (or `,`) outside brackets, or to the body's `}`. */
  private attribute(into: Record<string, unknown>, pointer: Pointer, name: Token, depth: number): void {
    this.i += 2;
    const at = joinPointer(pointer, name.text!);
    const start = this.token?.start ?? this.text.length;
    let value: unknown;
    // `{ for k, v in m : k => v }` is a for expression, not an object constructor.
    if (this.is('punct', '{') && !this.isForExpression() && depth < MAX_DEPTH) {
      this.i++;
      const object: Record<string, unknown> = {};
      this.objectItems(object, at);
      value = object;
      // Text after the constructor (`{ … }[key]`, `merge({…}, x)` never reaches here) makes it another expression.
      if (!this.atExpressionEnd()) {
        value = undefined;
        this.skipExpression();
      }
    } else this.skipExpression();
    const end = this.tokens[this.i - 1]?.end ?? this.text.length;
    if (value === undefined) value = this.text.slice(start, Math.min(end, start + MAX_EXPRESSION_CHARS)).trim();
    if (!Object.prototype.hasOwnProperty.call(into, name.text!)) {
      setDataProperty(into, name.text!, value);
      this.record(at, { start: name.start, end, keyStart: name.start, keyEnd: name.end });
    }
  }

  /** An object constructor's items after its `{`, up to and including its `}`: `key = expr` or `key: expr`. */
  private objectItems(into: Record<string, unknown>, pointer: Pointer): void {
    while (this.token) {
      const token = this.token;
      if (token.kind === 'newline' || (token.kind === 'punct' && token.text === ',')) {
        this.i++;
        continue;
      }
      if (token.kind === 'punct' && token.text === '}') {
        this.i++;
        return;
      }
      const key = token.kind === 'ident' ? token.text : token.kind === 'string' ? token.text : undefined;
      if (key === undefined || !(this.is('punct', '=', 1) || this.is('punct', ':', 1))) {
        // A computed key (`(var.k) = …`) or something else: its value is not recorded.
        this.skipExpression(true);
        continue;
      }
      this.i += 2;
      const start = this.token?.start ?? this.text.length;
      this.skipExpression(true);
      const end = this.tokens[this.i - 1]?.end ?? this.text.length;
      if (Object.prototype.hasOwnProperty.call(into, key)) continue;
      setDataProperty(into, key, this.text.slice(start, Math.min(end, start + MAX_EXPRESSION_CHARS)).trim());
      this.record(joinPointer(pointer, key), { start: token.start, end, keyStart: token.start, keyEnd: token.end });
    }
  }

  /** After the `{` at the cursor, is the first token (past line breaks) the keyword `for`? */
  private isForExpression(): boolean {
    let k = 1;
    while (this.is('newline', undefined, k)) k++;
    return this.is('ident', 'for', k);
  }

  /** Is the cursor at the end of an attribute's expression (a line break, the body's `}`, or the end)? */
  private atExpressionEnd(): boolean {
    return !this.token || this.is('newline') || this.is('punct', '}');
  }

  /**
   * Passes over an expression: up to a line break outside brackets, or (`inObject`) a `,` outside
   * brackets, leaving the cursor on it; a `}` closing the enclosing body is left unread too.
   */
  private skipExpression(inObject = false): void {
    let depth = 0;
    while (this.token) {
      const token = this.token;
      if (depth === 0 && (token.kind === 'newline' || (inObject && token.kind === 'punct' && token.text === ',')))
        return;
      if (token.kind === 'punct' && '{[('.includes(token.text!)) depth++;
      else if (token.kind === 'punct' && '}])'.includes(token.text!)) {
        if (depth === 0) return;
        depth--;
      }
      this.i++;
    }
  }

  /** Passes over a block this scan does not record: its header and its balanced body. */
  private skipBlock(): void {
    while (this.token && !this.is('punct', '{')) this.i++;
    let depth = 0;
    while (this.token) {
      const token = this.token;
      this.i++;
      if (token.kind === 'punct' && token.text === '{') depth++;
      else if (token.kind === 'punct' && token.text === '}' && --depth === 0) return;
    }
  }

  /** Passes over what does not read as an attribute or a block: the rest of the line, brackets balanced. */
  private skipLine(): void {
    const start = this.i;
    this.skipExpression();
    // A stray closer the expression stops at: read it, so the scan moves on.
    if (this.i === start) this.i++;
  }

  private record(pointer: Pointer, span: Span): void {
    if (this.nodes >= MAX_NODES) return;
    this.nodes++;
    this.spans.set(pointer, span);
  }
}
