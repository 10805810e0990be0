/**
 * What every parser produces: plain data plus a way back from a JSON pointer to the exact
 * text range it came from. Positions are computed lazily (only when a finding needs one), so
 * linting thousands of clean files never pays for line/column bookkeeping.
 */

import type { SyntaxDiagnostic } from './syntax-messages.js';

/** 1-based line and column, as editors and SARIF count them. */
export interface Position {
  line: number;
  column: number;
}

/** A text range; `end` is exclusive (the column just after the last character). */
export interface Range {
  start: Position;
  end: Position;
}

/** RFC 6901 JSON pointer into a document's data: '' is the root, '/Resources/AuthRole/Properties'. */
export type Pointer = string;

/** `hcl`: a Terraform source file, scanned only for where its blocks are declared (src/parsers/hcl.ts), never parsed as input. */
export type SourceFormat = 'json' | 'yaml' | 'hcl';

/** A syntax error: the document could not be read (or only partly). */
export interface SyntaxProblem extends SyntaxDiagnostic {
  range: Range;
}

/** An object key written twice; `pointer` is the object holding it, `range` the second occurrence of the key. */
export interface DuplicateKey {
  pointer: Pointer;
  key: string;
  range: Range;
}

/** A YAML tag the reader does not know (`!Rain::Embed`); its value is read as unknown. */
export interface UnknownTag {
  pointer: Pointer;
  tag: string;
  range: Range;
}

/** The marker object an unknown YAML tag becomes in `data`: the resolver reads it as an unknown value. */
export const UNKNOWN_TAG_KEY = 'cognito-iam-lint::UnknownTag';

export interface ParsedDocument {
  /** Path as the user should see it: relative to the working directory, '/'-separated. */
  readonly file: string;
  readonly format: SourceFormat;
  /** Plain JS data (objects, arrays, strings, numbers, booleans, null); CloudFormation short-form tags in their long form. `undefined` when unreadable. */
  readonly data: unknown;
  /** Fatal syntax errors; when non-empty `data` may be undefined or partial. */
  readonly syntaxErrors: readonly SyntaxProblem[];
  readonly duplicateKeys: readonly DuplicateKey[];
  readonly unknownTags: readonly UnknownTag[];
  /**
   * The text range of the node at `pointer` (`which: 'key'` gives the range of the property name instead of the value).
   * When the pointer does not exist, the range of its nearest existing ancestor: what is missing is reported at its parent.
   */
  locate(pointer: Pointer, which?: 'value' | 'key'): Range;
  /** Length of the text in characters (for size statistics). */
  readonly size: number;
  /** The text as read (the line hashes of SARIF fingerprints are computed from it). */
  readonly text: string;
  /**
   * For a document decoded from a string inside another one (a policy written as JSON text):
   * the document and pointer of that string. Every position in this document is that string's.
   */
  readonly embeddedIn?: { readonly doc: ParsedDocument; readonly pointer: Pointer };
  /**
   * For a template as deployed under given condition values (src/dialects/cloudformation/deployed-view.ts): the
   * document as written, and the pointer there of each node of this view.
   */
  readonly viewOf?: { readonly doc: ParsedDocument; original(pointer: Pointer): Pointer };
  /**
   * For a template compiled in memory from files written in another form (a Serverless Framework
   * service, src/inputs/serverless/; a Terraform plan placed at its `.tf` sources,
   * src/inputs/terraform-sources.ts): where each node was written, possibly in another file than
   * `file` (a resource from an included `resources/*.yml`, a resource's `.tf` block). `locate` already answers with that
   * place's range; `place` says which document the range is in (src/parsers/source.ts placeOf).
   * `form` names what it was written in, so a finding's fix is told in that form (src/engine/fix-form.ts).
   */
  readonly compiledFrom?: {
    readonly form: 'serverless' | 'terraform';
    place(pointer: Pointer): { readonly doc: ParsedDocument; readonly pointer: Pointer };
  };
}

/** Escape one reference token for a JSON pointer. */
export function escapePointerToken(token: string | number): string {
  // Every node of every document gets a pointer: most tokens need no escaping, and no copy.
  if (typeof token === 'number') return String(token);
  if (!token.includes('~') && !token.includes('/')) return token;
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Append tokens to a pointer. */
export function joinPointer(base: Pointer, ...tokens: Array<string | number>): Pointer {
  let out = base;
  for (const token of tokens) out += '/' + escapePointerToken(token);
  return out;
}

/** Split a pointer into its unescaped tokens. */
export function splitPointer(pointer: Pointer): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((t) => (t.includes('~') ? t.replace(/~1/g, '/').replace(/~0/g, '~') : t));
}

/**
 * A document of data decoded from a node of `outer` (policy JSON held as a string): it has no text
 * of its own, and `locate` answers with positions in `outer`.
 */
export function embeddedDocument(
  outer: ParsedDocument,
  pointer: Pointer,
  data: unknown,
  locate: ParsedDocument['locate'],
): ParsedDocument {
  return {
    file: outer.file,
    format: outer.format,
    data,
    syntaxErrors: [],
    duplicateKeys: [],
    unknownTags: [],
    size: 0,
    text: outer.text,
    embeddedIn: { doc: outer, pointer },
    locate,
  };
}
