/**
 * End to end: the built binary (the committed dist/, or yours after `npm run build`) in a real
 * process, on the bundled example app.
 *
 * The expected findings come from test/fixtures/examples-expected.json, limited to the rules
 * the binary ships (`--list-rules`), so the test stays true while rules are being added.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { findingLines } from './helpers.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const BIN = join(ROOT, 'bin', 'cognito-iam-lint.js');

interface Expected {
  [file: string]: { findings: Array<{ ruleId: string; logicalId: string; line: number }> };
}

function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    // A clean environment for colour: no TTY (pipes), and neither NO_COLOR nor FORCE_COLOR from the runner.
    env: { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined },
    timeout: 60_000,
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('bin/cognito-iam-lint.js on examples/', () => {
  let shipped: Set<string>;

  beforeAll(() => {
    if (!existsSync(join(ROOT, 'dist', 'cli.cjs'))) {
      throw new Error('dist/ is missing: this test runs the built binary; run `npm run build`.');
    }
    const list = cli('--list-rules');
    expect(list.status).toBe(0);
    shipped = new Set(
      list.stdout
        .split('\n')
        .filter(Boolean)
        .map((line) => line.split(/\s+/)[0]!),
    );
  });

  it('exits 1 on examples/flawed with the default threshold and prints the planted findings', () => {
    const run = cli('examples/flawed');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    expect(run.stdout).not.toMatch(/\u001b\[/);

    const lines = findingLines(run.stdout);
    // The two trust findings, as examples/README.md lists them (#1 and #2).
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          file: 'examples/flawed/app.yaml',
          line: 181,
          severity: 'critical',
          ruleId: 'trust/missing-aud',
        }),
        expect.objectContaining({
          file: 'examples/flawed/app.yaml',
          line: 238,
          severity: 'high',
          ruleId: 'trust/missing-amr',
        }),
      ]),
    );
    // Every finding is a planted one, and every planted one whose rule ships is found.
    const expected = (
      JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', 'examples-expected.json'), 'utf8')) as Expected
    )['examples/flawed/app.yaml']!;
    const want = expected.findings.filter((f) => shipped.has(f.ruleId)).map((f) => `${f.line} ${f.ruleId}`);
    const got = lines.map((f) => `${f.line} ${f.ruleId}`);
    expect([...got].sort()).toEqual([...want].sort());
    expect(lines.every((f) => f.file === 'examples/flawed/app.yaml')).toBe(true);
    expect(run.stdout).toMatch(/^✖ \d+ problems? \(.*\) in 1 of 1 file linted · fails --fail-on high$/m);
  });

  it('exits 0 on examples/fixed', () => {
    const run = cli('examples/fixed');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(findingLines(run.stdout)).toEqual([]);
    expect(run.stdout).toContain('No problems');
  });

  it('stays quiet when the reader of stdout stops early (| head)', () => {
    // A real shell pipe, as users write it (node's own stdio pipes are socket pairs with buffers
    // large enough to hide the problem). The SARIF log of examples/fixed is about 170 KB, well
    // over a pipe buffer (64 KB), so the binary is still writing when `head` exits.
    const quote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;
    const result = spawnSync(
      'sh',
      ['-c', `${quote(process.execPath)} ${quote(BIN)} examples/fixed --format sarif | head -c 1 > /dev/null`],
      {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined },
        timeout: 60_000,
      },
    );
    if (result.error) throw result.error;
    expect(result.stderr).not.toContain('EPIPE');
    expect(result.stderr.split('\n').filter((line) => /^\s+at /.test(line))).toEqual([]);
  });

  it('sets the exit code from the process for usage errors too', () => {
    const run = cli('examples/fixed', '--fail-on', 'urgent');
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });
});
