/**
 * YAML (CloudFormation flavour) → ParsedDocument.
 *
 * The `yaml` package reads the text into its AST; `data` is built from that AST by this module,
 * not by `toJS()`, because only here can we
 * - turn CloudFormation short-form tags into their long form (`!Ref X` → `{Ref: X}`), in
 *   scalars, sequences and mappings alike, and keep unknown tags as a marker;
 * - record duplicate keys with the position of the repeat (`uniqueKeys: false` keeps them from
 *   aborting the parse), last value wins as in CloudFormation;
 * - bound what aliases expand to and how deep the result nests, so hostile input becomes a syntax
 *   error instead of a hang or a stack overflow in any later walk over `data`;
 * - apply YAML 1.1 merge keys (`<<: *base`) as PyYAML does, within the same alias bound.
 *
 * `parseDocument()` is not used directly: it composes every document of the stream before it
 * notices there are several, and it recurses once per nesting level while composing. We drive
 * its two stages ourselves: the (iterative) CST parser first, then a depth check on the CST, then
 * the composer for the first document only.
 *
 * The AST is kept for `locate`; line/column is computed only there.
 */
import {
  Composer,
  isAlias,
  isMap,
  isScalar,
  isSeq,
  Lexer,
  Parser,
  type CST,
  type Document,
  type Node,
  type Pair,
  type YAMLError,
  type YAMLMap,
} from 'yaml';
import { MAX_NESTING_DEPTH, setDataProperty } from './json.js';
import { startOfText, stripBom } from './line-index.js';
import { syntaxDiagnostic, type SyntaxCode, type SyntaxData } from './syntax-messages.js';
import { ARRAY_INDEX, TextDocument } from './text-document.js';
import {
  joinPointer,
  splitPointer,
  UNKNOWN_TAG_KEY,
  type DuplicateKey,
  type ParsedDocument,
  type Pointer,
  type Range,
  type SourceFormat,
  type SyntaxProblem,
  type UnknownTag,
} from './types.js';

/**
 * How many nodes aliases may add to the document in total (an alias adds the size of what it
 * refers to, aliases inside included). CloudFormation does not support aliases at all, so real
 * templates stay far below this, while a "billion laughs" document crosses it after a few levels,
 * long before any expansion happens (sizes are counted, never materialised).
 */
export const MAX_ALIAS_EXPANSION = 10_000;

/** Syntax errors reported per file at most: a broken file can cascade into thousands. */
const MAX_SYNTAX_ERRORS = 10;

/**
 * CloudFormation short-form tag → long-form key. Besides the template functions, the rule
 * functions of a template's `Rules` section (`!Contains`, `!ValueOf`, …), which AWS's own sample
 * templates and cfn-lint's fixtures write in short form too.
 */
const CFN_TAGS: ReadonlyMap<string, string> = new Map([
  ['!Ref', 'Ref'],
  ['!Condition', 'Condition'],
  ...[
    'And',
    'Contains',
    'EachMemberEquals',
    'EachMemberIn',
    'RefAll',
    'ValueOf',
    'ValueOfAll',
    'Base64',
    'Cidr',
    'Equals',
    'FindInMap',
    'GetAtt',
    'GetAZs',
    'GetStackOutput',
    'If',
    'ImportValue',
    'Join',
    'Length',
    'Not',
    'Or',
    'Select',
    'Split',
    'Sub',
    'ToJsonString',
    'Transform',
  ].map((name): [string, string] => [`!${name}`, `Fn::${name}`]),
]);

const YAML_TAG_PREFIX = 'tag:yaml.org,2002:';

/** A tag as the author wrote it: the composer expands `!!binary` to `tag:yaml.org,2002:binary`. */
function displayTag(tag: string): string {
  return tag.startsWith(YAML_TAG_PREFIX) ? `!!${tag.slice(YAML_TAG_PREFIX.length)}` : tag;
}

