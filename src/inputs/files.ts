/**
 * Shared plumbing of the input layer: path arithmetic that works for the in-memory and the real
 * file system on every platform, and a file reader that never throws on what users hand it.
 */
import { posix, win32 } from 'node:path';
import { syntaxDiagnostic } from '../parsers/syntax-messages.js';
import type { ParsedDocument, SourceFormat, SyntaxProblem } from '../parsers/types.js';
import { decodeBytes, type InvalidText } from './decode.js';
import { readFailureText, type ReadFailure } from './read-failures.js';
import type { FileSystem } from './types.js';

/** `parseText` from src/parsers, injected so the input layer can be tested and reused without it. */
export type ParseFn = (file: string, text: string, format?: SourceFormat) => ParsedDocument;

export type PathApi = typeof posix;

/** Files larger than this are not read: no real template comes close, and a huge file would stall the run. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** How much of a file is searched for a NUL byte to tell binary from text (git uses the same 8 KB). */
const BINARY_SNIFF_CHARS = 8 * 1024;

/** Windows paths (`C:\…`, `\\server\share`) need win32 arithmetic; everything else, tests included, is posix. */
export function pathApiFor(path: string): PathApi {
  return /^[A-Za-z]:[\\/]/.test(path) || path.startsWith('\\\\') ? win32 : posix;
}

export function toSlashes(path: string): string {
  return path.replace(/\\/g, '/');
}

/** The path a user should see: relative to `cwd`, '/'-separated; a path outside `cwd` keeps its `../`. */
export function displayPath(path: PathApi, cwd: string, absolute: string): string {
  const relative = path.relative(cwd, absolute);
  return relative === '' ? '.' : toSlashes(relative);
}

/**
 * A path as reports show it (relative to `cwd`, '/'-separated) seen from another folder `base`:
 * config globs are relative to the config file's folder, baseline fingerprints to the baseline's.
 * When `base` is `cwd` the path is returned as it is, so a run from that folder reads as before.
 */
export function rebaser(path: PathApi, cwd: string, base: string): (file: string) => string {
  const from = path.resolve(cwd);
  const to = path.resolve(from, base);
  if (to === from) return (file) => file;
  return (file) => displayPath(path, to, path.resolve(from, file));
}

/**
 * Is `target` strictly inside `dir` (both absolute)? Outside means a relative path that is `..` or
 * starts with `../`, not any that starts with `..`: `..x` and `...json` are names like any other.
 */
export function isInside(path: PathApi, dir: string, target: string): boolean {
  const relative = path.relative(dir, target);
  if (relative === '' || relative === '..' || path.isAbsolute(relative)) return false;
  return !relative.startsWith(`..${path.sep}`);
}

export type ReadResult =
  /** `invalid`: where the text is not valid UTF-8 (decoded with U+FFFD there); see parseRead. */
  | { ok: true; text: string; invalid?: InvalidText }
  /**
   * `reason` is `failure` in words (src/inputs/read-failures.ts). `binary` lets a directory walk stay
   * silent about images and archives that happen to be named `.json`.
   */
  | { ok: false; reason: string; failure: ReadFailure; binary?: boolean; missing?: boolean };

/** A failed read: the failure and its words. */
export function failedRead(failure: ReadFailure): { ok: false; reason: string; failure: ReadFailure } {
  return { ok: false, reason: readFailureText(failure), failure };
}

/**
 * What a run may still read, in bytes, across all its files (`--max-total-mb`): each file is under
 * MAX_FILE_BYTES, but a few of them together can still exhaust the heap once parsed and modelled.
 */
export interface ReadBudget {
  remaining: number;
  /** For the message: the budget the run started with. */
  readonly totalBytes: number;
}

export function readBudget(totalBytes: number): ReadBudget {
  return { remaining: totalBytes, totalBytes };
}

function budgetSpent(budget: ReadBudget): ReadFailure {
  return { code: 'budget-spent', data: { budgetMb: Number((budget.totalBytes / 1024 / 1024).toPrecision(3)) } };
}

function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = (error as { code?: unknown }).code;
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}

/** A short reason for a failed file-system call, in the words `ls` and friends use. */
export function describeFsError(error: unknown): string {
  return readFailureText(fsFailure(error));
}

