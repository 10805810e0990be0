/**
 * Shared plumbing of the input layer: path arithmetic that works for the in-memory and the real
 * file system on every platform, and a file reader that never throws on what users hand it.
 */
import { posix, win32 } from 'node:path';
import type { ParsedDocument, SourceFormat } from '../parsers/types.js';
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

/** Is `target` strictly inside `dir` (both absolute)? */
export function isInside(path: PathApi, dir: string, target: string): boolean {
  const relative = path.relative(dir, target);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

export type ReadResult =
  | { ok: true; text: string }
  /** `binary` lets a directory walk stay silent about images and archives that happen to be named `.json`. */
  | { ok: false; reason: string; binary?: boolean; missing?: boolean };

function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = (error as { code?: unknown }).code;
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}

/** A short reason for a failed file-system call, in the words `ls` and friends use. */
export function describeFsError(error: unknown): string {
  switch (errorCode(error)) {
    case 'ENOENT':
    case 'ENOTDIR':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    case 'EFBIG':
      return `larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`;
    case 'ESPECIAL':
      return 'not a regular file';
    default:
      return error instanceof Error ? `cannot be read (${error.message})` : 'cannot be read';
  }
}

export type StatResult = ReturnType<FileSystem['stat']>;

/** `fs.stat` that reports failures (EACCES on a parent directory) instead of throwing. */
export function safeStat(fs: FileSystem, path: string): { stat: StatResult } | { error: string } {
  try {
    return { stat: fs.stat(path) };
  } catch (error) {
    return { error: describeFsError(error) };
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

/** Reads a text file, refusing missing, huge, unreadable and binary files with a reason. */
export function readTextFile(fs: FileSystem, path: string): ReadResult {
  const stat = safeStat(fs, path);
  if ('error' in stat) return { ok: false, reason: stat.error };
  if (!stat.stat) return { ok: false, reason: 'no such file or directory', missing: true };
  if (stat.stat.isDirectory) return { ok: false, reason: 'is a directory' };
  if (!stat.stat.isFile) return { ok: false, reason: 'not a regular file' };
  if (stat.stat.size > MAX_FILE_BYTES) {
    return { ok: false, reason: `larger than ${MAX_FILE_BYTES / 1024 / 1024} MB (${stat.stat.size} bytes)` };
  }
  let text: string;
  try {
    text = fs.readFile(path, MAX_FILE_BYTES);
  } catch (error) {
    return { ok: false, reason: describeFsError(error) };
  }
  if (text.slice(0, BINARY_SNIFF_CHARS).includes('\0')) return { ok: false, reason: 'binary file', binary: true };
  return { ok: true, text };
}