/** Tags the core schema resolves itself (and `!`, the non-specific tag): plain data, no marker. */
const STANDARD_TAGS: ReadonlySet<string> = new Set(
  ['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((name) => `${YAML_TAG_PREFIX}${name}`).concat('!'),
);

/** Decimal integers written with a leading zero (`012345678901`, an account ID). */
const LEADING_ZERO_INTEGER = /^[-+]?0[0-9]+$/;

/** Parse one CloudFormation YAML document. Never throws: every problem becomes a `SyntaxProblem`. */
export function parseYaml(file: string, text: string): ParsedDocument {
  const source = lineFeeds(stripBom(text));
  // The composer reports every CloudFormation tag as an "unresolved tag" warning, an Error
  // object each (thousands per template), and capturing their stack traces costs a fifth of the
  // parse time. No stack is ever read from them (nor from any error caught below), so capture
  // none while parsing. Parsing is synchronous: nothing else runs before the limit is restored.
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    const strict = readYaml(file, text, source, false);
    // CloudFormation reads YAML 1.1 the way PyYAML does, which ignores indentation inside quoted
    // scalars and flow collections and starts a comment at any `#` where a token may start (see
    // lenientLexer, pyYamlAccepts). The lenient reading only lifts checks that a file the strict
    // reading accepts never fails, so both agree on every such file: the strict (and faster)
    // reading goes first, and only a file it rejects is read again. Then the lenient reading
    // decides, as CloudFormation's would: its data when it reads the file, its errors when it
    // does not (where PyYAML reports an error too, and at the same line far more often than the
    // strict reading: a deployable construct before the real error is not reported instead of it).
    // Limits (nesting, aliases) are not a matter of reading: no second reading for them.
    if (!strict.grammarErrors || lenientLexer() === undefined) return strict.document;
    return readYaml(file, text, source, true).document;
  } catch (error) {
    // Defensive: nothing below is expected to throw, but one bad file must not end the run.
    const errorMessage = error instanceof Error ? error.message : String(error);
    return new YamlDocument(file, text, source, {
      doc: undefined,
      data: undefined,
      errors: [{ code: 'text/parser-failed', data: { errorMessage }, start: 0, end: 0 }],
      duplicates: [],
      unknownTags: [],
      aliasTargets: new Map(),
    });
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
}

/**
 * The text with each lone CR (old Mac line ends) made a LF. YAML (1.1 and 1.2 alike) counts a
 * lone CR as a line break, and so does LineIndex, but the `yaml` lexer splits lines at LF only
 * and reads such a file as one long line. One character for one keeps every offset, line and
 * column exact.
 */
function lineFeeds(text: string): string {
  return text.includes('\r') ? text.replace(LONE_CR, '\n') : text;
}

const LONE_CR = /\r(?!\n)/g;

/**
 * The lexer's state the lenient reading changes (an internal of `yaml`): the least indentation a
 * next line needs to continue the current scalar or flow collection (0: any; then only `---` or
 * `...` at column 0 end it).
 */
interface LexerIndent {
  indentNext: number;
}

type LexerStep = (this: LexerIndent) => Generator<string, unknown, unknown>;

/**
 * The `yaml` lexer reading quoted scalars and flow collections as PyYAML does. YAML 1.2 wants
 * every line of a multi-line quoted scalar or flow collection indented deeper than the block
 * that holds it; PyYAML (its Python scanner and libyaml alike, which cfn-lint uses) ignores
 * indentation there (`scan_flow_scalar` checks only for document markers, and in a flow context
 * `unwind_indent` and `scan_plain` do not look at columns). Real templates rely on it: a
 * `!Sub "…` whose continuation lines sit at the key's level or further left, a `!Join` list
 * whose items or closing `]]` sit left of their key. Zero `indentNext` while the lexer reads a
 * quoted scalar or a flow collection gives PyYAML's rule, with the same values and every
 * position untouched (no text is changed). Tabs stay as the strict reading takes them, white
 * space between tokens, as libyaml does (PyYAML's Python scanner rejects them there).
 *
 * `indentNext` and the two steps are internals of `yaml`, pinned to one version in
 * package.json; if an upgrade renames them, the lenient reading is off (strict reading only) and
 * the parser tests say so. Made on first use: most runs never need it.
 */
function lenientLexer(): (new () => Lexer) | undefined {
  if (lenientLexerClass === null) lenientLexerClass = makeLenientLexer();
  return lenientLexerClass;
}

let lenientLexerClass: (new () => Lexer) | undefined | null = null;

function makeLenientLexer(): (new () => Lexer) | undefined {
  const base = Lexer.prototype as unknown as Record<string, unknown>;
  const steps = ['parseQuotedScalar', 'parseFlowCollection'];
  if (!steps.every((name) => typeof base[name] === 'function') || !('indentNext' in new Lexer())) return undefined;
  class Lenient extends Lexer {}
  const prototype = Lenient.prototype as unknown as Record<string, LexerStep>;
  for (const name of steps) prototype[name] = anyIndent(base[name] as LexerStep);
  return Lenient;
}

/** `step` with no indentation required of the lines it reads. */
function anyIndent(step: LexerStep): LexerStep {
  return function* (this: LexerIndent) {
    const indentNext = this.indentNext;
    this.indentNext = 0;
    try {
      return yield* step.call(this);
    } finally {
      this.indentNext = indentNext;
    }
  };
}

/** CST tokens of `text`; `lenient` reads quoted scalars and flow collections as PyYAML does. */
function cstTokens(text: string, lenient: boolean): Generator<CST.Token> {
  const parser = new Parser();
  const Lenient = lenient ? lenientLexer() : undefined;
  return Lenient === undefined ? parser.parse(text) : lenientTokens(parser, new Lenient(), text);
}

function* lenientTokens(parser: Parser, lexer: Lexer, text: string): Generator<CST.Token> {
  for (const lexeme of lexer.lex(text)) yield* parser.next(lexeme);
  yield* parser.end();
}

/**
 * YAML 1.2 wants whitespace before a comment; PyYAML starts a comment at any `#` where a token
 * may start (`Key: "value"# note`, `[a, b]# note`). The `yaml` composer already reads such a `#`
 * as a comment and only complains: the lenient reading drops the complaint.
 */
function pyYamlAccepts(error: YAMLError): boolean {
  return (
    error.code === 'MISSING_CHAR' &&
    error.message.startsWith('Comments must be separated from other tokens by white space')
  );
}

interface PendingProblem {
  code: SyntaxCode;
  data?: SyntaxData;
  start: number;
  end: number;
}

interface Reading {
  document: YamlDocument;
  /** Whether the YAML grammar was broken (not a limit exceeded): what a lenient reading may change. */
  grammarErrors: boolean;
}

interface ReadResult {
  doc: Document.Parsed | undefined;
  data: unknown;
  errors: PendingProblem[];
  duplicates: Array<{ pointer: Pointer; key: string; node: Node }>;
  unknownTags: Array<{ pointer: Pointer; tag: string; node: Node }>;
  /** Alias → the node it refers to, as resolved while building `data` (for `locate`). */
  aliasTargets: Map<Node, Node>;
}

/**
 * `original` is the text as given, `text` the same without its BOM (which offsets refer to);
 * `lenient` reads it as PyYAML does (lenientLexer, pyYamlAccepts).
 */
function readYaml(file: string, original: string, text: string, lenient: boolean): Reading {
  const composer = new Composer({
    schema: 'core', // YAML 1.2 core: `Version: 2012-10-17` stays a string, `yes` is not a boolean
    uniqueKeys: false, // duplicates are recorded (policy/duplicate-key), not fatal
    // Merge keys only (a plain `<<` key becomes a merge key, see DataBuilder.mergeSources); scalars
    // keep their YAML 1.2 core typing.
    merge: true,
    prettyErrors: false, // positions are ours; messages stay one line
  });
  const errors: PendingProblem[] = [];
  let doc: Document.Parsed | undefined;
  let documents = 0;
  let stopped = false;

  for (const token of cstTokens(text, lenient)) {
    if (token.type === 'document') {
      documents++;
      if (documents > 1) {
        // CloudFormation reads one template per file: lint the first, flag the rest.
        errors.push({ code: 'yaml/multiple-documents', start: token.offset, end: lineEnd(text, token.offset) });
        break;
      }
      const tooDeep = findTooDeep(token);
      if (tooDeep !== undefined) {
        // Composing would recurse once per level; stop before it can exhaust the stack.
        errors.push({ code: 'yaml/too-deep', data: NESTING_LIMIT, start: tooDeep, end: tooDeep + 1 });
        stopped = true;
        break;
      }
    }
    for (const composed of composer.next(token)) doc ??= composed;
  }
  if (!stopped) for (const composed of composer.end(true, text.length)) doc ??= composed;

  if (stopped || doc === undefined) {
    const document = new YamlDocument(file, original, text, {
      doc: undefined,
      data: undefined,
      errors,
      duplicates: [],
      unknownTags: [],
      aliasTargets: new Map(),
    });
    return { document, grammarErrors: false };
  }
  // The `yaml` package's own words, quoted as a value (src/parsers/syntax-messages.ts).
  const parseErrors = (lenient ? doc.errors.filter((e) => !pyYamlAccepts(e)) : doc.errors).map(
    (e): PendingProblem => ({
      code: 'yaml/parser',
      data: { parserMessage: oneLine(e.message) },
      start: e.pos[0],
      end: e.pos[1],
    }),
  );
  // Errors of YAML syntax, which a lenient reading may not have (limits below it would still hit).
  const grammarErrors = parseErrors.length > 0;
  const builder = new DataBuilder(text);
  let data: unknown;
  try {
    data = builder.convert(doc.contents, 0);
  } catch (error) {
    if (!(error instanceof BuildFailure)) throw error;
    parseErrors.push({ code: error.code, data: error.data, start: error.start, end: error.end });
    data = undefined;
  }
  // Any error of the document itself makes `data` a guess: drop it. A second document alone does not.
  const all = parseErrors.concat(errors).sort((a, b) => a.start - b.start);
  const document = new YamlDocument(file, original, text, {
    doc,
    data: parseErrors.length > 0 ? undefined : data,
    errors: all,
    duplicates: builder.duplicates,
    unknownTags: builder.unknownTags,
    aliasTargets: builder.aliasTargets,
  });
  return { document, grammarErrors };
}

/**
 * Offset of the first collection nested deeper than MAX_NESTING_DEPTH in a CST document, if any.
 * Iterative: the CST of a hostile file can be 100,000 levels deep.
 */
function findTooDeep(document: CST.Document): number | undefined {
  // Only collections are pushed (a scalar nests nothing), in two arrays rather than an object per
  // entry: a large template has hundreds of thousands of tokens. Collections are visited in the
  // same order as when every token was pushed, so the same one is reported.
  const tokens: CollectionToken[] = [];
  const depths: number[] = [];
  if (document.value !== undefined && isCollectionToken(document.value)) {
    tokens.push(document.value);
    depths.push(0);
  }
  for (let token = tokens.pop(); token !== undefined; token = tokens.pop()) {
    const depth = depths.pop()! + 1;
    if (depth > MAX_NESTING_DEPTH) return token.offset;
    for (const item of token.items) {
      if (item.value !== undefined && isCollectionToken(item.value)) {
        tokens.push(item.value);
        depths.push(depth);
      }
      if (item.key !== undefined && item.key !== null && isCollectionToken(item.key)) {
        tokens.push(item.key);
        depths.push(depth);
      }
    }
  }
  return undefined;
}

type CollectionToken = CST.BlockMap | CST.BlockSequence | CST.FlowCollection;

function isCollectionToken(token: CST.Token): token is CollectionToken {
  return token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection';
}

const NESTING_LIMIT: SyntaxData = { limit: MAX_NESTING_DEPTH };

function oneLine(message: string): string {
  return message.replace(/\s+/g, ' ').trim();
}

function lineEnd(text: string, offset: number): number {
  let end = offset;
  while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
  return end;
}

/** A problem that makes `data` unusable (alias bomb, cycle, too deep); caught in `readYaml`. */
class BuildFailure {
  constructor(
    readonly code: SyntaxCode,
    readonly data: SyntaxData | undefined,
    readonly start: number,
    readonly end: number,
  ) {}
}

/** What an anchored node converted to, for the aliases that refer to it. */
interface Converted {
  value: unknown;
  /** Nesting levels of `value` (a scalar is 0), aliases expanded. */
  height: number;
  /** Number of nodes in `value`, aliases expanded. */
  size: number;
}

/**
 * YAML AST → plain data. Recursive, which is safe: the CST check bounds the AST to
 * MAX_NESTING_DEPTH levels, and `convert` enforces the same bound on the data (tags add a level,
 * aliases add what they refer to).
 */
class DataBuilder {
  readonly duplicates: ReadResult['duplicates'] = [];
  readonly unknownTags: ReadResult['unknownTags'] = [];
  readonly aliasTargets = new Map<Node, Node>();
  /** Anchor name → the node that defined it most recently (YAML lets a name be redefined). */
  private readonly anchors = new Map<string, Node>();
  private readonly anchored = new Map<Node, Converted>();
  /** Anchored nodes being converted: an alias to one of them would make `data` cyclic. */
  private readonly open = new Set<Node>();
  /** Pointer tokens of the node being converted; turned into a pointer only for problems. */
  private readonly path: string[] = [];
  private aliasExpansion = 0;
  /** Height and size of the value `convert` returned last (saves an object per node). */
  private height = 0;
  private size = 0;

  constructor(private readonly text: string) {}

  convert(node: Node | null | undefined, depth: number): unknown {
    if (node === null || node === undefined) {
      this.height = 0;
      this.size = 1;
      return null;
    }
    if (isAlias(node)) return this.convertAlias(node, depth);

    const anchor = node.anchor;
    if (anchor !== undefined) {
      this.anchors.set(anchor, node);
      this.open.add(node);
    }
    let value: unknown;
    const tag = node.tag;
    const longForm = tag === undefined ? undefined : CFN_TAGS.get(tag);
    if (tag !== undefined && longForm === undefined && !STANDARD_TAGS.has(tag)) {
      // Unknown tag (`!Rain::Embed`): an unknown value for the resolver, never an error. Its
      // content is not read (anchors inside it stay unknown to later aliases).
      const written = displayTag(tag);
      this.unknownTags.push({ pointer: this.pointer(), tag: written, node });
      value = { [UNKNOWN_TAG_KEY]: written };
      this.height = 1;
      this.size = 2;
    } else {
      const wrapped = longForm !== undefined;
      if (wrapped) this.path.push(longForm);
      const inner = wrapped ? depth + 1 : depth;
      if (inner > MAX_NESTING_DEPTH) this.fail('yaml/too-deep', NESTING_LIMIT, node);
      if (isMap(node)) value = this.convertMap(node.items, inner);
      else if (isSeq(node)) value = this.convertSeq(node.items, inner);
      else value = this.scalarValue(node, longForm);
      if (wrapped) {
        this.path.pop();
        const object: Record<string, unknown> = {};
        setDataProperty(object, longForm, value);
        value = object;
        this.height += 1;
        this.size += 1;
      }
    }
    if (anchor !== undefined) {
      this.anchored.set(node, { value, height: this.height, size: this.size });
      this.open.delete(node);
    }
    return value;
  }

  private convertAlias(alias: Node & { source: string }, depth: number): unknown {
    const target = this.anchors.get(alias.source);
    const converted = target === undefined ? undefined : this.anchored.get(target);
    if (target === undefined || (converted === undefined && !this.open.has(target))) {
      this.fail('yaml/unknown-alias', { alias: alias.source }, alias);
    }
    if (converted === undefined) {
      this.fail('yaml/recursive-alias', { alias: alias.source }, alias);
    }
    this.aliasTargets.set(alias, target as Node);
    // Data shares the anchored value instead of copying it, so memory stays linear; the bound
    // protects every later walk over the data, which does see the expansion.
    this.aliasExpansion += converted.size;
    if (this.aliasExpansion > MAX_ALIAS_EXPANSION) {
      this.fail('yaml/alias-limit', { limit: MAX_ALIAS_EXPANSION }, alias);
    }
    if (depth + converted.height > MAX_NESTING_DEPTH) this.fail('yaml/too-deep', NESTING_LIMIT, alias);
    this.height = converted.height;
    this.size = converted.size;
    return converted.value;
  }

  private convertMap(items: Array<Pair<unknown, unknown>>, depth: number): Record<string, unknown> {
    const object: Record<string, unknown> = {};
    /** Mappings merged in by `<<` keys, each yielding to the ones after it (see withMerged). */
    let merged: Array<Record<string, unknown>> | undefined;
    let height = 0;
    let size = 1;
    for (const pair of items) {
      const keyNode = asNode(pair.key);
      // An anchored key may be aliased later, an alias key must be resolved (and counted):
      // convert both kinds so the builder knows them. Plain keys need no conversion.
      if (keyNode !== undefined && (keyNode.anchor !== undefined || isAlias(keyNode))) this.convert(keyNode, depth + 1);
      if (isMergeKey(keyNode, this.aliasTargets)) {
        this.path.push(MERGE_KEY);
        merged ??= [];
        for (const source of this.mergeSources(asNode(pair.value), depth + 1)) merged.push(source);
        this.path.pop();
        // The merged pairs sit at this mapping's level: a source's height, not one more. Its
        // size is an upper bound of what it adds (keys it shares with others are counted twice).
        if (this.height > height) height = this.height;
        size += this.size;
        continue;
      }
      const key = keyString(keyNode, this.text, this.aliasTargets);
      // Only keys written in this mapping are duplicates: one that overrides a merged key is what
      // merging is for.
      if (Object.hasOwn(object, key) && keyNode !== undefined) {
        this.duplicates.push({ pointer: this.pointer(), key, node: keyNode });
      }
      this.path.push(key);
      const value = this.convert(asNode(pair.value), depth + 1);
      this.path.pop();
      // Last value wins, as in CloudFormation (and JSON.parse).
      setDataProperty(object, key, value);
      if (this.height + 1 > height) height = this.height + 1;
      size += this.size;
    }
    this.height = height;
    this.size = size;
    return merged === undefined ? object : withMerged(object, merged);
  }

  /**
   * The mappings a `<<` key merges in, as PyYAML's `flatten_mapping` reads them (the reader of
   * `aws cloudformation package` and `deploy`, which expand merge keys before CloudFormation sees
   * the template): a mapping, or a sequence of mappings, each written in place or an alias.
   * Returned each yielding to the ones after it: a sequence's items reversed, since its earlier
   * items win (and a later `<<` key in the same mapping wins over an earlier one, as in PyYAML).
   * Converting the value charges every alias in it to the alias bound, so merging cannot expand
   * more than aliasing could. Anything else (a scalar, a tagged node) is an error, as in PyYAML.
   */
  private mergeSources(node: Node | undefined, depth: number): Array<Record<string, unknown>> {
    const value = this.convert(node, depth);
    const target = node === undefined ? undefined : this.resolved(node);
    if (target !== undefined && isMap(target) && syntheticKey(target) === undefined) {
      return [value as Record<string, unknown>];
    }
    if (target !== undefined && isSeq(target) && syntheticKey(target) === undefined && Array.isArray(value)) {
      for (const item of target.items) {
        const itemNode = asNode(item);
        const source = itemNode === undefined ? undefined : this.resolved(itemNode);
        // Point at what the `<<` is given: the alias, or the item written in place.
        if (source === undefined || !isMap(source) || syntheticKey(source) !== undefined)
          this.failMerge(isAlias(node) ? node : (itemNode ?? target));
      }
      return (value as Array<Record<string, unknown>>).slice().reverse();
    }
    return this.failMerge(node);
  }

  private resolved(node: Node): Node | undefined {
    return isAlias(node) ? this.aliasTargets.get(node) : node;
  }

  private failMerge(node: Node | undefined): never {
    const range = node?.range;
    throw new BuildFailure('yaml/merge-not-mapping', undefined, range?.[0] ?? 0, range?.[1] ?? 0);
  }

  private convertSeq(items: unknown[], depth: number): unknown[] {
    const array: unknown[] = new Array(items.length);
    let height = 0;
    let size = 1;
    for (let i = 0; i < items.length; i++) {
      this.path.push(String(i));
      array[i] = this.convert(asNode(items[i]), depth + 1);
      this.path.pop();
      if (this.height + 1 > height) height = this.height + 1;
      size += this.size;
    }
    this.height = height;
    this.size = size;
    return array;
  }

  private scalarValue(node: Node, longForm: string | undefined): unknown {
    this.height = 0;
    this.size = 1;
    if (!isScalar(node)) return null;
    const value = node.value;
    if (longForm === 'Fn::GetAtt' && typeof value === 'string') {
      // `!GetAtt A.B.C` → ["A", "B.C"]: logical IDs have no dots, attribute names may.
      const dot = value.indexOf('.');
      if (dot < 0) return value;
      this.height = 1;
      this.size = 3;
      return [value.slice(0, dot), value.slice(dot + 1)];
    }
    if (typeof value === 'number' && node.type === 'PLAIN' && node.tag === undefined) {
      // YAML 1.2 reads `012345678901` as 12345678901; YAML 1.1 (which CloudFormation follows)
      // keeps it a string. The digits matter more than the number: account IDs look like this.
      const source = (node as { source?: unknown }).source;
      if (typeof source === 'string' && LEADING_ZERO_INTEGER.test(source)) return source;
    }
    if (value === undefined) return null;
    return value;
  }

  private pointer(): Pointer {
    return joinPointer('', ...this.path);
  }

  private fail(code: SyntaxCode, data: SyntaxData | undefined, node: Node): never {
    const range = node.range;
    throw new BuildFailure(code, data, range?.[0] ?? 0, range?.[1] ?? 0);
  }
}

function asNode(value: unknown): Node | undefined {
  return value !== null && typeof value === 'object' && 'range' in value ? (value as Node) : undefined;
}

const MERGE_KEY = '<<';

/**
 * Whether a mapping key is a YAML 1.1 merge key: a plain `<<` (or one tagged `!!merge`), which the
 * composer (with `merge: true`) turns into a symbol. A quoted `"<<"` stays an ordinary key, as in
 * PyYAML, whose resolver types plain scalars only.
 */
function isMergeKey(node: Node | undefined, aliasTargets: Map<Node, Node>): boolean {
  const key = node !== undefined && isAlias(node) ? aliasTargets.get(node) : node;
  return key !== undefined && isScalar(key) && typeof key.value === 'symbol';
}

/**
 * A mapping's own pairs with the pairs of the mappings it merges, as PyYAML's `flatten_mapping`
 * puts them: the merged pairs first, in `merged`'s order, then the mapping's own, the last value
 * of a key winning. So the mapping's own keys override merged ones wherever they are written
 * (https://yaml.org/type/merge.html). Values are shared, not copied, like an alias's.
 */
function withMerged(
  own: Record<string, unknown>,
  merged: ReadonlyArray<Record<string, unknown>>,
): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const source of merged) {
    for (const key of Object.keys(source)) setDataProperty(result, key, source[key]);
  }
  for (const key of Object.keys(own)) setDataProperty(result, key, own[key]);
  return result;
}

