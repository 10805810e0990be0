/**
 * A document the linter builds in memory over the text of one it read: data of its own (a template an
 * Amplify `cli-inputs.json` or an account description stands for), every node located at the place in the
 * read document it comes from, so findings point at the setting that made them.
 */
import type { ParsedDocument, Pointer } from './types.js';

export function synthesisedDocument(
  over: ParsedDocument,
  data: unknown,
  origin: (pointer: Pointer) => Pointer,
): ParsedDocument {
  return {
    file: over.file,
    format: over.format,
    data,
    syntaxErrors: [],
    duplicateKeys: [],
    unknownTags: [],
    size: over.size,
    text: over.text,
    locate: (pointer, which) => over.locate(origin(pointer), which),
  };
}
