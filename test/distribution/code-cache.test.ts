/**
 * The command keeps V8's code cache between runs (src/cli/launch.ts, src/cli/code-cache.ts): run
 * through bin/ as users run it, with the cache in a folder of the test's own. What the cache saves
 * in time is the benchmark's to say; here: the report is the same byte for byte with a cache, with
 * none and with a broken one; a cache V8 accepts is not written again; one it rejects is replaced;
 * runs that lint nothing write none.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAsync } from './run-async.js';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'cognito-iam-lint.js');
const FLAWED = join(ROOT, 'examples', 'flawed', 'app.yaml');
const work = mkdtempSync(join(tmpdir(), 'cil-code-cache-e2e-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist', 'cli.cjs'))) throw new Error('dist/ is missing: run `npm run build`.');
});

function command(cacheDir: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  return runAsync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    env: { ...process.env, NO_COLOR: '1', COGNITO_IAM_LINT_CACHE_DIR: cacheDir, ...env },
    timeoutMs: 60_000,
  });
}

function cacheFiles(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).map((name) => join(dir, name)) : [];
}

describe('the code cache of the command', () => {
  it('is written by the first lint run, read by the next, and changes nothing in the report', async () => {
    const dir = join(work, 'lint');
    const first = await command(dir, ['--format', 'json', FLAWED]);
    expect(first.status).toBe(1);
    expect(first.stderr).toBe('');
    const [cache] = cacheFiles(dir);
    expect(cacheFiles(dir)).toHaveLength(1);
    expect(cache).toMatch(/cli\.cjs-\d+-\d+-v\d+\.\d+\.\d+-\w+\.v8-code-cache$/);
    const saved = readFileSync(cache!);
    const savedAt = statSync(cache!).mtimeMs;
    expect(saved.length).toBeGreaterThan(100_000);

    const second = await command(dir, ['--format', 'json', FLAWED]);
    expect(second.status).toBe(1);
    expect(second.stdout).toBe(first.stdout);
    expect(second.stderr).toBe('');
    // V8 took the cache: the launcher writes only when there was none or V8 rejected it.
    expect(statSync(cache!).mtimeMs).toBe(savedAt);
    expect(readFileSync(cache!).equals(saved)).toBe(true);

    const uncached = await command(dir, ['--format', 'json', FLAWED], { NODE_DISABLE_COMPILE_CACHE: '1' });
    expect(uncached.status).toBe(1);
    expect(uncached.stdout).toBe(first.stdout);
    expect(JSON.parse(first.stdout).findings.length).toBeGreaterThan(5);
  });

  it('a cache V8 rejects (another V8, or damaged) is replaced, and the run is unchanged', async () => {
    const dir = join(work, 'damaged');
    const clean = await command(dir, ['--format', 'json', FLAWED]);
    const [cache] = cacheFiles(dir);
    writeFileSync(cache!, Buffer.alloc(4096, 7));
    const run = await command(dir, ['--format', 'json', FLAWED]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe(clean.stdout);
    expect(run.stderr).toBe('');
    expect(cacheFiles(dir)).toEqual([cache]);
    expect(readFileSync(cache!).equals(Buffer.alloc(4096, 7))).toBe(false);
    expect(statSync(cache!).size).toBeGreaterThan(100_000);
  });

  it('runs that lint nothing (help, version, a usage error) write no cache', async () => {
    const dir = join(work, 'nothing');
    expect((await command(dir, ['--version'])).status).toBe(0);
    expect((await command(dir, ['--help'])).status).toBe(0);
    expect((await command(dir, ['--explain', 'trust/missing-aud'])).status).toBe(0);
    const usage = await command(dir, ['--fromat', 'json', FLAWED]);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toMatch(/^cognito-iam-lint: unknown option '--fromat'/);
    expect(cacheFiles(dir)).toEqual([]);
  });

  it('--aws with a cache loads the account reader (a file of its own) as a run without one does', async () => {
    const dir = join(work, 'aws');
    // Every call refused at once by a closed local port: nothing leaves the machine.
    const aws = {
      AWS_ENDPOINT_URL: 'http://127.0.0.1:9',
      AWS_MAX_ATTEMPTS: '1',
      AWS_ACCESS_KEY_ID: 'test',
      AWS_SECRET_ACCESS_KEY: 'test',
      AWS_REGION: 'us-east-1',
      AWS_CONFIG_FILE: join(work, 'none'),
      AWS_SHARED_CREDENTIALS_FILE: join(work, 'none'),
    };
    await command(dir, ['--format', 'json', FLAWED]);
    expect(cacheFiles(dir)).toHaveLength(1);
    const run = await command(dir, ['--aws', '--format', 'json'], aws);
    expect(run.stderr).toMatch(
      /^cognito-iam-lint: aws: iam:GetAccountAuthorizationDetails \(page 1\): .*ECONNREFUSED/m,
    );
    expect(run.stderr).not.toMatch(/internal error/);
    expect(run.status).toBe(2);
  });
});
