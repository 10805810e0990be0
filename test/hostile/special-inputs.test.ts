/**
 * Issue 12, class 11: a FIFO where a file or the config file is expected, and too much on stdin.
 * Nothing blocks: a FIFO named explicitly is refused in one line while its siblings are linted, a
 * path swapped for a FIFO after it was stat'ed is opened non-blocking and refused on its
 * descriptor, a FIFO config is refused rather than skipped for a parent directory's config, and
 * stdin is bounded like a file.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../../src/inputs/files.js';
import { nodeFileSystem } from '../../src/inputs/node-fs.js';
import { expectEndedCleanly, runBin, sarifResults, tempDir, TIME_BOUND_MS, templateWithoutAud } from './fs-helpers.js';

const BIN = join(__dirname, '..', '..', 'bin', 'cognito-iam-lint.js');
const FIFO = process.platform !== 'win32' && spawnSync('mkfifo', ['--version']).error === undefined;

describe.runIf(FIFO)('FIFOs and stdin', () => {
  let dir: string;

  beforeEach(() => {
    dir = tempDir('cil-special-');
    writeFileSync(join(dir, 'good.json'), templateWithoutAud());
  });

  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const mkfifo = (path: string): void => expect(spawnSync('mkfifo', [path]).status).toBe(0);

  it('refuses a FIFO named explicitly in one line, without blocking, and lints its sibling', () => {
    mkfifo(join(dir, 'pipe.json'));
    const run = runBin(dir, ['pipe.json', 'good.json', '--format', 'sarif']);
    expectEndedCleanly(run);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('cognito-iam-lint: pipe.json: not a regular file\n');
    expect(sarifResults(run.stdout)).toEqual(['trust/missing-aud good.json']);
  });

  it('opens a path swapped for a FIFO after its stat without blocking, and refuses it on the descriptor', () => {
    // The loader's stat saw a file; what readFile opens is a FIFO with no writer: a blocking open waits for ever.
    mkfifo(join(dir, 'swapped.json'));
    const started = Date.now();
    expect(() => nodeFileSystem.readFile(join(dir, 'swapped.json'), MAX_FILE_BYTES)).toThrow(
      /ESPECIAL: not a regular file/,
    );
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('refuses a config file that is a FIFO, rather than applying a parent directory config', () => {
    writeFileSync(join(dir, '.cognito-iam-lint.yaml'), 'rules:\n  trust/missing-aud: off\n');
    mkdirSync(join(dir, 'app'));
    writeFileSync(join(dir, 'app', 'good.json'), templateWithoutAud());
    mkfifo(join(dir, 'app', '.cognito-iam-lint.yaml'));
    const run = runBin(join(dir, 'app'), ['good.json']);
    expect(run.signal).toBeNull();
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      'cognito-iam-lint: .cognito-iam-lint.yaml: the config file is not a regular file (a FIFO, socket or device); refused.\n',
    );
  });

  it('bounds stdin like a file: over 50 MB is a one-line error, exit 2', () => {
    const started = Date.now();
    const run = spawnSync(process.execPath, [BIN, '-', '--stdin-filename', 'big.json'], {
      cwd: dir,
      input: Buffer.alloc(MAX_FILE_BYTES + 1024 * 1024, 0x20),
      encoding: 'utf8',
      timeout: TIME_BOUND_MS,
    });
    expect(run.signal).toBeNull();
    expect(Date.now() - started).toBeLessThan(TIME_BOUND_MS);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('cognito-iam-lint: -: standard input is larger than 50 MB; not read.\n');
  });
});
