/**
 * The real file system, for the CLI. Synchronous on purpose: the loader runs once per lint and
 * reads files one after another, so promises would add noise and no speed.
 */
import * as fs from 'node:fs';
import type { FileSystem } from './types.js';

/** Errors meaning "there is nothing at this path" rather than "you may not look". */
const MISSING = new Set(['ENOENT', 'ENOTDIR', 'ELOOP']);

function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = (error as { code?: unknown }).code;
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}

function fsError(code: string, syscall: string, path: string, what: string): Error {
  return Object.assign(new Error(`${code}: ${what}, ${syscall} '${path}'`), { code, syscall, path });
}

const CHUNK_BYTES = 64 * 1024;

/**
 * Reads at most `maxBytes` (and one chunk more, to tell): the size `stat` reports is not trusted, since files in
 * /proc report 0 and some (`/proc/self/pagemap`) yield gigabytes. With `waitWhenEmpty`, a descriptor
 * that is non-blocking and has nothing yet (EAGAIN: a pipe another process set O_NONBLOCK, a TTY) is
 * waited for and read again, keeping what was read: only end of file (a read of 0) ends the read.
 */
function readBounded(fd: number, path: string, maxBytes: number, waitWhenEmpty = false): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  // One chunk for every read, what was read copied out: a walk reads thousands of small files,
  // and a fresh 64 KB buffer per read (and one more to read the end) was most of what reading them allocated.
  scratch ??= Buffer.allocUnsafe(CHUNK_BYTES);
  const chunk = scratch;
  for (;;) {
    // Whole chunks: some files (pagemap) refuse reads that are not a multiple of their record size.
    let read: number;
    try {
      read = fs.readSync(fd, chunk, 0, chunk.length, null);
    } catch (error) {
      if (!waitWhenEmpty || errorCode(error) !== 'EAGAIN') throw error;
      // Synchronous by design (see the top of this file): there is no poll(2) in node's sync API, so sleep a little.
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
      continue;
    }
    if (read === 0) break;
    total += read;
    if (total > maxBytes) throw fsError('EFBIG', 'read', path, 'file too large');
    chunks.push(Buffer.from(chunk.subarray(0, read)));
  }
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
}

let scratch: Buffer | undefined;

function readBytes(path: string, maxBytes?: number): Buffer {
  // Follows symbolic links: a file the user (or a manifest) names is read where it points. The
  // loader has refused links that leave the tree and non-regular files before it gets here.
  // Non-blocking: a path swapped for a FIFO after it was stat'ed opens at once (a blocking open
  // waits for a writer for ever) and is refused by the fstat below. Regular files ignore the flag.
  const fd = fs.openSync(path, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
  try {
    // Checked again on the open descriptor: the path may have been swapped since it was stat'ed.
    if (!fs.fstatSync(fd).isFile()) throw fsError('ESPECIAL', 'read', path, 'not a regular file');
    return readBounded(fd, path, maxBytes ?? Number.MAX_SAFE_INTEGER);
  } finally {
    fs.closeSync(fd);
  }
}

export const nodeFileSystem: FileSystem = {
  readFile: (path, maxBytes) => readBytes(path, maxBytes).toString('utf8'),
  readBytes,
  realpath(path) {
    return fs.realpathSync(path);
  },
  readdir(path) {
    return fs.readdirSync(path);
  },
  stat(path) {
    let link: fs.Stats;
    try {
      link = fs.lstatSync(path);
    } catch (error) {
      if (MISSING.has(errorCode(error) ?? '')) return undefined;
      throw error;
    }
    if (!link.isSymbolicLink()) {
      return { isFile: link.isFile(), isDirectory: link.isDirectory(), size: link.size, isSymbolicLink: false };
    }
    try {
      const target = fs.statSync(path);
      return { isFile: target.isFile(), isDirectory: target.isDirectory(), size: target.size, isSymbolicLink: true };
    } catch (error) {
      // A dangling link (or a link loop) is as good as absent.
      if (MISSING.has(errorCode(error) ?? '')) return undefined;
      throw error;
    }
  },
};

/**
 * Standard input, read up to `maxBytes` like a file (700 MB piped in is refused, not an out-of-memory
 * error), to its end and in order even when it is non-blocking. Throws an `EFBIG` error past the
 * bound. The bytes, not text: the loader decodes them as it decodes files (a BOM may say UTF-16).
 */
export function readStdinBounded(maxBytes: number): Uint8Array {
  return readBounded(0, '<stdin>', maxBytes, true);
}
