/**
 * How the CLI writes a report or a baseline: never in place. The text goes to a temporary file
 * in the destination's directory (same file system, so the rename is atomic), is flushed to disk,
 * then renamed over the destination. A full disk, a killed process or a permission error leaves
 * the previous baseline or report as it was, never a truncated one; the temporary file is removed
 * on failure.
 */
import * as fs from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { nodeCrypto } from '../util/node-builtins.js';

/**
 * A symbolic link is written through, as writeFileSync does: the rename replaces the file it
 * points to, not the link. A dangling link is replaced (there is nothing behind it to keep).
 */
function destination(path: string): string {
  try {
    return fs.realpathSync(path);
  } catch {
    return path;
  }
}

export function writeFileAtomic(path: string, text: string): void {
  const target = destination(path);
  const existing = statOrUndefined(target);
  if (existing?.isDirectory())
    throw Object.assign(new Error(`EISDIR: illegal operation on a directory, open '${path}'`), { code: 'EISDIR' });
  // A read-only destination stays read-only, as with an in-place write (a rename would ignore it).
  if (existing) fs.accessSync(target, fs.constants.W_OK);
  const temp = join(
    dirname(target),
    `.${basename(target)}.${process.pid}.${nodeCrypto().randomBytes(4).toString('hex')}.tmp`,
  );
  // 'wx': never reuse a file someone else put there.
  const fd = fs.openSync(temp, 'wx', existing ? existing.mode & 0o7777 : 0o666);
  try {
    try {
      fs.writeFileSync(fd, text);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, target);
  } catch (error) {
    try {
      fs.unlinkSync(temp);
    } catch {
      // Already renamed or never created: nothing to clean.
    }
    throw error;
  }
}

function statOrUndefined(path: string): fs.Stats | undefined {
  try {
    return fs.statSync(path);
  } catch {
    return undefined;
  }
}