/**
 * The string a mapping key becomes: a scalar's text as written (after unescaping), so keys stay
 * exactly what the author typed (`0x10`, `~`, `true` are keys, not numbers or null); any other
 * key (a collection, rare and meaningless to CloudFormation) its source text.
 */
function keyString(node: Node | undefined, text: string, aliasTargets: Map<Node, Node>): string {
  if (node === undefined) return '';
  const target = isAlias(node) ? aliasTargets.get(node) : node;
  if (target !== undefined && isScalar(target)) {
    const source = (target as { source?: unknown }).source;
    return typeof source === 'string' ? source : String(target.value);
  }
  const range = node.range;
  return range ? text.slice(range[0], range[1]).trim() : '';
}

interface YamlParts {
  doc: Document.Parsed | undefined;
  data: unknown;
  errors: PendingProblem[];
  duplicates: ReadResult['duplicates'];
  unknownTags: ReadResult['unknownTags'];
  aliasTargets: Map<Node, Node>;
}

class YamlDocument extends TextDocument {
  readonly format: SourceFormat = 'yaml';
  readonly data: unknown;
  readonly syntaxErrors: readonly SyntaxProblem[];
  readonly duplicateKeys: readonly DuplicateKey[];
  readonly unknownTags: readonly UnknownTag[];
  private readonly doc: Document.Parsed | undefined;
  private readonly aliasTargets: Map<Node, Node>;
  /** A mapping's `<<` pairs, found on first use (most mappings have none). */
  private readonly mergePairs = new Map<YAMLMap<unknown, unknown>, Array<Pair<unknown, unknown>>>();

