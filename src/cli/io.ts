/**
 * What the CLI's commands (lint, merge) share: the process state they get through `CliIo`, the
 * exit codes, and writing an output file with a one-line error when it cannot be written.
 */
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { safeRealpath } from '../inputs/files.js';
import type { FileSystem } from '../inputs/types.js';
import { UsageError } from './args.js';

export interface CliIo {
  argv: string[];
  cwd: string;
  env: Record<string, string | undefined>;
  stdoutIsTTY: boolean;
  stdout(text: string): void;
  stderr(text: string): void;
  /** Bytes are decoded as a file's are (a BOM may say UTF-16); a string is taken as it is (tests). */
  readStdin(): string | Uint8Array;
  /** Writes a report or baseline; bin/ passes writeFileAtomic (src/cli/write-file.ts). */
  writeFile(path: string, text: string): void;
  fs: FileSystem;
  now: Date;
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

/**
 * Where a path leads on disk: symbolic links resolved (the file system's realpath, the one input
 * loading uses), or for a file not yet there, its directory's real path and its name.
 */
export function realPath(io: CliIo, path: string): string {
  const full = resolve(io.cwd, path);
  const real = safeRealpath(io.fs, full);
  if (real !== undefined) return real;
  const dir = safeRealpath(io.fs, dirname(full));
  return dir === undefined ? full : join(dir, basename(full));
}

export function writeOutput(io: CliIo, file: string, text: string, what: string): void {
  const target = isAbsolute(file) ? file : join(io.cwd, file);
  try {
    io.writeFile(target, text);
  } catch (error) {
    // A wrong -o is the user's mistake, not ours: one line, no stack trace.
    throw new UsageError(`${displayPath(io.cwd, target)}: cannot write ${what} (${describeWriteError(error)}).`);
  }
}

function describeWriteError(error: unknown): string {
  const code =
    typeof error === 'object' && error !== null && 'code' in error ? (error as { code?: unknown }).code : undefined;
  switch (code) {
    case 'ENOENT':
      return 'no such directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    default:
      return error instanceof Error ? error.message.split('\n')[0]! : String(error);
  }
}

export function displayPath(cwd: string, path: string): string {
  if (path === '-') return path;
  const rel = relative(cwd, resolve(cwd, path)).split('\\').join('/');
  return rel === '' ? '.' : rel;
}
