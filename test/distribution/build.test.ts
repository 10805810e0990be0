/**
 * The committed build (dist/, src/generated/) is exactly what `npm run build` makes from the
 * sources at this commit: users who install from git, pre-commit and the GitHub Action run the
 * committed files, so they must not drift from the sources the rest of the suite tests.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runAsync } from './run-async.js';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

describe('the committed build', () => {
  it('is reproduced byte for byte by a fresh build', async () => {
    const check = await runAsync(process.execPath, [join(ROOT, 'build', 'build.mjs'), '--check'], {
      cwd: ROOT,
      timeoutMs: 300_000,
    });
    expect(check.stderr).not.toMatch(/differs|not committed|not made by the build/);
    expect(check.status).toBe(0);
    expect(check.stdout).toContain('The committed build is what a fresh build makes.');
  }, 300_000);
});

describe('package.json', () => {
  it('names the repository the reports link rule pages to, and ships the licence', async () => {
    const { REPOSITORY_URL } = await import('../../src/reporters/common/index.js');
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      repository: { url: string };
      homepage: string;
      bugs: { url: string };
      files: string[];
      dependencies?: Record<string, string>;
    };
    expect(pkg.repository.url).toBe(`git+${REPOSITORY_URL}.git`);
    expect(pkg.homepage).toBe(`${REPOSITORY_URL}#readme`);
    expect(pkg.bugs.url).toBe(`${REPOSITORY_URL}/issues`);
    expect(pkg.files).toContain('LICENSE');
    expect(readFileSync(join(ROOT, 'LICENSE'), 'utf8')).toMatch(/Apache License\s+Version 2\.0/);
    // Everything that runs is bundled: a user's install pulls nothing else.
    expect(pkg.dependencies ?? {}).toEqual({});
  });
});