  constructor(file: string, text: string, source: string, parts: YamlParts) {
    super(file, text, source);
    this.data = parts.data;
    this.doc = parts.doc;
    this.aliasTargets = parts.aliasTargets;
    // Problems are rare: computing their positions now (not lazily) keeps the fields plain.
    this.syntaxErrors = parts.errors
      .slice(0, MAX_SYNTAX_ERRORS)
      .map((e) => ({ ...syntaxDiagnostic(e.code, e.data), range: this.lines.range(e.start, e.end) }));
    this.duplicateKeys = parts.duplicates.map((d) => ({
      pointer: d.pointer,
      key: d.key,
      range: this.nodeRange(d.node),
    }));
    this.unknownTags = parts.unknownTags.map((u) => ({
      pointer: u.pointer,
      tag: u.tag,
      range: this.nodeRange(u.node),
    }));
  }

  protected locateUnsafe(pointer: Pointer, which: 'value' | 'key'): Range {
    const root = this.doc?.contents;
    if (root === null || root === undefined) return startOfText();
    let node: Node = root;
    /** The key node of `node` when it is a mapping value; `'tag'` when `node` was reached through its tag's synthetic key. */
    let key: Node | 'tag' | undefined;
    /** Whether the synthetic key of `node`'s tag has been passed: further tokens go into its children. */
    let enteredTag = false;
    for (const token of splitPointer(pointer)) {
      if (isAlias(node)) {
        const target = this.aliasTargets.get(node);
        if (target === undefined) break;
        node = target;
      }
      const synthetic = enteredTag ? undefined : syntheticKey(node);
      if (synthetic !== undefined) {
        if (token !== synthetic) break;
        enteredTag = true;
        key = 'tag';
        continue;
      }
      // Past an unknown tag's marker, or into a tagged scalar: nothing deeper exists in the text.
      if (enteredTag && (isScalar(node) || !CFN_TAGS.has(node.tag ?? ''))) break;
      let next: Node | undefined;
      let nextKey: Node | undefined;
      if (isMap(node)) {
        const pair = this.member(node, token);
        if (pair !== undefined) {
          nextKey = asNode(pair.key);
          next = asNode(pair.value) ?? nextKey;
        }
      } else if (isSeq(node) && ARRAY_INDEX.test(token)) {
        next = asNode(node.items[Number(token)]);
      }
      if (next === undefined) break;
      node = next;
      key = nextKey;
      enteredTag = false;
    }
    if (which === 'key' && key !== undefined) {
      return key === 'tag' ? this.tagRange(node) : this.nodeRange(key);
    }
    return this.nodeRange(node);
  }

