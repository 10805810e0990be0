/**
 * Golden files: the exact bytes a reporter writes for the sample report, checked in so that a
 * reviewer sees every change of output in the diff. `UPDATE_GOLDEN=1 npx vitest run
 * test/reporters` rewrites them; read the diff before committing it.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

export const GOLDEN_DIR = join(dirname(fileURLToPath(import.meta.url)), 'golden');

export function goldenPath(name: string): string {
  return join(GOLDEN_DIR, name);
}

export function expectGolden(name: string, actual: string): void {
  const path = goldenPath(name);
  if (process.env['UPDATE_GOLDEN'] === '1') {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
    return;
  }
  if (!existsSync(path)) {
    throw new Error(`Golden file ${name} is missing: run UPDATE_GOLDEN=1 npx vitest run test/reporters to create it.`);
  }
  // toBe on strings shows a line diff on failure; the comparison itself is exact.
  expect(actual).toBe(readFileSync(path, 'utf8'));
}
