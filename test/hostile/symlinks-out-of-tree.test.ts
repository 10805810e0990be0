/**
 * Issue 12, class 3: symbolic links out of the tree, special files, unbounded reads and parse errors
 * that quote content. A walk reads only regular files inside the directory it was given; what it
 * refuses gets one line on stderr naming it; the other files are still linted.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectEndedCleanly, runBin, sarifResults, tempDir, templateWithoutAud } from './fs-helpers.js';

const SECRET = 'ghp_TOPSECRETtokenValue0123456789abcdef';

/** mkfifo is POSIX; where it is missing (Windows) the FIFO test is skipped. */
function canMakeFifo(): boolean {
  const dir = tempDir('cil-fifo-probe-');
  try {
    return spawnSync('mkfifo', [join(dir, 'probe')]).status === 0;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const FIFO = canMakeFifo();
const PROC = existsSync('/proc/self/pagemap');

describe('symbolic links out of the tree and special files', () => {
  let dir: string;
  let good: string;

  beforeEach(() => {
    dir = tempDir('cil-symlinks-');
    writeFileSync(join(dir, 'secret'), SECRET + '\n');
    mkdirSync(join(dir, 'proj', 'nested'), { recursive: true });
    good = templateWithoutAud();
    writeFileSync(join(dir, 'proj', 'good.json'), good);
    symlinkSync('../secret', join(dir, 'proj', 'leak.json'));
    // A link that stays inside the tree is read as before.
    symlinkSync('../good.json', join(dir, 'proj', 'nested', 'inside.json'));
  });

  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  function expectSiblingReported(stdout: string): void {
    const results = sarifResults(stdout);
    expect(results).toContain('trust/missing-aud proj/good.json');
    expect(results).toContain('trust/missing-aud proj/nested/inside.json');
  }

  it('does not follow a link that leaves the walked directory, and says so in one line', () => {
    const run = runBin(dir, ['proj', '--format', 'sarif']);
    expectEndedCleanly(run);
    expect(run.status).toBe(1);
    expectSiblingReported(run.stdout);
    expect(run.stderr).toBe(
      'cognito-iam-lint: proj/leak.json: symbolic link to outside proj: not followed (name it explicitly to lint it)\n',
    );
    expect(run.stdout + run.stderr).not.toContain('ghp_');
    expect(readFileSync(join(dir, 'secret'), 'utf8')).toBe(SECRET + '\n');
    expect(readFileSync(join(dir, 'proj', 'good.json'), 'utf8')).toBe(good);
  });

  it('names a link out of the tree in text output too, and never quotes what it cannot parse when named', () => {
    const walked = runBin(dir, ['proj']);
    expectEndedCleanly(walked);
    expect(walked.stderr).toContain('proj/leak.json: symbolic link to outside proj');
    expect(walked.stdout).toContain('trust/missing-aud');
    // Named explicitly it is read (the user asked), but the parse error describes, never quotes.
    const named = runBin(dir, ['proj/leak.json', 'proj/good.json', '--format', 'sarif']);
    expectEndedCleanly(named);
    expect(named.status).toBe(1);
    expect(sarifResults(named.stdout)).toEqual(
      expect.arrayContaining(['input/parse-error proj/leak.json', 'trust/missing-aud proj/good.json']),
    );
    expect(named.stderr).toContain('proj/leak.json:1:1: Unexpected bare word (39 characters): not a JSON value');
    expect(named.stdout + named.stderr).not.toContain('ghp_');
  });

  it.skipIf(!PROC)('does not read /proc through a link (pagemap would yield gigabytes)', () => {
    symlinkSync('/proc/self/pagemap', join(dir, 'proj', 'x.json'));
    const run = runBin(dir, ['proj', '--format', 'sarif']);
    expectEndedCleanly(run);
    expect(run.status).toBe(1);
    expectSiblingReported(run.stdout);
    expect(run.stderr).toContain('cognito-iam-lint: proj/x.json: symbolic link to outside proj: not followed');
  });

  it.skipIf(!PROC)('bounds the read of a /proc file named explicitly, whatever size it reports', () => {
    const run = runBin(dir, ['/proc/self/pagemap', 'proj/good.json', '--format', 'sarif']);
    expectEndedCleanly(run);
    expect(run.status).toBe(1);
    expect(sarifResults(run.stdout)).toContain('trust/missing-aud proj/good.json');
    expect(run.stderr).toMatch(/^cognito-iam-lint: \S*proc\/self\/pagemap: (larger than 50 MB|binary file)$/m);
  });

  it.skipIf(!FIFO)('never opens a FIFO in a walk', () => {
    expect(spawnSync('mkfifo', [join(dir, 'proj', 'x.json')]).status).toBe(0);
    const run = runBin(dir, ['proj', '--format', 'sarif']);
    expectEndedCleanly(run);
    expect(run.status).toBe(1);
    expectSiblingReported(run.stdout);
    expect(run.stderr).toContain(
      'cognito-iam-lint: proj/x.json: not a regular file (a FIFO, socket or device): not read\n',
    );
  });

  it('does not follow a cdk manifest templateFile that links out of the assembly', () => {
    const out = join(dir, 'proj', 'cdk.out');
    mkdirSync(out);
    writeFileSync(join(out, 'Good.template.json'), good);
    symlinkSync('../../secret', join(out, 'Leak.template.json'));
    const stack = (templateFile: string) => ({
      type: 'aws:cloudformation:stack',
      environment: 'aws://unknown-account/unknown-region',
      properties: { templateFile },
    });
    writeFileSync(
      join(out, 'manifest.json'),
      JSON.stringify({
        version: '36.0.0',
        artifacts: { Good: stack('Good.template.json'), Leak: stack('Leak.template.json') },
      }),
    );
    const run = runBin(dir, ['proj/cdk.out', '--format', 'sarif']);
    expectEndedCleanly(run);
    expect(run.status).toBe(1);
    const results = sarifResults(run.stdout);
    expect(results).toEqual(
      expect.arrayContaining([
        'trust/missing-aud proj/cdk.out/Good.template.json',
        'input/parse-error proj/cdk.out/manifest.json',
      ]),
    );
    expect(run.stdout).toContain(
      'names template `Leak.template.json`, which cannot be read. Reason: a symbolic link to outside the assembly directory, not followed.',
    );
    expect(run.stdout + run.stderr).not.toContain('ghp_');
  });

  it('reads a link to a file whose name starts with `..` inside the tree (`..x.json` is not `../x.json`)', () => {
    writeFileSync(join(dir, 'proj', '..x.json'), good);
    writeFileSync(join(dir, 'proj', '...json'), good);
    symlinkSync('..x.json', join(dir, 'proj', 'dots-link.json'));
    symlinkSync('...json', join(dir, 'proj', 'dots-link2.json'));
    const run = runBin(dir, ['proj', '--format', 'sarif']);
    expectEndedCleanly(run);
    expect(run.status).toBe(1);
    expect(run.stderr).not.toContain('dots-link');
    expect(sarifResults(run.stdout)).toEqual(
      expect.arrayContaining([
        'trust/missing-aud proj/..x.json',
        'trust/missing-aud proj/...json',
        'trust/missing-aud proj/dots-link.json',
        'trust/missing-aud proj/dots-link2.json',
      ]),
    );
  });

  it('names each linked directory a walk does not enter: one leaving the tree, one looping back', () => {
    mkdirSync(join(dir, 'elsewhere'));
    writeFileSync(join(dir, 'elsewhere', 'other.json'), good);
    symlinkSync('../elsewhere', join(dir, 'proj', 'out-link'));
    symlinkSync('..', join(dir, 'proj', 'nested', 'loop'));
    const run = runBin(dir, ['proj', '--format', 'sarif']);
    expectEndedCleanly(run);
    expect(run.status).toBe(1);
    expectSiblingReported(run.stdout);
    expect(run.stderr).toBe(
      [
        'cognito-iam-lint: proj/leak.json: symbolic link to outside proj: not followed (name it explicitly to lint it)',
        'cognito-iam-lint: proj/nested/loop: symbolic link to a directory that contains it (a loop): not followed',
        'cognito-iam-lint: proj/out-link: symbolic link to a directory outside proj: not followed (name it explicitly to lint it)',
        '',
      ].join('\n'),
    );
    // In the report too, as the refused files are.
    const notes = (
      JSON.parse(run.stdout) as {
        runs: Array<{ invocations: Array<{ toolExecutionNotifications?: Array<{ message: { text: string } }> }> }>;
      }
    ).runs[0]!.invocations[0]!.toolExecutionNotifications!.map((n) => n.message.text);
    expect(notes).toEqual([
      'Not read: symbolic link to outside proj: not followed (name it explicitly to lint it)',
      'Not read: symbolic link to a directory that contains it (a loop): not followed',
      'Not read: symbolic link to a directory outside proj: not followed (name it explicitly to lint it)',
    ]);
    expect(sarifResults(run.stdout).join('\n')).not.toContain('other.json');
  });

  it('does not follow a discovered config file that links out of its directory', () => {
    symlinkSync('../secret', join(dir, 'proj', '.cognito-iam-lint.yaml'));
    const run = runBin(join(dir, 'proj'), ['good.json']);
    expect(run.signal).toBeNull();
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      'cognito-iam-lint: .cognito-iam-lint.yaml: the config file is a symbolic link to outside .; not followed (name it with --config to use it).\n',
    );
    expect(run.stdout + run.stderr).not.toContain('ghp_');
  });
});
