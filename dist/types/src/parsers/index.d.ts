import type { ParsedDocument, SourceFormat } from './types.js';
export * from './types.js';
export { parseJson } from './json.js';
export { parseYaml } from './yaml.js';
export { LineIndex } from './line-index.js';
/**
 * Parse `text` as `format`, or as the format `detectFormat` picks. Never throws: unreadable
 * input comes back with `syntaxErrors` set.
 */
export declare function parseText(file: string, text: string, format?: SourceFormat): ParsedDocument;
/**
 * `.json` → json; `.yaml`/`.yml` → yaml; otherwise json when the first non-whitespace character
 * is `{` or `[` and the whole text is valid JSON, else yaml (CloudFormation accepts both in a
 * `.template`, and a JSON file with a trailing comma is still valid YAML).
 */
export declare function detectFormat(file: string, text: string): SourceFormat;
