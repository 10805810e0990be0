/**
 * Text from the user's files (logical IDs, Descriptions, Sids, file names, suppression reasons,
 * baseline entries, config values) reaches two readers that act on characters: a terminal, which
 * obeys escape sequences (window title, clear screen, hyperlinks), and the GitHub Actions runner,
 * which obeys any output line that starts with `::command` (after leading spaces) or contains
 * `##[command]` anywhere (its legacy form). A pull request must not be able to forge
 * annotations, `::add-mask::` or `::stop-commands::` (which silences every later annotation)
 * through what the linter prints, nor disguise text with bidi overrides ("Trojan Source",
 * CVE-2021-42574).
 *
 * `printable` is the one place that makes such a value safe to print on a line of human-readable
 * output: every control character is shown, never obeyed, so the value stays on its line:
 * - `\t`, `\n`, `\r` become the two characters `\t`, `\n`, `\r`;
 * - other C0 controls, DEL and C1 controls become `\xHH` (ESC is `\x1b`);
 * - U+2028, U+2029, the bidi embeddings/overrides U+202A–U+202E, isolates U+2066–U+2069 and the
 *   marks U+200E, U+200F, U+061C become `\uHHHH`;
 * - `##[` becomes `##\x5b`, and a value that starts (after spaces) with `::` has that first `:`
 *   shown as `\x3a`, so no value can be read as a workflow command wherever it lands on a line.
 * Backslashes are left alone (Windows paths stay readable): the rendering is for eyes, not for
 * round-tripping; machine-readable formats (JSON, SARIF) carry the exact value.
 */

// Runs of characters are replaced one by one; the class is explicit so a reader can check it.

const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Record<string, string> = { '\t': '\\t', '\n': '\\n', '\r': '\\r' };

function hex(code: number, width: number): string {
  return code.toString(16).padStart(width, '0');
}

function escapeCharacter(ch: string): string {
  const named = NAMED[ch];
  if (named !== undefined) return named;
  const code = ch.charCodeAt(0);
  return code <= 0xff ? `\\x${hex(code, 2)}` : `\\u${hex(code, 4)}`;
}

/** The value, safe to print inside one line of a terminal or CI log (see the module comment). */
export function printable(value: string): string {
  const shown = value.replace(UNSAFE, escapeCharacter).replace(/##\[/g, '##\\x5b');
  const lead = shown.length - shown.trimStart().length;
  return shown.startsWith('::', lead) ? `${shown.slice(0, lead)}\\x3a${shown.slice(lead + 1)}` : shown;
}

/**
 * Several lines (a stack trace, a multi-line message), each made printable: line breaks stay
 * line breaks, and no line can start a workflow command.
 */
export function printableLines(text: string): string {
  return text
    .split(/\r\n|\r|\n|\u2028|\u2029/)
    .map(printable)
    .join('\n');
}

const JSON_UNSAFE = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * JSON text from JSON.stringify with the characters it leaves raw (DEL, C1, line separators,
 * bidi controls) written as `\uHHHH` escapes too: the same value for a parser, nothing a
 * terminal obeys when someone `cat`s the report. Safe on the whole text: outside strings,
 * JSON.stringify output is ASCII.
 */
export function asciiSafeJson(json: string): string {
  return json.replace(JSON_UNSAFE, (ch) => `\\u${hex(ch.charCodeAt(0), 4)}`);
}
