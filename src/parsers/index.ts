/**
 * Text → ParsedDocument, whatever the format. The only entry point the input layer needs.
 */
import { parseJson } from './json.js';
import { parseYaml } from './yaml.js';
import type { ParsedDocument, SourceFormat } from './types.js';

export * from './types.js';
export { parseJson } from './json.js';
export { parseYaml } from './yaml.js';
export { LineIndex } from './line-index.js';

/**
 * Parse `text` as `format`, or as the format `detectFormat` picks. Never throws: unreadable
 * input comes back with `syntaxErrors` set.
 */
export function parseText(file: string, text: string, format?: SourceFormat): ParsedDocument {
  const chosen = format ?? formatFromExtension(file);
  if (chosen === 'json') return parseJson(file, text);
  if (chosen === 'yaml') return parseYaml(file, text);
  // No telling extension (`.template`, none): JSON if it looks like JSON and reads as JSON.
  // The JSON attempt is kept, not repeated, when it succeeds.
  if (looksLikeJson(text)) {
    const json = parseJson(file, text);
    if (json.syntaxErrors.length === 0) return json;
  }
  return parseYaml(file, text);
}

/**
 * `.json` → json; `.yaml`/`.yml` → yaml; otherwise json when the first non-whitespace character
 * is `{` or `[` and the whole text is valid JSON, else yaml (CloudFormation accepts both in a
 * `.template`, and a JSON file with a trailing comma is still valid YAML).
 */
export function detectFormat(file: string, text: string): SourceFormat {
  const byExtension = formatFromExtension(file);
  if (byExtension !== undefined) return byExtension;
  return looksLikeJson(text) && parseJson(file, text).syntaxErrors.length === 0 ? 'json' : 'yaml';
}

function formatFromExtension(file: string): SourceFormat | undefined {
  const name = file.toLowerCase();
  if (name.endsWith('.json')) return 'json';
  if (name.endsWith('.yaml') || name.endsWith('.yml')) return 'yaml';
  return undefined;
}

/** First character after a BOM and whitespace is `{` or `[`. */
function looksLikeJson(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 0xfeff && i === 0) continue;
    if (ch === 32 || ch === 9 || ch === 10 || ch === 13) continue;
    return ch === 123 || ch === 91;
  }
  return false;
}
