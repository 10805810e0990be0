/**
 * `--jobs N` (issue 11, part 3), on the built binary in real processes: files parsed in worker
 * threads must give the serial run's report byte for byte, in every format, with the same exit
 * code; a worker that fails ends the run with an internal error (exit 2), never a hang.
 * `npm test` does not build: run `npm run build` first.
 *
 * The tree is the bundled fixtures: every rule's fixture folders (cloud assemblies with nested
 * stacks, raw IAM JSON, files that do not parse, an alias bomb), the example apps, AWS managed
 * policies as raw IAM files, templates with open conditions (linted once per scenario), a config with one used and one unused suppression, and a baseline
 * that accepts the rule fixtures' findings, so that the examples' findings are the new ones.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../hostile/fs-helpers.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const BIN = join(ROOT, 'bin', 'cognito-iam-lint.js');
const RUN_BOUND_MS = 120_000;
/** Two runs of the binary per test, on a machine other jobs share. */
const TEST_BOUND_MS = 2 * RUN_BOUND_MS;

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
cpSync(join(ROOT, 'test', 'fixtures', 'conditions'), join(root, 'conditions'), { recursive: true });
writeFileSync(join(root, '.cognito-iam-lint.json'), CONFIG);

describe('--jobs', () => {
  /** One run per mode writes the three formats: the console's text, and JSON and SARIF reports. */
  const reportArgs = (jobs: string) => [
    '.',
    '--baseline',
    'baseline.json',
    '--verbose',
    '--jobs',
    jobs,
    '--report',
    `json=out/${jobs}.json`,
    '--report',
    `sarif=out/${jobs}.sarif`,
  ];
  let written: Run;
  let serial: Run;
  let parallel: Run;
  beforeAll(async () => {
    mkdirSync(join(root, 'out'));
    written = await run(['rules', '--jobs', '1', '--write-baseline', 'baseline.json']);
    serial = await run(reportArgs('1'));
    parallel = await run(reportArgs('2'));
  }, 3 * RUN_BOUND_MS);

  it('the tree has what a real project has: findings of many rules, parse errors, notes, suppressions and a baseline', () => {
    expect(written.status, written.stderr).toBe(0);
    const report = JSON.parse(readText('out/1.json')) as {
      files: string[];
      findings: Array<{ ruleId: string; message: string; suppressions: unknown[] }>;
      notifications: Array<{ message: string }>;
    };
    expect(report.files.length).toBeGreaterThan(200);
    expect(new Set(report.findings.map((f) => f.ruleId)).size).toBeGreaterThan(30);
    expect(report.findings.some((f) => f.ruleId === 'input/parse-error')).toBe(true);
    expect(report.findings.some((f) => f.suppressions.length > 0)).toBe(true);
    expect(report.findings.some((f) => f.message.includes('(when condition'))).toBe(true);
    expect(report.notifications.some((n) => n.message.includes('gone/**'))).toBe(true);
    // The rule fixtures' findings are in the baseline, the examples' are new: the run fails on those.
    expect(serial.status, serial.stderr).toBe(1);
  });

  it('--jobs 2 exits as --jobs 1 does, with the same stderr', () => {
    expect([parallel.status, serial.status], parallel.stderr).toEqual([1, 1]);
    expect(parallel.stderr).toBe(serial.stderr);
  });

  it('--jobs 2 writes the --jobs 1 report byte for byte: text', () => {
    expect(serial.stdout.length).toBeGreaterThan(1000);
    expect(parallel.stdout).toBe(serial.stdout);
  });

  for (const format of ['json', 'sarif']) {
    it(`--jobs 2 writes the --jobs 1 report byte for byte: ${format}`, () => {
      expect(readText(`out/2.${format}`)).toBe(readText(`out/1.${format}`));
    });
  }

  it(
    '--jobs 2 writes the same baseline as --jobs 1',
    async () => {
      const serialBaseline = await run(['.', '--jobs', '1', '--write-baseline', 'out/serial.baseline.json']);
      const parallelBaseline = await run(['.', '--jobs', '2', '--write-baseline', 'out/parallel.baseline.json']);
      expect([serialBaseline.status, parallelBaseline.status]).toEqual([0, 0]);
      expect(readText('out/parallel.baseline.json')).toBe(readText('out/serial.baseline.json'));
    },
    TEST_BOUND_MS,
  );

  // A smaller share of the tree, enough for two workers to parse files and lint units.
  const SOME = ['examples', 'conditions'];

  for (const fault of ['throw', 'exit', 'lint']) {
    it(
      `a worker that fails (${fault === 'lint' ? 'throw while linting' : fault + ' while parsing'}) ends the run with an internal error, exit 2, in time`,
      async () => {
        const failed = await runWithFault(fault, [...SOME, '--jobs', '2']);
        expect(failed.signal).toBeNull();
        expect(failed.status).toBe(2);
        expect(failed.stderr).toMatch(
          /^cognito-iam-lint: internal error, please report it: .*a worker thread \(--jobs\) failed: /,
        );
        expect(failed.stdout).toBe('');
      },
      TEST_BOUND_MS,
    );
  }

  it(
    '--jobs 1 starts no worker: the injected failure never happens',
    async () => {
      const lone = await runWithFault('throw', [...SOME, '--jobs', '1']);
      expect(lone.stderr).not.toMatch(/internal error/);
      expect(lone.status).toBe(1);
    },
    TEST_BOUND_MS,
  );

  it(
    'refuses a --jobs that is not a number of threads, in one line, exit 2',
    async () => {
      for (const value of ['0', 'two', '1.5', '65']) {
        const refused = await run(['.', '--jobs', value]);
        expect(refused.status).toBe(2);
        expect(refused.stderr).toBe(
          `cognito-iam-lint: --jobs expects a number of threads from 1 to 64; got '${value}'.\n`,
        );
      }
    },
    TEST_BOUND_MS,
  );
});

function readText(file: string): string {
  return readFileSync(join(root, file), 'utf8');
}

interface Run {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * The binary on the tree. Linting ~280 files takes seconds on a loaded machine, so the bound is
 * wider than the hostile tests' (a hang is still caught: `signal` is set and `status` is null).
 */
function run(args: string[], env: Record<string, string> = {}): Promise<Run> {
  // Asynchronous: the test worker's event loop must stay free to talk to vitest during long runs.
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: root,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, ...env },
      timeout: RUN_BOUND_MS,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status, signal) => resolve({ status, signal, stdout, stderr }));
  });
}

function runWithFault(fault: string, args: string[]): Promise<Run> {
  return run(args, { COGNITO_IAM_LINT_TEST_WORKER_FAULT: fault });
}
