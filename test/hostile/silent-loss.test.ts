/**
 * Issue 12, classes 6 and 8: nothing meant to be read is lost in silence. UTF-16 and UTF-32 with a
 * BOM are decoded and linted; invalid UTF-8 is an input/parse-error at its position; a file over the
 * size limit, an unreadable file or directory, and files past the run's input budget each get one
 * stderr line naming them and the run exits 1, while the sibling's critical finding is still reported.
 * Runs the built binary (the committed build, or yours after `npm run build`).
 */
import { chmodSync, mkdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { brief, findingLines } from '../cli/helpers.js';
import { expectEndedCleanly, runBin, tempDir, templateWithoutAud } from './fs-helpers.js';

const SIBLING = 'sibling.json';
const dirs: string[] = [];

/** A directory with the sibling (UTF-8, trust/missing-aud critical) and `files`. */
function project(files: Record<string, string | Buffer>): string {
  const dir = tempDir('cil-loss-');
  dirs.push(dir);
  writeFileSync(join(dir, SIBLING), templateWithoutAud());
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

afterEach(() => {
  for (const dir of dirs.splice(0)) {
    chmodRecursive(dir);
    rmSync(dir, { recursive: true, force: true });
  }
});

function chmodRecursive(dir: string): void {
  for (const name of ['locked', 'locked.json']) {
    try {
      chmodSync(join(dir, name), 0o755);
    } catch {
      // not in this project
    }
  }
}

/** Where the sibling's finding is: the same text in another encoding must be reported at the same place. */
function siblingFinding(lines: string[]): string {
  const line = lines.find((l) => l.startsWith(`${SIBLING}:`) && l.endsWith('critical trust/missing-aud'));
  expect(line).toBeDefined();
  return line!.slice(SIBLING.length);
}

function snapshot(dir: string, names: string[]): Record<string, Buffer> {
  return Object.fromEntries(names.map((n) => [n, readFileSync(join(dir, n))]));
}

/** Lines of stderr that mention `name`. */
function linesNaming(stderr: string, name: string): string[] {
  return stderr.split('\n').filter((l) => l.includes(name));
}

describe('hostile input: encodings', () => {
  const text = templateWithoutAud();
  const utf16be = Buffer.from(text, 'utf16le').swap16();
  const utf32le = Buffer.alloc(text.length * 4);
  for (let i = 0; i < text.length; i++) utf32le.writeUInt32LE(text.charCodeAt(i), i * 4);
  const cases: Array<[string, Buffer]> = [
    ['utf16le.json', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])],
    ['utf16be.json', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be])],
    ['utf32le.json', Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), utf32le])],
  ];

  for (const [name, bytes] of cases) {
    it(`decodes ${name} by its byte order mark and reports its finding where the UTF-8 copy has it`, () => {
      const dir = project({ [name]: bytes });
      const before = snapshot(dir, [name, SIBLING]);
      const run = runBin(dir, ['.']);
      expectEndedCleanly(run);
      expect(run.status).toBe(1);
      expect(run.stderr).toBe('');
      const lines = brief(findingLines(run.stdout));
      expect(lines).toContain(`${name}${siblingFinding(lines)}`);
      expect(lines.filter((l) => l.includes('input/parse-error'))).toEqual([]);
      expect(snapshot(dir, [name, SIBLING])).toEqual(before);
    });
  }

  it('reports invalid UTF-8 at its position and still lints the rest of the file', () => {
    const yaml = Buffer.concat([
      Buffer.from('Description: caf'),
      Buffer.from([0xc3, 0x28]), // a lead byte whose continuation is missing
      Buffer.from(
        '\nResources:\n  Role:\n    Type: AWS::IAM::Role\n    Properties:\n      AssumeRolePolicyDocument:\n        Statement:\n' +
          '          - Effect: Allow\n            Principal: {Federated: cognito-identity.amazonaws.com}\n            Action: sts:AssumeRoleWithWebIdentity\n',
      ),
    ]);
    const dir = project({ 'bad-utf8.yaml': yaml });
    const run = runBin(dir, ['.', '-f', 'json']);
    expectEndedCleanly(run);
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout) as {
      findings: Array<{
        ruleId: string;
        file: string;
        message: string;
        range: { start: { line: number; column: number } };
      }>;
    };
    const bad = report.findings.filter((f) => f.file === 'bad-utf8.yaml');
    const parseError = bad.find((f) => f.ruleId === 'input/parse-error');
    expect(parseError?.range.start).toEqual({ line: 1, column: 17 });
    expect(parseError?.message).toContain('invalid UTF-8 (byte 0xc3 at offset 16)');
    expect(bad.map((f) => f.ruleId)).toContain('trust/missing-aud');
    expect(report.findings.some((f) => f.file === SIBLING && f.ruleId === 'trust/missing-aud')).toBe(true);
    // One line on stderr for the machine-readable run, naming the file and the position.
    expect(linesNaming(run.stderr, 'bad-utf8.yaml')).toEqual([
      'cognito-iam-lint: bad-utf8.yaml:1:17: invalid UTF-8 (byte 0xc3 at offset 16); templates must be UTF-8',
    ]);
  });

  it('names a UTF-16 file without a byte order mark instead of dropping it as binary', () => {
    const dir = project({ 'nobom.json': Buffer.from(templateWithoutAud(), 'utf16le') });
    const run = runBin(dir, ['.']);
    expectEndedCleanly(run);
    expect(run.status).toBe(1);
    expect(linesNaming(run.stderr, 'nobom.json')).toEqual([
      'cognito-iam-lint: nobom.json: UTF-16 without a byte order mark: save it as UTF-8',
    ]);
    expect(brief(findingLines(run.stdout)).some((l) => l.startsWith(`${SIBLING}:`))).toBe(true);
  });
});

