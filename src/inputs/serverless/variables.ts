/**
 * Serverless Framework variables (https://www.serverless.com/framework/docs/guides/variables),
 * resolved as far as a file can tell, lazily: only what the compiled template needs is resolved.
 *
 * - `${self:a.b}` reads the service's own configuration (https://www.serverless.com/framework/docs/guides/variables/self),
 *   itself resolved (`custom.stage: ${opt:stage, self:provider.stage}`); an address may hold
 *   variables (`${self:custom.sizes.${sls:stage}}`). `self:provider.stage` not written is `dev`,
 *   the framework's default stage.
 * - `${opt:name}` is the CLI option `--name` (https://www.serverless.com/framework/docs/guides/variables/cli-options):
 *   here `--parameter name=value`; without it the option is known to be absent and the next fallback applies.
 * - `${sls:stage}` is `${opt:stage, self:provider.stage, "dev"}` (https://www.serverless.com/framework/docs/guides/variables/core).
 * - `${file(./x.yml)}` and `${file(./x.yml):a.b}` include a YAML or JSON file read relative to the
 *   service directory (service-files.ts; https://www.serverless.com/framework/docs/guides/variables/file).
 * - `${a, b, 'literal'}`: the first alternative that is found. One that cannot be known here
 *   (`${env:…}`, `${ssm:…}`, `${cf:…}`, `${aws:…}`, `${param:…}`, `${s3:…}`, any other source) makes
 *   the whole variable unknown: which alternative the deployment takes is not knowable, so none is guessed.
 *
 * Unknown is a value (docs/semantics.md#resolved-value): an unknown variable becomes `Ref` to a
 * template parameter named after the variable, with no value, which the CloudFormation resolver
 * reads as unknown; text mixing fixed parts and unknown variables becomes `Fn::Join` of the parts,
 * so `arn:aws:s3:::${env:BUCKET}/private/*` keeps its fixed parts. Every object node built here
 * records where it was written (`sources`), so findings point into the file that holds it.
 *
 * `${…}` whose source is not a word followed by `:` or `(` is not a variable: CloudFormation's
 * `${AWS::Region}` and `${MyBucket.Arn}` (Fn::Sub) and IAM's `${cognito-identity.amazonaws.com:sub}`
 * stay as written. Every input is hostile: a variable referring to itself, directly or not, is
 * unknown; at most MAX_HOPS variables are followed in a chain; text longer than MAX_TEXT (or of more
 * than MAX_PARTS parts) is unknown.
 */
import { isPlainObject, own } from '../../core/objects.js';
import { setDataProperty } from '../../parsers/json.js';
import { type SourceRef, valueAtPointer } from '../../parsers/source.js';
import { type ParsedDocument, type Pointer, joinPointer, splitPointer } from '../../parsers/types.js';
import type { Included } from './service-files.js';
import { splitPlaceholders } from '../../util/placeholders.js';

/** Variables followed in one chain (a `self:` to a `file(` to a `self:` …) before giving up. */
export const MAX_HOPS = 32;
/** Longest text a variable may build: far above any real value, far below what exhausts memory. */
export const MAX_TEXT = 64 * 1024;

/** Most fixed and unknown parts one text may have (each unknown variable is one). */
export const MAX_PARTS = 256;

/** The framework's stage when none is given or written. */
export const DEFAULT_STAGE = 'dev';

/** "Not found": the next fallback applies. */
const ABSENT: unique symbol = Symbol('absent');
/** A variable that names something not knowable here (environment, SSM, another stack …). */
const UNKNOWABLE: unique symbol = Symbol('unknowable');
type Value = unknown;

export interface VariableContext {
  service: ParsedDocument;
  /** `--parameter` values: the CLI options `${opt:…}` reads. */
  options: ReadonlyMap<string, string>;
  include(path: string): Included;
  note(at: SourceRef, message: string): void;
}

interface VariableToken {
  /** As written, `${…}` included: the name of the parameter standing for it when unknown. */
  raw: string;
  alternatives: string[];
}

