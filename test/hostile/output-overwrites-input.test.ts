/**
 * Issue 12, class 9: `-o role.json role.json` replaced the template with its report. An output
 * (-o, --report, --write-baseline) that is one of the run's inputs, by real path, is refused with
 * exit 2 and one line before anything is written; every output is written atomically.
 */
import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/cli/write-file.js';
import { expectNoCrash, runBin, SIBLING_CRITICAL, tempDir } from './output-helpers.js';

const POLICY = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    {
      Effect: 'Allow',
      Principal: { Federated: 'cognito-identity.amazonaws.com' },
      Action: 'sts:AssumeRoleWithWebIdentity',
      Condition: { 'ForAnyValue:StringLike': { 'cognito-identity.amazonaws.com:amr': 'unauthenticated' } },
    },
  ],
});

describe('an output path that is one of the inputs', () => {
  let dir: string;
  const inputs = new Map<string, string>();

  beforeEach(() => {
    dir = tempDir('overwrite');
    inputs.clear();
    inputs.set('t.json', POLICY);
    inputs.set('stacks/sibling.yaml', SIBLING_CRITICAL);
    mkdirSync(join(dir, 'stacks'));
    for (const [name, text] of inputs) writeFileSync(join(dir, name), text);
    symlinkSync('t.json', join(dir, 'link.json'));
  });

  function expectRefused(args: string[], named: RegExp): void {
    const before = readdirSync(dir).sort();
    const run = runBin(dir, args);
    expectNoCrash(run);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    const lines = run.stderr.split('\n').filter(Boolean);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(named);
    for (const [name, text] of inputs) expect(readFileSync(join(dir, name), 'utf8')).toBe(text);
    // Nothing written, not even a temporary file.
    expect(readdirSync(dir).sort()).toEqual(before);
  }

  it('-o t.json t.json', () => {
    expectRefused(
      ['-o', 't.json', 't.json'],
      /^cognito-iam-lint: --output t\.json is an input of this run: refusing to overwrite it\.$/,
    );
  });

  it('--report json=… through a symbolic link to a named input', () => {
    expectRefused(
      ['--report', 'json=link.json', 't.json', 'stacks'],
      /^cognito-iam-lint: --report json=… link\.json is an input of this run \(t\.json\): refusing to overwrite it\.$/,
    );
  });

  it('--write-baseline onto a template of a walked directory', () => {
    expectRefused(
      ['--write-baseline', 'stacks/sibling.yaml', 't.json', 'stacks'],
      /--write-baseline stacks\/sibling\.yaml is an input/,
    );
  });

  it('-o onto the config file', () => {
    writeFileSync(join(dir, 'lint.json'), '{}');
    inputs.set('lint.json', '{}');
    expectRefused(['-c', 'lint.json', '-o', 'lint.json', 't.json'], /--output lint\.json is an input/);
  });

  it('a report beside the inputs is still written, and the sibling still reported', () => {
    const run = runBin(dir, ['-f', 'json', '-o', 'report.json', '.']);
    expectNoCrash(run);
    expect(run.status).toBe(1);
    const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as {
      findings: Array<{ file: string; ruleId: string }>;
    };
    expect(report.findings).toContainEqual(
      expect.objectContaining({ file: 'stacks/sibling.yaml', ruleId: 'trust/missing-aud' }),
    );
    // A second run over the same tree reads the old report as "not a template", not as an input.
    expect(runBin(dir, ['-f', 'json', '-o', 'report.json', '.']).status).toBe(1);
    for (const [name, text] of inputs) expect(readFileSync(join(dir, name), 'utf8')).toBe(text);
  });
});

describe('writeFileAtomic', () => {
  it('replaces the content and leaves no temporary file', () => {
    const dir = tempDir('atomic');
    writeFileSync(join(dir, 'baseline.json'), 'old');
    writeFileAtomic(join(dir, 'baseline.json'), 'new');
    expect(readFileSync(join(dir, 'baseline.json'), 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['baseline.json']);
  });

  it('writes through a symbolic link, keeping the link', () => {
    const dir = tempDir('atomic');
    writeFileSync(join(dir, 'real.json'), 'old');
    symlinkSync('real.json', join(dir, 'link.json'));
    writeFileAtomic(join(dir, 'link.json'), 'new');
    expect(readFileSync(join(dir, 'real.json'), 'utf8')).toBe('new');
    expect(lstatSync(join(dir, 'link.json')).isSymbolicLink()).toBe(true);
  });

  it('keeps the old content when the directory is read-only', () => {
    const dir = tempDir('atomic');
    writeFileSync(join(dir, 'baseline.json'), 'old');
    chmodSync(dir, 0o555);
    try {
      // root ignores directory permissions: the failure cannot be provoked that way.
      if (process.getuid?.() === 0) return;
      expect(() => writeFileAtomic(join(dir, 'baseline.json'), 'new')).toThrow();
      expect(readFileSync(join(dir, 'baseline.json'), 'utf8')).toBe('old');
    } finally {
      chmodSync(dir, 0o755);
    }
  });

  it('keeps a directory in the way as it was, with no temporary file beside it', () => {
    const dir = tempDir('atomic');
    // A destination that is a directory: refused before any temporary file is made.
    mkdirSync(join(dir, 'out.json'));
    writeFileSync(join(dir, 'out.json', 'keep'), 'old');
    expect(() => writeFileAtomic(join(dir, 'out.json'), 'new')).toThrow(/EISDIR/);
    expect(readFileSync(join(dir, 'out.json', 'keep'), 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['out.json']);
  });

  it('fails cleanly when the parent is a file', () => {
    const dir = tempDir('atomic');
    writeFileSync(join(dir, 'file'), 'old');
    expect(() => writeFileAtomic(join(dir, 'file', 'baseline.json'), 'new')).toThrow(/ENOTDIR/);
    expect(readFileSync(join(dir, 'file'), 'utf8')).toBe('old');
    expect(existsSync(join(dir, 'file', 'baseline.json'))).toBe(false);
  });
});
