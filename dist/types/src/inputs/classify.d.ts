/**
 * What kind of input a parsed document is, decided from its data alone (plus the file name for
 * Amplify's parameters.json, which has no shape of its own).
 */
import type { ParsedDocument } from '../parsers/types.js';
export type DocumentKind = 'template' | 'resources-fragment' | 'iam' | 'cdk-manifest' | 'amplify-parameters' | 'other';
export declare function isPlainObject(value: unknown): value is Record<string, unknown>;
/** True when the document has data worth looking at: syntax errors with nothing (or no object) read count as unparseable. */
export declare function hasUsableData(doc: ParsedDocument): boolean;
export declare function classifyDocument(doc: ParsedDocument): DocumentKind;