  /**
   * The pair of a mapping with key `token`: the last one written in it, which `data` kept, or else
   * the pair a `<<` merge key brought in, found where it is written (in the merged mapping, which
   * is what an author edits; an alias is located the same way). Large mappings (a `Resources`
   * section of thousands) get a key index on first use, so locating every finding of a big
   * template does not scan the section once per finding.
   */
  private member(map: YAMLMap<unknown, unknown>, token: string): Pair<unknown, unknown> | undefined {
    return this.ownMember(map, token) ?? this.mergedMember(map, token);
  }

  private ownMember(map: YAMLMap<unknown, unknown>, token: string): Pair<unknown, unknown> | undefined {
    return this.lastMember(map, map.items as Array<Pair<unknown, unknown>>, (pair) => this.ownKey(pair), token);
  }

  /** A pair's key as `data` has it; undefined for a `<<` merge key, whose pairs are the merged mappings'. */
  private ownKey(pair: Pair<unknown, unknown>): string | undefined {
    const key = asNode(pair.key);
    return isMergeKey(key, this.aliasTargets) ? undefined : keyString(key, this.source, this.aliasTargets);
  }

  /**
   * The pair with key `token` among the mappings `map` merges, searched in the order that decided
   * the value (DataBuilder.mergeSources): later `<<` keys first, a sequence's items in order, and
   * within each source its own pairs before the ones it merges in turn. Only mappings that
   * converted without error are here, so every alias resolves and no chain loops.
   */
  private mergedMember(map: YAMLMap<unknown, unknown>, token: string): Pair<unknown, unknown> | undefined {
    let merges = this.mergePairs.get(map);
    if (merges === undefined) {
      merges = (map.items as Array<Pair<unknown, unknown>>).filter((pair) =>
        isMergeKey(asNode(pair.key), this.aliasTargets),
      );
      this.mergePairs.set(map, merges);
    }
    for (let i = merges.length - 1; i >= 0; i--) {
      const pair = merges[i] as Pair<unknown, unknown>;
      const value = this.resolved(asNode(pair.value));
      const sources = isSeq(value) ? value.items.map((item) => this.resolved(asNode(item))) : [value];
      for (const source of sources) {
        const found = isMap(source) ? this.member(source, token) : undefined;
        if (found !== undefined) return found;
      }
    }
    return undefined;
  }