describe('hostile input: files a walk cannot read', () => {
  it('names a file over the size limit and fails the run, with the sibling still reported', () => {
    const dir = project({ 'huge.json': '' });
    truncateSync(join(dir, 'huge.json'), 51 * 1024 * 1024); // sparse: no 51 MB written
    const run = runBin(dir, ['.', '--fail-on', 'none']);
    expectEndedCleanly(run);
    expect(run.status).toBe(1);
    expect(linesNaming(run.stderr, 'huge.json')).toEqual([
      'cognito-iam-lint: huge.json: larger than 50 MB (53477376 bytes)',
    ]);
    expect(
      brief(findingLines(run.stdout)).some((l) => l.startsWith(`${SIBLING}:`) && l.endsWith('trust/missing-aud')),
    ).toBe(true);
  });

  // Root reads whatever the mode bits say (as in CI containers): chmod 000 denies nothing there.
  const root = process.getuid?.() === 0;
  it.skipIf(root)(
    'names an unreadable file and an unreadable directory (skipped as root: chmod 000 does not deny root)',
    () => {
      const dir = project({ 'locked.json': templateWithoutAud() });
      mkdirSync(join(dir, 'locked'));
      writeFileSync(join(dir, 'locked', 'inner.json'), templateWithoutAud());
      chmodSync(join(dir, 'locked.json'), 0o000);
      chmodSync(join(dir, 'locked'), 0o000);
      const run = runBin(dir, ['.']);
      expectEndedCleanly(run);
      expect(run.status).toBe(1);
      expect(linesNaming(run.stderr, 'locked.json')).toEqual(['cognito-iam-lint: locked.json: permission denied']);
      expect(linesNaming(run.stderr, 'locked:')).toEqual(['cognito-iam-lint: locked: permission denied']);
      expect(brief(findingLines(run.stdout)).some((l) => l.startsWith(`${SIBLING}:`))).toBe(true);
    },
  );

  it('stops reading at --max-total-mb, names each file it did not read, and fails the run', () => {
    const big = templateWithoutAud() + ' '.repeat(2000);
    // Read in name order: the sibling fits in 2 KB, the two after it do not.
    const dir = project({ 'x-big.json': big, 'y-big.json': big });
    const run = runBin(dir, ['.', '--max-total-mb', '0.002', '--fail-on', 'none']);
    expectEndedCleanly(run);
    expect(run.status).toBe(1);
    for (const name of ['x-big.json', 'y-big.json']) {
      expect(linesNaming(run.stderr, name)).toEqual([
        `cognito-iam-lint: ${name}: not read: the run's input budget of 0.002 MB is spent (see --max-total-mb)`,
      ]);
    }
    expect(
      brief(findingLines(run.stdout))
        .filter((l) => l.endsWith('trust/missing-aud'))
        .map((l) => l.split(':')[0]),
    ).toEqual([SIBLING]);
  });

  it('lists every file it did not read in the report itself (JSON notifications), not only on stderr', () => {
    const dir = project({ 'huge.json': '' });
    truncateSync(join(dir, 'huge.json'), 51 * 1024 * 1024);
    const run = runBin(dir, ['.', '--format', 'json', '--fail-on', 'none']);
    expectEndedCleanly(run);
    const report = JSON.parse(run.stdout) as {
      notifications: Array<{ level: string; kind: string; file?: string; message: string }>;
    };
    expect(report.notifications.filter((n) => n.file === 'huge.json')).toEqual([
      { level: 'error', kind: 'input', file: 'huge.json', message: 'Not read: larger than 50 MB (53477376 bytes)' },
    ]);
  });

  it('refuses a --max-total-mb that is not a number', () => {
    const dir = project({});
    const run = runBin(dir, ['.', '--max-total-mb', 'lots']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe("cognito-iam-lint: --max-total-mb expects a number of megabytes; got 'lots'.\n");
  });
});
