/**
 * Ignore patterns in gitignore syntax (`.cognito-iam-lintignore`, the config's `ignores`), matched
 * with the linear-time globs of src/util/glob.ts: the file comes from the repository being linted.
 *
 * The meaning is git's (https://git-scm.com/docs/gitignore#_pattern_format): blank lines and `#`
 * lines are nothing (`\#` is a literal `#`); trailing spaces are dropped unless escaped; `!`
 * re-includes what an earlier pattern excluded (`\!` is a literal `!`); a trailing `/` matches
 * directories only; a pattern with a `/` at its start or middle is anchored at the folder of the
 * file, one without matches at any depth; `*`, `?`, `[…]` stay within a segment and `**` spans
 * segments. As in git, nothing below an ignored directory can be re-included, and braces are
 * literal characters (not minimatch's alternatives).
 */
import { compileGlob, isGlobRefusal, type Glob } from './glob.js';

interface IgnoreRule {
  readonly glob: Glob;
  readonly negate: boolean;
  readonly directoryOnly: boolean;
}

export interface IgnoreList {
  /**
   * Whether `path` ('/'-separated, relative to the folder the patterns are relative to) is ignored:
   * the path itself, or a directory above it. `isDirectory` says what the last segment is.
   */
  ignores(path: string, isDirectory: boolean): boolean;
}

/** A line that cannot be used: its 1-based number and why (completes "the glob …"). */
export interface IgnoreLineError {
  line: number;
  refused: string;
}

/** Compiles the lines of an ignore file (or the config's `ignores`). Never throws; refused lines are listed. */
export function compileIgnore(lines: readonly string[]): { list: IgnoreList; errors: IgnoreLineError[] } {
  const rules: IgnoreRule[] = [];
  const errors: IgnoreLineError[] = [];
  lines.forEach((raw, index) => {
    const rule = compileLine(raw);
    if (rule === undefined) return;
    if ('refused' in rule) errors.push({ line: index + 1, refused: rule.refused });
    else rules.push(rule);
  });
  return { list: { ignores: (path, isDirectory) => ignored(rules, path, isDirectory) }, errors };
}

function compileLine(raw: string): IgnoreRule | { refused: string } | undefined {
  let line = raw.replace(/\r$/, '');
  // Trailing spaces go, except an escaped one (`a\ `); scanned from the end, so linear.
  let end = line.length;
  while (end > 0 && line[end - 1] === ' ' && line[end - 2] !== '\\') end -= 1;
  line = line.slice(0, end);
  if (line === '' || line.startsWith('#')) return undefined;
  let negate = false;
  if (line.startsWith('!')) {
    negate = true;
    line = line.slice(1);
  }
  let directoryOnly = false;
  if (line.endsWith('/') && !line.endsWith('\\/')) {
    directoryOnly = true;
    line = line.replace(/\/+$/, '');
  }
  if (line === '') return undefined;
  // Anchored when a `/` is at the start or in the middle; otherwise the name matches at any depth.
  const anchored = line.includes('/');
  const body = line.replace(/^\/+/, '');
  // Braces are literal in git; glob.ts would expand them. A leading `!` or `#` left after the
  // processing above (`\!x`, `\#x`) is already escaped.
  const pattern = (anchored ? '' : '**/') + body.replace(/(?<!\\)[{}]/g, '\\$&');
  const glob = compileGlob(pattern);
  if (isGlobRefusal(glob)) return glob;
  return { glob, negate, directoryOnly };
}

/**
 * git's verdict: the first directory above the path that is ignored ignores it (no re-include
 * below it); otherwise the last rule matching the path itself decides.
 */
function ignored(rules: readonly IgnoreRule[], path: string, isDirectory: boolean): boolean {
  if (rules.length === 0 || path === '' || path === '.') return false;
  const parts = path.split('/').filter((p) => p !== '' && p !== '.');
  for (let i = 1; i <= parts.length; i++) {
    const candidate = parts.slice(0, i).join('/');
    const directory = i < parts.length || isDirectory;
    let verdict = false;
    for (const rule of rules) {
      if (rule.directoryOnly && !directory) continue;
      if (rule.glob.match(candidate)) verdict = !rule.negate;
    }
    if (verdict) return true;
  }
  return false;
}
