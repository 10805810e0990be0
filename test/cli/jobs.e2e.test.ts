/**
 * `--jobs N` (issue 11, part 3), on the built binary in real processes: files parsed in worker
 * threads must give the serial run's report byte for byte, in every format, with the same exit
 * code; a worker that fails ends the run with an internal error (exit 2), never a hang.
 * `npm test` does not build: run `npm run build` first.
 *
 * The tree is the bundled fixtures: every rule's fixture folders (cloud assemblies with nested
 * stacks, raw IAM JSON, files that do not parse, an alias bomb), the example apps, AWS managed
 * policies as raw IAM files, a config with one used and one unused suppression, and a baseline
 * that accepts the rule fixtures' findings, so that the examples' findings are the new ones.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runBin, tempDir, TIME_BOUND_MS } from '../hostile/fs-helpers.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const BIN = join(ROOT, 'bin', 'cognito-iam-lint.js');

const CONFIG = JSON.stringify({
  reportUnusedSuppressions: true,
  suppressions: [
    { rule: 'trust/missing-aud', files: 'examples/flawed/**', reason: 'Legacy role, replaced in Q3.' },
    { rule: 'trust/missing-aud', files: 'gone/**', reason: 'The folder was deleted.' },
  ],
});

const root = tempDir('cognito-iam-lint-jobs-');
afterAll(() => rmSync(root, { recursive: true, force: true }));
cpSync(join(ROOT, 'test', 'fixtures', 'rules'), join(root, 'rules'), { recursive: true });
cpSync(join(ROOT, 'examples'), join(root, 'examples'), { recursive: true });
cpSync(join(ROOT, 'test', 'fixtures', 'policies'), join(root, 'policies'), { recursive: true });
writeFileSync(join(root, '.cognito-iam-lint.json'), CONFIG);

describe('--jobs', () => {
  const written = runBin(root, ['rules', '--jobs', '1', '--write-baseline', 'baseline.json']);

  it('the tree has what a real project has: findings of many rules, parse errors, notes, suppressions and a baseline', () => {
    expect(written.status, written.stderr).toBe(0);
    const run = runBin(root, ['.', '--jobs', '1', '--baseline', 'baseline.json', '-f', 'json']);
    const report = JSON.parse(run.stdout) as {
      files: string[];
      findings: Array<{ ruleId: string; suppressions: unknown[]; baselineState?: string }>;
      notifications: Array<{ message: string }>;
    };
    expect(report.files.length).toBeGreaterThan(200);
    expect(new Set(report.findings.map((f) => f.ruleId)).size).toBeGreaterThan(30);
    expect(report.findings.some((f) => f.ruleId === 'input/parse-error')).toBe(true);
    expect(report.findings.some((f) => f.suppressions.length > 0)).toBe(true);
    expect(report.notifications.some((n) => n.message.includes('gone/**'))).toBe(true);
    // The rule fixtures' findings are in the baseline, the examples' are new: the run fails on those.
    expect(run.status).toBe(1);
  });

  for (const format of ['text', 'json', 'sarif']) {
    it(`--jobs 2 writes the --jobs 1 report byte for byte (${format}), with the same exit code`, () => {
      const args = ['.', '--baseline', 'baseline.json', '-f', format, '--verbose'];
      const serial = runBin(root, [...args, '--jobs', '1']);
      const parallel = runBin(root, [...args, '--jobs', '2']);
      expect(serial.stdout.length).toBeGreaterThan(1000);
      expect(parallel.stdout).toBe(serial.stdout);
      expect(parallel.stderr).toBe(serial.stderr);
      expect([parallel.status, serial.status]).toEqual([1, 1]);
    });
  }

  it('--jobs 2 writes the same baseline as --jobs 1', () => {
    const serial = runBin(root, ['.', '--jobs', '1', '--write-baseline', 'serial.baseline.json']);
    const parallel = runBin(root, ['.', '--jobs', '2', '--write-baseline', 'parallel.baseline.json']);
    expect([serial.status, parallel.status]).toEqual([0, 0]);
    expect(readText('parallel.baseline.json')).toBe(readText('serial.baseline.json'));
  });

  for (const fault of ['throw', 'exit']) {
    it(`a worker that fails (${fault}) ends the run with an internal error, exit 2, in time`, () => {
      const run = runWithFault(fault, ['.', '--jobs', '2']);
      expect(run.signal).toBeNull();
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(
        /^cognito-iam-lint: internal error, please report it: .*a parsing worker \(--jobs\) failed: /,
      );
      expect(run.stdout).toBe('');
    });
  }

  it('--jobs 1 starts no worker: the injected failure never happens', () => {
    const run = runWithFault('throw', ['.', '--jobs', '1', '--baseline', 'baseline.json']);
    expect(run.stderr).not.toMatch(/internal error/);
    expect(run.status).toBe(1);
  });

  it('refuses a --jobs that is not a number of threads, in one line, exit 2', () => {
    for (const value of ['0', 'two', '1.5', '65']) {
      const run = runBin(root, ['.', '--jobs', value]);
      expect(run.status).toBe(2);
      expect(run.stderr).toBe(`cognito-iam-lint: --jobs expects a number of threads from 1 to 64; got '${value}'.\n`);
    }
  });
});

function readText(file: string): string {
  return readFileSync(join(root, file), 'utf8');
}

function runWithFault(
  fault: string,
  args: string[],
): { status: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, COGNITO_IAM_LINT_TEST_WORKER_FAULT: fault },
    timeout: TIME_BOUND_MS,
  });
  return { status: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr };
}
