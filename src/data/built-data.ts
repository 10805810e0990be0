/**
 * The data the build extracts for run time (build/data.mjs) lives in `dist/data/` of the package:
 * the action catalogue and the AWS managed policies, in the compact form the linter reads. It is
 * the package's own asset, so a missing file is an install problem, reported in one line.
 */
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../util/package-root.js';

export class MissingDataError extends Error {}

export function builtDataPath(relativePath: string): string {
  return join(packageRoot(), 'dist', 'data', relativePath);
}

function missing(relativePath: string): MissingDataError {
  return new MissingDataError(
    `cognito-iam-lint: its data file dist/data/${relativePath} is missing: reinstall the package (in a checkout, run \`npm run build\`).`,
  );
}

/** Parse a JSON file of dist/data/. */
export function readBuiltData(relativePath: string): unknown {
  let text: string;
  try {
    text = readFileSync(builtDataPath(relativePath), 'utf8');
  } catch {
    throw missing(relativePath);
  }
  return JSON.parse(text);
}

/** Parse the JSON at a byte range of a dist/data/ file (one line of a JSON-lines file). */
export function readBuiltDataRange(relativePath: string, offset: number, length: number): unknown {
  let fd: number;
  try {
    fd = openSync(builtDataPath(relativePath), 'r');
  } catch {
    throw missing(relativePath);
  }
  try {
    const buffer = Buffer.alloc(length);
    readSync(fd, buffer, 0, length, offset);
    return JSON.parse(buffer.toString('utf8'));
  } finally {
    closeSync(fd);
  }
}
