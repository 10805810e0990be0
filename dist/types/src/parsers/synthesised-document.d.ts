/**
 * A document the linter builds in memory over the text of one it read: data of its own (a template an
 * Amplify `cli-inputs.json` or an account description stands for), every node located at the place in the
 * read document it comes from, so findings point at the setting that made them.
 */
import type { ParsedDocument, Pointer } from './types.js';
export declare function synthesisedDocument(over: ParsedDocument, data: unknown, origin: (pointer: Pointer) => Pointer): ParsedDocument;
