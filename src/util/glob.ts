/**
 * Globs from the config file and the command line, matched in time proportional to the length of
 * the pattern times the length of the path.
 *
 * The config file lives in the repository being linted, so its globs are the attacker's too.
 * minimatch compiles a glob to a JavaScript RegExp, which backtracks: `*a*a*a…(×30)b` against a
 * file named `aaaa…(60).json` does not end. The patterns here keep minimatch's meaning (`dot:
 * true`: `*`, `**`, `?`, `[…]` classes, `{a,b}` and `{1..3}` braces expanded by minimatch's own
 * `braceExpand`, `\` escapes, a leading `!` negates, a leading `#` is a comment) but are matched
 * without backtracking: a star inside a path segment by the greedy last-star walk (each other
 * token matches exactly one character, so O(pattern × name)), and `**` across segments by
 * dynamic programming over (pattern segment, path segment). test/util/glob.test.ts checks the
 * meaning against minimatch on random patterns.
 *
 * What cannot be matched that way, or costs too much to compile, is refused (`GlobRefusal`):
 * extended globs (`+(a|b)`, `@(…)`, `!(…)`, `*(…)`, `?(…)`, whose alternatives of any length need
 * a backtracking matcher), patterns over MAX_GLOB_LENGTH and braces expanding to more than
 * MAX_BRACE_EXPANSIONS patterns or MAX_EXPANDED_LENGTH characters.
 */
import { braceExpand } from 'minimatch';

/** Far longer than a glob anyone writes by hand; the cost of a match grows with it. */
export const MAX_GLOB_LENGTH = 1024;
/** Far more alternatives than a hand-written `{a,b,c}` ever has. */
export const MAX_BRACE_EXPANSIONS = 1000;
/** The patterns braces expand to, all together: each file is matched against every one. */
export const MAX_EXPANDED_LENGTH = 16 * 1024;

type Token =
  | { kind: 'char'; char: string }
  | { kind: 'any' }
  | { kind: 'class'; test: (c: string) => boolean }
  | { kind: 'star' };
type Segment = { kind: 'globstar' } | { kind: 'part'; tokens: Token[]; magic: boolean };

export interface Glob {
  readonly source: string;
  match(path: string): boolean;
}

/** Why a glob is not used: completes "the glob …". */
export interface GlobRefusal {
  readonly refused: string;
}

/** A compiled glob, or why it is refused. Never throws. */
export function compileGlob(source: string): Glob | GlobRefusal {
  if (source.length > MAX_GLOB_LENGTH) {
    return {
      refused: `is ${source.length.toLocaleString('en-US')} characters long; a glob may have at most ${MAX_GLOB_LENGTH.toLocaleString('en-US')}`,
    };
  }
  if (source.startsWith('#')) return { source, match: () => false };
  let negate = false;
  let start = 0;
  while (source[start] === '!') {
    negate = !negate;
    start += 1;
  }
  const body = source.slice(start);
  if (hasExtglob(body)) {
    return {
      refused:
        'uses an extended glob (`+(…)`, `@(…)`, `!(…)`, `*(…)` or `?(…)`), which is not supported: write the alternatives with braces, `{a,b}`',
    };
  }
  // One more than the bound: braceExpand stops there, so a brace bomb costs no more than that.
  const expanded = braceExpand(body, { braceExpandMax: MAX_BRACE_EXPANSIONS + 1 });
  if (expanded.length > MAX_BRACE_EXPANSIONS) {
    return { refused: `expands (braces) to more than ${MAX_BRACE_EXPANSIONS.toLocaleString('en-US')} patterns` };
  }
  const total = expanded.reduce((sum, p) => sum + p.length, 0);
  if (total > MAX_EXPANDED_LENGTH) {
    return {
      refused: `expands (braces) to ${total.toLocaleString('en-US')} characters of patterns; at most ${MAX_EXPANDED_LENGTH.toLocaleString('en-US')} are matched`,
    };
  }
  const alternatives = expanded.map(parsePattern);
  return {
    source,
    match(path: string): boolean {
      if (path === '') return (body === '') !== negate;
      const parts = path.split(/\/+/);
      return alternatives.some((segments) => matchSegments(segments, parts)) !== negate;
    },
  };
}

export function isGlobRefusal(glob: Glob | GlobRefusal): glob is GlobRefusal {
  return 'refused' in glob;
}

/** An unescaped `+(`, `@(`, `!(`, `*(` or `?(`: minimatch's extended globs. */
function hasExtglob(pattern: string): boolean {
  for (let i = 0; i < pattern.length - 1; i++) {
    if (pattern[i] === '\\') {
      i += 1;
      continue;
    }
    if ('+@!*?'.includes(pattern[i]!) && pattern[i + 1] === '(') return true;
  }
  return false;
}

function parsePattern(pattern: string): Segment[] {
  const segments = pattern.split(/\/+/).map(parseSegment);
  // `**/**` means `**`.
  return segments.filter((s, i) => !(s.kind === 'globstar' && segments[i - 1]?.kind === 'globstar'));
}

function parseSegment(text: string): Segment {
  if (text === '**') return { kind: 'globstar' };
  const tokens: Token[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\\' && i + 1 < text.length) {
      tokens.push({ kind: 'char', char: text[++i]! });
    } else if (c === '*') {
      if (tokens[tokens.length - 1]?.kind !== 'star') tokens.push({ kind: 'star' });
    } else if (c === '?') {
      tokens.push({ kind: 'any' });
    } else if (c === '[') {
      const parsed = parseClass(text, i);
      if (parsed) {
        // `[.]` is the character itself (minimatch makes it a literal, which matters for `.`).
        tokens.push(
          parsed.single !== undefined ? { kind: 'char', char: parsed.single } : { kind: 'class', test: parsed.test },
        );
        i = parsed.end;
      } else {
        tokens.push({ kind: 'char', char: c });
      }
    } else {
      tokens.push({ kind: 'char', char: c });
    }
  }
  return { kind: 'part', tokens, magic: tokens.some((t) => t.kind !== 'char') };
}

