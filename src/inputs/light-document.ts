/**
 * A large document kept as its text only (issue 12, class 8): a 48 MB template's parse tree and
 * position indexes weigh far more than its text, and a run of several such files must not hold
 * all their trees at once. The loader parses the file, classifies it and keeps this in its place;
 * the condition plan (src/engine/lint-plan.ts) parses each linked group again when it lints it
 * (`freshParse`) and drops it after. Whoever else reads `data` (the CLI after the run, `--shard`,
 * the HTML graph) gets a parse that lives until `release()`.
 */
import type {
  DuplicateKey,
  ParsedDocument,
  Pointer,
  Range,
  SourceFormat,
  SyntaxProblem,
  UnknownTag,
} from '../parsers/types.js';

/** Files this large (in characters) are kept as text between their uses: far above any real template (1 MB), so small runs parse once. */
export const LIGHT_DOCUMENT_CHARS = 8 * 1024 * 1024;

export class LightDocument implements ParsedDocument {
  readonly file: string;
  readonly format: SourceFormat;
  readonly text: string;
  readonly size: number;
  readonly syntaxErrors: readonly SyntaxProblem[];
  private parsed: ParsedDocument | undefined;

  constructor(
    first: ParsedDocument,
    private readonly reparse: (file: string, text: string) => ParsedDocument,
  ) {
    this.file = first.file;
    this.format = first.format;
    this.text = first.text;
    this.size = first.size;
    this.syntaxErrors = first.syntaxErrors;
    this.parsed = first;
  }

  /** A new parse of the text, not kept here: its owner drops it when done. */
  freshParse(): ParsedDocument {
    return this.reparse(this.file, this.text);
  }

  /** Drops the parse kept for readers of `data` (the next one parses again). */
  release(): void {
    this.parsed = undefined;
  }

  /** Whether a parse is kept (tests: a run of large files keeps none once linted). */
  holdsTree(): boolean {
    return this.parsed !== undefined;
  }

  private tree(): ParsedDocument {
    return (this.parsed ??= this.freshParse());
  }

  get data(): unknown {
    return this.tree().data;
  }

  get duplicateKeys(): readonly DuplicateKey[] {
    return this.tree().duplicateKeys;
  }

  get unknownTags(): readonly UnknownTag[] {
    return this.tree().unknownTags;
  }

  locate(pointer: Pointer, which?: 'value' | 'key'): Range {
    return this.tree().locate(pointer, which);
  }
}

/**
 * The document as the loader keeps it: large ones that parsed cleanly as text only (a document
 * with syntax errors keeps its parse: its errors may come from decoding, which a parse of the
 * text alone would not repeat).
 */
export function lighten(
  doc: ParsedDocument,
  reparse: (file: string, text: string) => ParsedDocument,
  minChars: number,
): ParsedDocument {
  if (doc.text.length < minChars || doc.syntaxErrors.length > 0 || doc.embeddedIn || doc.viewOf) return doc;
  return new LightDocument(doc, reparse);
}

/** Drops what every light document of the inputs holds beyond its text. */
export function releaseParses(documents: Iterable<ParsedDocument>): void {
  for (const doc of documents) if (doc instanceof LightDocument) doc.release();
}
