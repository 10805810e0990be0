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

export const nodeFileSystem: FileSystem = {
  readFile(path) {
    // Follows symbolic links: a file the user (or a manifest) names is read where it points.
    return fs.readFileSync(path, 'utf8');
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