  private resolved(node: Node | undefined): Node | undefined {
    return node !== undefined && isAlias(node) ? this.aliasTargets.get(node) : node;
  }

  /** A node's range, from its tag when it has one that matters (`!Ref X` starts at `!`). */
  private nodeRange(node: Node): Range {
    const range = node.range;
    if (!range) return startOfText();
    const start = syntheticKey(node) !== undefined ? this.tagStart(node) : range[0];
    return this.lines.range(start, trimEnd(this.source, start, range[1]));
  }

  /** The range of the tag itself (`!GetAtt`), or the node's start when it cannot be found. */
  private tagRange(node: Node): Range {
    const start = this.tagStart(node);
    const tag = displayTag(node.tag ?? '');
    return this.lines.range(start, this.source.startsWith(tag, start) ? start + tag.length : start);
  }

  /**
   * Offset of the node's tag. The AST keeps only the value's offset, so look back from it for the
   * tag text; between the two only spaces, line breaks, comments and an anchor may stand. Called
   * only for positions, never while parsing.
   */
  private tagStart(node: Node): number {
    const valueStart = node.range?.[0] ?? 0;
    if (node.tag === undefined) return valueStart;
    const tag = displayTag(node.tag);
    const at = this.source.lastIndexOf(tag, valueStart - tag.length);
    if (at < 0 || valueStart - at > 4096) return valueStart;
    const between = this.source.slice(at + tag.length, valueStart);
    return TAG_GAP.test(between) ? at : valueStart;
  }
}

/** What may separate a tag from its value: whitespace, comments, an anchor. */
const TAG_GAP = /^(?:[ \t\r\n]+|&[^ \t\r\n]+|#[^\r\n]*)*$/;

/** The key a tagged node has in `data`: `Ref`, `Fn::GetAtt`, … or the unknown-tag marker's key. */
function syntheticKey(node: Node): string | undefined {
  const tag = node.tag;
  if (tag === undefined || STANDARD_TAGS.has(tag)) return undefined;
  return CFN_TAGS.get(tag) ?? UNKNOWN_TAG_KEY;
}

/** End offset without trailing whitespace (block nodes end after their last line break). */
function trimEnd(text: string, start: number, end: number): number {
  let at = Math.min(end, text.length);
  while (at > start) {
    const ch = text.charCodeAt(at - 1);
    if (ch !== 32 && ch !== 9 && ch !== 10 && ch !== 13) break;
    at--;
  }
  return at;
}
