/**
 * An in-memory FileSystem for tests: `{ '/proj/template.yaml': '…' }`. Paths are '/'-separated;
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

export function memoryFileSystem(files: Record<string, string>): FileSystem {
  const contents = new Map<string, string>();
  const children = new Map<string, Set<string>>();
  for (const [rawPath, text] of Object.entries(files)) {
    const path = normalise(rawPath);
    contents.set(path, text);
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

  return {
    readFile(rawPath, maxBytes) {
      const path = normalise(rawPath);
      const text = contents.get(path);
      if (text !== undefined) {
        if (maxBytes !== undefined && Buffer.byteLength(text, 'utf8') > maxBytes) throw fsError('EFBIG', 'read', path);
        return text;
      }
      throw children.has(path) ? fsError('EISDIR', 'read', path) : fsError('ENOENT', 'open', path);
    },
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
      const text = contents.get(path);
      if (text !== undefined) return { isFile: true, isDirectory: false, size: Buffer.byteLength(text, 'utf8') };
      if (children.has(path)) return { isFile: false, isDirectory: true, size: 0 };
      return undefined;
    },
  };
}