const POSIX_CLASSES: Record<string, RegExp> = {
  alnum: /[\p{L}\p{Nl}\p{Nd}]/u,
  alpha: /[\p{L}\p{Nl}]/u,
  ascii: /[\x00-\x7f]/,
  blank: /[\p{Zs}\t]/u,
  cntrl: /\p{Cc}/u,
  digit: /\p{Nd}/u,
  graph: /[^\p{Z}\p{C}]/u,
  lower: /\p{Ll}/u,
  print: /\p{C}/u,
  punct: /\p{P}/u,
  space: /[\p{Z}\t\r\n\v\f]/u,
  upper: /\p{Lu}/u,
  word: /[\p{L}\p{Nl}\p{Nd}\p{Pc}]/u,
  xdigit: /[A-Fa-f0-9]/,
};

/**
 * A `[…]` class starting at `open`: the test for one character and the index of its `]`, or
 * undefined when it is not a class (no closing `]`), and `[` is then a literal.
 */
function parseClass(
  text: string,
  open: number,
): { test: (c: string) => boolean; end: number; single?: string } | undefined {
  let i = open + 1;
  let negated = false;
  if (text[i] === '!' || text[i] === '^') {
    negated = true;
    i += 1;
  }
  const ranges: Array<[string, string]> = [];
  const named: RegExp[] = [];
  let first = true;
  for (; i < text.length; i++) {
    let c = text[i]!;
    if (c === ']' && !first) {
      const end = i;
      const inClass = (ch: string): boolean =>
        ranges.some(([lo, hi]) => ch >= lo && ch <= hi) || named.some((r) => r.test(ch));
      // A class never matches the separator.
      const single =
        !negated && named.length === 0 && ranges.length === 1 && ranges[0]![0] === ranges[0]![1]
          ? ranges[0]![0]
          : undefined;
      return { test: (ch) => ch !== '/' && inClass(ch) !== negated, end, ...(single !== undefined ? { single } : {}) };
    }
    first = false;
    if (c === '[' && text[i + 1] === ':') {
      const close = text.indexOf(':]', i + 2);
      const name = close >= 0 ? text.slice(i + 2, close) : '';
      const posix = POSIX_CLASSES[name];
      if (posix) {
        named.push(posix);
        i = close + 1;
        continue;
      }
    }
    if (c === '\\' && i + 1 < text.length) c = text[++i]!;
    if (text[i + 1] === '-' && i + 2 < text.length && text[i + 2] !== ']') {
      let hi = text[i + 2]!;
      i += 2;
      if (hi === '\\' && i + 1 < text.length) hi = text[++i]!;
      ranges.push([c, hi]);
    } else {
      ranges.push([c, c]);
    }
  }
  return undefined;
}

/** `**` at pattern segment i can stand for path segments from j on; dynamic programming, O(segments²). */
function matchSegments(pattern: Segment[], path: string[]): boolean {
  const m = pattern.length;
  const n = path.length;
  // next[j]: pattern[i + 1 …] matches path[j …]; row[j]: pattern[i …] matches path[j …].
  let next: boolean[] = Array.from({ length: n + 1 }, (_, j) => j === n);
  for (let i = m - 1; i >= 0; i--) {
    const segment = pattern[i]!;
    const row: boolean[] = new Array<boolean>(n + 1).fill(false);
    for (let j = n; j >= 0; j--) {
      if (segment.kind === 'globstar') {
        // `**` never stands for `.` or `..`, even with `dot: true`; at the end of a pattern it
        // stands for one segment or more (`cdk.out/**` is not `cdk.out`), as in minimatch.
        const consumes = j < n && path[j] !== '.' && path[j] !== '..';
        row[j] = i === m - 1 ? consumes && (j + 1 === n || row[j + 1]!) : next[j]! || (consumes && row[j + 1]!);
      } else {
        row[j] = j < n && next[j + 1]! && matchPart(segment, path[j]!);
      }
    }
    next = row;
  }
  return next[0]!;
}

/** One path segment against one pattern segment: greedy, back to the last star only, O(pattern × name). */
function matchPart(segment: Extract<Segment, { kind: 'part' }>, name: string): boolean {
  const tokens = segment.tokens;
  // A pattern segment with a wildcard never matches `.` or `..` (as minimatch: `.*` is not `..`).
  if (segment.magic && (name === '.' || name === '..')) return false;
  // A segment of stars only stands for a non-empty name.
  if (name === '' && tokens.length > 0) return false;
  let t = 0;
  let s = 0;
  let starToken = -1;
  let starName = 0;
  while (s < name.length) {
    const token = tokens[t];
    if (token && token.kind !== 'star' && tokenMatches(token, name[s]!)) {
      t += 1;
      s += 1;
    } else if (token?.kind === 'star') {
      starToken = t;
      starName = s;
      t += 1;
    } else if (starToken >= 0) {
      t = starToken + 1;
      starName += 1;
      s = starName;
    } else {
      return false;
    }
  }
  while (tokens[t]?.kind === 'star') t += 1;
  return t === tokens.length;
}

function tokenMatches(token: Exclude<Token, { kind: 'star' }>, c: string): boolean {
  if (token.kind === 'char') return token.char === c;
  if (c === '/') return false;
  return token.kind === 'any' || token.test(c);
}
