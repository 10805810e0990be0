/**
 * What the JSON and YAML documents share: their text with its line index, and a `locate` that
 * never throws.
 */
import { LineIndex, startOfText } from './line-index.js';
import type { DuplicateKey, ParsedDocument, Pointer, Range, SourceFormat, SyntaxProblem, UnknownTag } from './types.js';

/** RFC 6901 array index: digits without leading zeros. */
export const ARRAY_INDEX = /^(?:0|[1-9][0-9]*)$/;

/** Maps with more members than this get a key index in `locate`; smaller ones are scanned. */
const SMALL_MAP = 16;

export abstract class TextDocument implements ParsedDocument {
  abstract readonly format: SourceFormat;
  abstract readonly data: unknown;
  abstract readonly syntaxErrors: readonly SyntaxProblem[];
  abstract readonly duplicateKeys: readonly DuplicateKey[];
  abstract readonly unknownTags: readonly UnknownTag[];
  readonly size: number;
  protected readonly lines: LineIndex;
  private readonly memberIndexes = new Map<object, Map<string, unknown>>();

  /**
   * @param text the text as given (what `text` exposes: line hashes are computed from it)
   * @param source the text without its BOM, which offsets refer to
   */
  constructor(
    readonly file: string,
    readonly text: string,
    protected readonly source: string,
  ) {
    this.size = text.length;
    this.lines = new LineIndex(source);
  }

  // An arrow property, so that `const { locate } = doc` keeps working. A position is worth less
  // than the finding it places: a walk that fails lands on the start of the text.
  readonly locate = (pointer: Pointer, which: 'value' | 'key' = 'value'): Range => {
    try {
      return this.locateUnsafe(pointer, which);
    } catch {
      return startOfText();
    }
  };

  /**
   * The last member of `map` whose key is `token`: the one `data` kept. `keyOf` is undefined for a
   * member that has no key of its own (a YAML `<<`). Large maps (a `Resources` section of
   * thousands) get a key index on first use, so locating every finding of a big template does not
   * scan the section once per finding.
   */
  protected lastMember<M>(
    map: object,
    members: readonly M[],
    keyOf: (member: M) => string | undefined,
    token: string,
  ): M | undefined {
    if (members.length <= SMALL_MAP) {
      for (let i = members.length - 1; i >= 0; i--) {
        if (keyOf(members[i] as M) === token) return members[i];
      }
      return undefined;
    }
    let index = this.memberIndexes.get(map);
    if (index === undefined) {
      index = new Map();
      for (const member of members) {
        const key = keyOf(member);
        if (key !== undefined) index.set(key, member); // later ones overwrite
      }
      this.memberIndexes.set(map, index);
    }
    return index.get(token) as M | undefined;
  }

  protected abstract locateUnsafe(pointer: Pointer, which: 'value' | 'key'): Range;
}