/** Why a file-system call failed, as a code. */
export function fsFailure(error: unknown): ReadFailure {
  switch (errorCode(error)) {
    case 'ENOENT':
    case 'ENOTDIR':
      return { code: 'missing' };
    case 'EACCES':
    case 'EPERM':
      return { code: 'permission-denied' };
    case 'EISDIR':
      return { code: 'is-directory' };
    case 'ELOOP':
      return { code: 'symlink-loop' };
    case 'EFBIG':
      return { code: 'too-large', data: { limitMb: MAX_FILE_BYTES / 1024 / 1024 } };
    case 'ESPECIAL':
      return { code: 'not-regular' };
    case 'ENAMETOOLONG':
      return { code: 'name-too-long' };
    default:
      return error instanceof Error ? { code: 'os-error', data: { osMessage: error.message } } : { code: 'unreadable' };
  }
}

export type StatResult = ReturnType<FileSystem['stat']>;

/** `fs.stat` that reports failures (EACCES on a parent directory) instead of throwing. */
export function safeStat(fs: FileSystem, path: string): { stat: StatResult } | { error: string; failure: ReadFailure } {
  try {
    return { stat: fs.stat(path) };
  } catch (error) {
    const failure = fsFailure(error);
    return { error: readFailureText(failure), failure };
  }
}

/** The real path (links resolved), or undefined when there is none (missing, dangling, unreadable). */
export function safeRealpath(fs: FileSystem, path: string): string | undefined {
  try {
    return fs.realpath(path);
  } catch {
    return undefined;
  }
}

/** Is `target` `dir` itself or inside it (both absolute)? */
export function isWithin(path: PathApi, dir: string, target: string): boolean {
  return target === dir || isInside(path, dir, target);
}

export function safeReaddir(fs: FileSystem, path: string): { names: string[] } | { error: string } {
  try {
    return { names: fs.readdir(path) };
  } catch (error) {
    return { error: describeFsError(error) };
  }
}

/**
 * Reads a text file, refusing missing, huge, unreadable and binary files with a reason. A BOM
 * decides the encoding (src/inputs/decode.ts). With a `budget`, a file that does not fit in what
 * is left of it is not read, and what is read is taken from it.
 */
export function readTextFile(fs: FileSystem, path: string, budget?: ReadBudget): ReadResult {
  const stat = safeStat(fs, path);
  if ('error' in stat) return failedRead(stat.failure);
  if (!stat.stat) return { ...failedRead({ code: 'missing' }), missing: true };
  if (stat.stat.isDirectory) return failedRead({ code: 'is-directory' });
  if (!stat.stat.isFile) return failedRead({ code: 'not-regular' });
  if (stat.stat.size > MAX_FILE_BYTES) {
    return failedRead({
      code: 'too-large-size',
      data: { limitMb: MAX_FILE_BYTES / 1024 / 1024, size: stat.stat.size },
    });
  }
  if (budget && stat.stat.size > budget.remaining) return failedRead(budgetSpent(budget));
  const limit = budget ? Math.min(MAX_FILE_BYTES, budget.remaining) : MAX_FILE_BYTES;
  let bytes: Uint8Array;
  try {
    bytes = fs.readBytes(path, limit);
  } catch (error) {
    // The file grew past what `stat` said: over the budget is the budget's fault, not the file's.
    if (budget && limit < MAX_FILE_BYTES && errorCode(error) === 'EFBIG') return failedRead(budgetSpent(budget));
    return failedRead(fsFailure(error));
  }
  if (budget) budget.remaining -= bytes.length;
  return decodeRead(bytes);
}

/**
 * Bytes read from a file or standard input → text, the same way for both: a BOM decides the
 * encoding, invalid UTF-8 is kept with its position, a NUL early on means binary.
 */
export function decodeRead(bytes: Uint8Array): ReadResult {
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return failedRead(decoded.failure);
  if (decoded.text.slice(0, BINARY_SNIFF_CHARS).includes('\0'))
    return { ...failedRead({ code: 'binary' }), binary: true };
  return decoded;
}

/**
 * Parses what readTextFile read. Invalid UTF-8 becomes the document's first syntax error, at its
 * position (input/parse-error reports it there), and the rest of the file is still linted.
 */
export function parseRead(parse: ParseFn, file: string, read: Extract<ReadResult, { ok: true }>): ParsedDocument {
  const doc = parse(file, read.text);
  if (!read.invalid) return doc;
  const { at, byte, offset } = read.invalid;
  const error: SyntaxProblem = {
    ...syntaxDiagnostic('text/invalid-utf8', { byte, offset }),
    range: { start: at, end: { line: at.line, column: at.column + 1 } },
  };
  const syntaxErrors = [error, ...doc.syntaxErrors];
  // Only the list of syntax errors differs; the parser's methods run on the document itself, so
  // positions are still found in a file whose parse succeeded.
  return new Proxy(doc, {
    get(target, property) {
      if (property === 'syntaxErrors') return syntaxErrors;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}
