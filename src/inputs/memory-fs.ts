/**
 * An in-memory FileSystem for tests: `{ '/proj/template.yaml': '…' }` (a Uint8Array for exact bytes). Paths are '/'-separated;
 * directories exist because files live under them. A path without a leading '/' is taken from the root.
 */
import { posix } from 'node:path';
import type { FileSystem } from './types.js';

function normalise(path: string): string {
  const absolute = posix.normalize(path.startsWith('/') ? path : '/' + path);
  return absolute.length > 1 && absolute.endsWith('/') ? absolute.slice(0, -1) : absolute;
}

/** The same shape of error node's fs throws, so code that inspects `code` behaves alike in tests. */
function fsError(code: string, syscall: string, path: string): Error {
  return Object.assign(new Error(`${code}: ${syscall} '${path}'`), { code, syscall, path });
}

export function memoryFileSystem(files: Record<string, string | Uint8Array>): FileSystem {
  const contents = new Map<string, Buffer>();
  const children = new Map<string, Set<string>>();
  for (const [rawPath, text] of Object.entries(files)) {
    const path = normalise(rawPath);
    contents.set(path, typeof text === 'string' ? Buffer.from(text, 'utf8') : Buffer.from(text));
    let child = path;
    while (child !== '/') {
      const parent = posix.dirname(child);
      let names = children.get(parent);
      if (!names) children.set(parent, (names = new Set()));
      names.add(posix.basename(child));
      child = parent;
    }
  }
  if (!children.has('/')) children.set('/', new Set());

  const readBytes = (rawPath: string, maxBytes?: number): Buffer => {
    const path = normalise(rawPath);
    const bytes = contents.get(path);
    if (bytes !== undefined) {
      if (maxBytes !== undefined && bytes.length > maxBytes) throw fsError('EFBIG', 'read', path);
      return Buffer.from(bytes);
    }
    throw children.has(path) ? fsError('EISDIR', 'read', path) : fsError('ENOENT', 'open', path);
  };

  return {
    readFile: (rawPath, maxBytes) => readBytes(rawPath, maxBytes).toString('utf8'),
    readBytes,
    readdir(rawPath) {
      const path = normalise(rawPath);
      const names = children.get(path);
      if (names) return [...names];
      throw contents.has(path) ? fsError('ENOTDIR', 'scandir', path) : fsError('ENOENT', 'scandir', path);
    },
    realpath(rawPath) {
      // No links in memory: a path is its own real path, once it exists.
      const path = normalise(rawPath);
      if (contents.has(path) || children.has(path)) return path;
      throw fsError('ENOENT', 'realpath', path);
    },
    stat(rawPath) {
      const path = normalise(rawPath);
      const bytes = contents.get(path);
      if (bytes !== undefined) return { isFile: true, isDirectory: false, size: bytes.length };
      if (children.has(path)) return { isFile: false, isDirectory: true, size: 0 };
      return undefined;
    },
  };
}
