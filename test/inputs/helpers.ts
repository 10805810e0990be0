import type { ParsedDocument, Range } from '../../src/parsers/types.js';
import type { FileSystem } from '../../src/inputs/types.js';

const ORIGIN: Range = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };

/** A ParsedDocument without a parser, for tests that only look at `data` and `file`. */
export function fakeDoc(
  file: string,
  data: unknown,
  syntaxErrors: ParsedDocument['syntaxErrors'] = [],
): ParsedDocument {
  return {
    file,
    format: 'json',
    data,
    syntaxErrors,
    duplicateKeys: [],
    unknownTags: [],
    locate: () => ORIGIN,
    size: 0,
    text: '',
  };
}

/** Wraps a FileSystem so chosen paths misbehave the way real disks do. */
export function withFaults(
  fs: FileSystem,
  faults: { unreadable?: string[]; sizes?: Record<string, number> },
): FileSystem {
  return {
    readFile(path) {
      if (faults.unreadable?.includes(path)) {
        throw Object.assign(new Error(`EACCES: permission denied, open '${path}'`), { code: 'EACCES' });
      }
      return fs.readFile(path);
    },
    readBytes(path, maxBytes) {
      if (faults.unreadable?.includes(path)) {
        throw Object.assign(new Error(`EACCES: permission denied, open '${path}'`), { code: 'EACCES' });
      }
      return fs.readBytes(path, maxBytes);
    },
    readdir: (path) => fs.readdir(path),
    realpath: (path) => fs.realpath(path),
    stat(path) {
      const stat = fs.stat(path);
      const size = faults.sizes?.[path];
      return stat && size !== undefined ? { ...stat, size } : stat;
    },
  };
}

export const json = (value: unknown): string => JSON.stringify(value, null, 2);
