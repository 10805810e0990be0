/**
 * The command sets V8's optimisation budget for its short run (src/cli/v8-tuning.ts), before the
 * bundle is compiled; `lint()`, a library call, leaves V8 alone. What it saves in time is the
 * benchmark's to say (README "Benchmark"); here: which flags are set, on which V8, by whom, and that
 * the report is unchanged by them.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { runAsync } from './run-async.js';

const { setFlagsFromString } = vi.hoisted(() => ({ setFlagsFromString: vi.fn() }));
vi.mock('node:v8', async (original) => ({ ...(await original<typeof import('node:v8')>()), setFlagsFromString }));

const { tuneV8, V8_FLAGS } = await import('../../src/cli/v8-tuning.js');

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'cognito-iam-lint.js');
const FLAWED = join(ROOT, 'examples', 'flawed', 'app.yaml');
const work = mkdtempSync(join(tmpdir(), 'cil-v8-tuning-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
afterEach(() => setFlagsFromString.mockClear());

/**
 * Preloaded into the command's process: records every V8 flag set, on stderr, then sets it (unless
 * RECORD_ONLY is set). `syncBuiltinESMExports` makes the launcher's ES import of `node:v8` see it.
 */
const RECORDER = `
const v8 = require('node:v8');
const set = v8.setFlagsFromString;
v8.setFlagsFromString = (flags) => {
  process.stderr.write('v8 flag: ' + flags + '\\n');
  if (!process.env.RECORD_ONLY) set(flags);
};
require('node:module').syncBuiltinESMExports();
`;

/** Whether this Node's V8 is one tuneV8 sets flags on. */
const tuned = ['11', '12', '13'].includes(process.versions.v8.split('.')[0]!);

describe('tuneV8', () => {
  it("raises the interrupt budget eightfold over Node 20's default", () => {
    expect(V8_FLAGS).toEqual(['--interrupt-budget=540672']);
  });

  it.each(['11.3.244.8-node.38', '12.4.254.21-node.33', '13.6.233.10-node.18'])(
    'sets the flags on V8 %s',
    (version) => {
      expect(tuneV8(version)).toBe(true);
      expect(setFlagsFromString.mock.calls).toEqual([['--interrupt-budget=540672']]);
    },
  );

  it.each(['10.2.154.26-node.26', '14.1.146.11-node.25', ''])(
    'sets nothing on V8 %j, which might not know the flag and would print an error into the report',
    (version) => {
      expect(tuneV8(version)).toBe(false);
      expect(setFlagsFromString).not.toHaveBeenCalled();
    },
  );
});

describe('the command', () => {
  it('sets the flags before it lints, and writes the report an untuned run writes', async () => {
    const recorder = join(work, 'record-v8-flags.cjs');
    writeFileSync(recorder, RECORDER);
    const run = (env: NodeJS.ProcessEnv) =>
      runAsync(process.execPath, ['--require', recorder, BIN, '--format', 'json', FLAWED], {
        cwd: ROOT,
        env: { ...process.env, NO_COLOR: '1', NODE_DISABLE_COMPILE_CACHE: '1', ...env },
        timeoutMs: 60_000,
      });
    const withFlags = await run({});
    const withoutFlags = await run({ RECORD_ONLY: '1' });
    expect(withFlags.status).toBe(1);
    expect(withFlags.stderr).toBe(tuned ? 'v8 flag: --interrupt-budget=540672\n' : '');
    expect(withoutFlags.status).toBe(1);
    expect(withFlags.stdout).toBe(withoutFlags.stdout);
    expect(JSON.parse(withFlags.stdout).findings.length).toBeGreaterThan(5);
  });

  it('is the only one: the library sets no flag', async () => {
    const recorder = join(work, 'record-v8-flags.cjs');
    writeFileSync(recorder, RECORDER);
    const script = [
      `const api = await import(${JSON.stringify(pathToFileURL(join(ROOT, 'dist', 'index.js')).href)});`,
      `const { report } = api.lint([${JSON.stringify(FLAWED)}], { fs: api.nodeFileSystem, cwd: ${JSON.stringify(ROOT)} });`,
      'process.stdout.write(String(report.findings.length));',
    ].join('\n');
    const library = await runAsync(process.execPath, ['--require', recorder, '--input-type=module', '-e', script], {
      cwd: ROOT,
      env: process.env,
      timeoutMs: 60_000,
    });
    expect(library.stderr).toBe('');
    expect(Number(library.stdout)).toBeGreaterThan(5);
  });
});