const SOURCE = /^([A-Za-z][A-Za-z0-9]*)(?:\((.*)\))?(?::(.*))?$/s;
const IS_VARIABLE = /^\s*[A-Za-z][A-Za-z0-9]*(?:\(|:(?!:))/;

export class VariableResolver {
  /** Where each object node built here was written. */
  readonly sources = new WeakMap<object, SourceRef>();
  /** The CLI options (`--parameter` names) the variables resolved so far read. */
  readonly optionsRead = new Set<string>();
  /** Parameters standing for unknown variables: name → where first written. */
  readonly parameters = new Map<string, SourceRef>();
  private readonly unknowns = new WeakSet<object>();
  private readonly partials = new WeakSet<object>();
  private readonly memo = new Map<ParsedDocument, Map<Pointer, Value>>();
  private readonly active = new Map<ParsedDocument, Set<Pointer>>();

  constructor(private readonly context: VariableContext) {}

  /** The service's configuration at `path` (`['provider', 'iam']`), resolved; undefined when absent. */
  config(...path: string[]): Value {
    const value = this.lookup(this.context.service, '', path, 0);
    return value === ABSENT ? undefined : value;
  }

  /** A CLI option (`--parameter <name>=`), recorded as read. */
  option(name: string): string | undefined {
    this.optionsRead.add(name);
    return this.context.options.get(name);
  }

  /** The deployment's stage: `--parameter stage=`, else `provider.stage`, else `dev`. */
  stage(): Value {
    return this.stageAt(0);
  }

  /** Whether a value is unknown, or text with unknown parts. */
  isUnknown(value: Value): boolean {
    return isPlainObject(value) && (this.unknowns.has(value) || this.partials.has(value));
  }

  /** Where a node built here was written, if it is an object. */
  sourceOf(value: Value): SourceRef | undefined {
    return typeof value === 'object' && value !== null ? this.sources.get(value) : undefined;
  }

  // ── nodes ────────────────────────────────────────────────────────────────────────────────

  private resolveAt(doc: ParsedDocument, pointer: Pointer, hops: number): Value {
    let memo = this.memo.get(doc);
    if (!memo) this.memo.set(doc, (memo = new Map()));
    if (memo.has(pointer)) return memo.get(pointer);
    const node = valueAtPointer(doc.data, pointer);
    if (node === undefined) return ABSENT;
    let active = this.active.get(doc);
    if (!active) this.active.set(doc, (active = new Set()));
    const at = { doc, pointer };
    if (active.has(pointer)) {
      this.context.note(
        at,
        `\`${splitPointer(pointer).join('.')}\` refers to itself through its variables: its value is unknown.`,
      );
      return this.unknown(typeof node === 'string' ? node : pointer, at);
    }
    active.add(pointer);
    const value = this.resolveNode(node, at, hops);
    active.delete(pointer);
    memo.set(pointer, value);
    return value;
  }

  private resolveNode(node: unknown, at: SourceRef, hops: number): Value {
    if (typeof node === 'string') return this.resolveText(node, at, hops);
    if (Array.isArray(node)) {
      const out = node.map((_, i) => this.orUnknown(this.resolveAt(at.doc, joinPointer(at.pointer, i), hops), at));
      this.sources.set(out, at);
      return out;
    }
    if (isPlainObject(node)) {
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(node)) {
        const value = this.resolveAt(at.doc, joinPointer(at.pointer, key), hops);
        if (value !== ABSENT) setDataProperty(out, key, value);
      }
      this.sources.set(out, at);
      return out;
    }
    return node;
  }

  private orUnknown(value: Value, at: SourceRef): Value {
    return value === ABSENT ? this.unknown('(not found)', at) : value;
  }

  // ── text ─────────────────────────────────────────────────────────────────────────────────

  private resolveText(text: string, at: SourceRef, hops: number): Value {
    if (!text.includes('${')) return text;
    const segments = scan(text);
    if (segments.length === 1 && typeof segments[0] !== 'string') {
      // The whole value is one variable: it may be any value (a list, an object).
      const token = segments[0]!;
      const value = this.resolveVariable(token, at, hops);
      return value === ABSENT ? this.unknown(token.raw, at) : value;
    }
    const parts: Value[] = [];
    for (const segment of segments) {
      if (typeof segment === 'string') {
        parts.push(segment);
        continue;
      }
      const value = this.resolveVariable(segment, at, hops);
      if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
        parts.push(String(value));
      else if (isPlainObject(value) && this.partials.has(value)) for (const part of joinParts(value)) parts.push(part);
      else if (isPlainObject(value) && this.unknowns.has(value)) parts.push(value);
      // An object or a list in text, or nothing found: the framework refuses it; here it is unknown.
      else parts.push(this.unknown(segment.raw, at));
    }
    return this.concat(parts, at);
  }

  private concat(parts: Value[], at: SourceRef): Value {
    const merged: Value[] = [];
    let length = 0;
    for (const part of parts) {
      if (typeof part === 'string') {
        length += part.length;
        const last = merged[merged.length - 1];
        if (typeof last === 'string') merged[merged.length - 1] = last + part;
        else if (part !== '') merged.push(part);
      } else merged.push(part);
    }
    if (length > MAX_TEXT || merged.length > MAX_PARTS) {
      this.context.note(
        at,
        `Variables build a value longer than ${MAX_TEXT} characters (or of more than ${MAX_PARTS} parts) here: it is unknown.`,
      );
      return this.unknown('(too long)', at);
    }
    if (merged.length === 0) return '';
    if (merged.length === 1) return merged[0];
    const join = { 'Fn::Join': ['', merged] };
    this.partials.add(join);
    this.sources.set(join, at);
    return join;
  }

  // ── variables ────────────────────────────────────────────────────────────────────────────

  private resolveVariable(token: VariableToken, at: SourceRef, hops: number): Value {
    if (hops >= MAX_HOPS) {
      this.context.note(at, `Variables nest more than ${MAX_HOPS} deep here: \`${clip(token.raw)}\` is unknown.`);
      return this.unknown(token.raw, at);
    }
    for (const alternative of token.alternatives) {
      const value = this.alternative(alternative.trim(), at, hops + 1);
      if (value === UNKNOWABLE) return this.unknown(token.raw, at);
      if (value !== ABSENT) return value;
    }
    return ABSENT;
  }

  private alternative(written: string, at: SourceRef, hops: number): Value {
    let text = written;
    if (text.includes('${')) {
      const inner = this.resolveText(text, at, hops);
      if (typeof inner !== 'string') return UNKNOWABLE;
      text = inner;
    }
    const quoted = /^'([^']*)'$|^"([^"]*)"$/.exec(text);
    if (quoted) return quoted[1] ?? quoted[2];
    if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text);
    if (text === 'true' || text === 'false') return text === 'true';
    const match = SOURCE.exec(text);
    if (!match) return UNKNOWABLE;
    const [, source, argument, address] = match;
    switch (source) {
      case 'self': {
        const path = address ? address.split('.') : [];
        const value = this.lookup(this.context.service, '', path, hops);
        // The framework's Service defaults `provider.stage` to `dev` when the file does not set it.
        if (value === ABSENT && address === 'provider.stage') return DEFAULT_STAGE;
        return value;
      }
      case 'opt':
        if (address === undefined) return UNKNOWABLE;
        this.optionsRead.add(address);
        return this.context.options.get(address) ?? ABSENT;
      case 'sls':
        return address === 'stage' ? this.stageAt(hops) : UNKNOWABLE;
      case 'file':
        return this.file(argument, address, at, hops);
      default:
        // env, ssm, cf, aws, param, s3 and every other source: known only where the service is deployed.
        return UNKNOWABLE;
    }
  }

  private file(argument: string | undefined, address: string | undefined, at: SourceRef, hops: number): Value {
    const given = argument?.trim().replace(/^(['"])(.*)\1$/, '$2');
    if (!given) return UNKNOWABLE;
    const included = this.context.include(given);
    if ('refused' in included) {
      this.context.note(
        at,
        `\`\${file(${given})${address === undefined ? '' : `:${address}`}}\`: ${included.refused}.`,
      );
      return UNKNOWABLE;
    }
    if (included.doc.data === undefined) return UNKNOWABLE;
    return this.lookup(included.doc, '', address ? address.split('.') : [], hops);
  }

  private stageAt(hops: number): Value {
    this.optionsRead.add('stage');
    const given = this.context.options.get('stage');
    if (given !== undefined) return given;
    const written = this.lookup(this.context.service, '', ['provider', 'stage'], hops);
    return written === ABSENT ? DEFAULT_STAGE : written;
  }

  /** The value at `path` below `pointer` in `doc`, resolving variables met on the way. */
  private lookup(doc: ParsedDocument, pointer: Pointer, path: readonly string[], hops: number): Value {
    let at = pointer;
    let resolved: { value: Value } | undefined;
    for (const token of path) {
      if (!resolved) {
        const raw = valueAtPointer(doc.data, at);
        if (raw === undefined) return ABSENT;
        if (typeof raw !== 'string') {
          at = joinPointer(at, token);
          continue;
        }
        resolved = { value: this.resolveAt(doc, at, hops) };
      }
      const value = resolved.value;
      if (this.isUnknown(value)) return value;
      const child = Array.isArray(value) ? value[Number(token)] : isPlainObject(value) ? own(value, token) : undefined;
      if (child === undefined) return ABSENT;
      resolved.value = child;
    }
    return resolved ? resolved.value : this.resolveAt(doc, at, hops);
  }

  /** A value nothing here can know: `Ref` to a parameter named after what is written, without a value. */
  unknown(name: string, at: SourceRef): Value {
    if (!this.parameters.has(name)) this.parameters.set(name, at);
    const ref = { Ref: name };
    this.unknowns.add(ref);
    this.sources.set(ref, at);
    return ref;
  }
}

function joinParts(join: Record<string, unknown>): Value[] {
  const args = own(join, 'Fn::Join');
  return Array.isArray(args) && Array.isArray(args[1]) ? (args[1] as Value[]) : [join];
}

function clip(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

/** Text split into fixed parts and variables (`${…}` with its nested `${…}`); linear in the length of the text. */
export function scan(text: string): Array<string | VariableToken> {
  const out: Array<string | VariableToken> = [];
  let literal = '';
  for (const piece of splitPlaceholders(text, closing)) {
    if (typeof piece !== 'string' && IS_VARIABLE.test(piece.inner)) {
      if (literal) out.push(literal);
      literal = '';
      out.push({ raw: piece.raw, alternatives: splitAlternatives(piece.inner) });
    } else {
      literal += typeof piece === 'string' ? piece : piece.raw;
    }
  }
  if (literal) out.push(literal);
  return out;
}

/** The `}` closing the `${` at `start`, nested `${…}` skipped; -1 when there is none. */
function closing(text: string, start: number): number {
  let depth = 0;
  for (let j = start; j < text.length; j++) {
    if (text[j] === '$' && text[j + 1] === '{') {
      depth++;
      j++;
    } else if (text[j] === '}') {
      depth--;
      if (depth === 0) return j;
    }
  }
  return -1;
}

/** `a, b, 'c, d'` → the alternatives, split at commas outside quotes, parentheses and nested variables. */
function splitAlternatives(inner: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quote: string | undefined;
  let last = 0;
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i]!;
    if (quote) {
      if (c === quote) quote = undefined;
    } else if (c === "'" || c === '"') quote = c;
    else if (c === '(' || c === '{') depth++;
    else if (c === ')' || c === '}') depth--;
    else if (c === ',' && depth === 0) {
      out.push(inner.slice(last, i));
      last = i + 1;
    }
  }
  out.push(inner.slice(last));
  return out;
}
