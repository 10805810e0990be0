/**
 * Typed messages (the README's "Adding a rule"): the compiler checks `report({ messageId, data })` against the
 * placeholders of the message's template. typed-messages/cases.ts holds the cases that must fail
 * to compile, each under `@ts-expect-error` (which is itself an error when nothing fails), and the
 * ones that must compile; this test runs tsc on that file alone, so the proof does not rest on the
 * typecheck of `npm test` (which covers it as well).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './rule-docs.js';

const DIR = join(REPO_ROOT, 'test', 'meta', 'typed-messages');
const TSC = createRequire(import.meta.url).resolve('typescript/bin/tsc');

describe('typed messages', () => {
  it('rejects a misspelt message ID, a missing, extra or misspelt placeholder, and an unknown note', () => {
    const cases = readFileSync(join(DIR, 'cases.ts'), 'utf8');
    // The cases are there (a file emptied by mistake would compile too).
    expect(cases.match(/^\s*\/\/ @ts-expect-error/gm)?.length).toBe(11);
    let output = '';
    let status = 0;
    try {
      execFileSync(process.execPath, [TSC, '-p', join(DIR, 'tsconfig.json')], { cwd: REPO_ROOT, encoding: 'utf8' });
    } catch (error) {
      const failed = error as { status: number; stdout: string };
      status = failed.status;
      output = failed.stdout;
    }
    expect(output).toBe('');
    expect(status).toBe(0);
  });
});
