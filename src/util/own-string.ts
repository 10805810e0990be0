/**
 * A copy of a string that shares no memory with the text it was cut from. V8 keeps a substring
 * (`text.slice(…)`, a parsed key or value) as a view on its parent, so a short string remembered
 * by a module-level cache would keep a whole 50 MB template alive for the rest of the process.
 * Caches that outlive a run key by these copies; peak memory then follows the files being linted.
 */
export function ownString(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}
