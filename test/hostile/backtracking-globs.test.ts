/**
 * Issue 12, class 4: globs from the config file (and --include/--exclude) are the attacker's. A
 * glob that makes a backtracking matcher run for ever is matched in linear time
 * (src/util/glob.ts); one too big to compile is a config error at its key, exit 2, one line.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  expectEndedCleanly,
  runBin,
  sarifResults,
  tempDir,
  templateWithoutAud,
  type ProcessRun,
} from './fs-helpers.js';

/** `*a*a…(×30)b`: minimatch's RegExp tries C(60, 30) ways against a name of 60 `a`s. */
const BACKTRACKING = `*${'a*'.repeat(30)}b`;
const LONG_NAME = `${'a'.repeat(60)}.json`;

function expectConfigError(run: ProcessRun, message: RegExp): void {
  expect(run.signal).toBeNull();
  expect(run.status).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr).toMatch(message);
  expect(run.stderr.split('\n')).toHaveLength(2);
  expect(run.stderr).not.toMatch(/internal error|\n\s+at /);
}

describe('globs from the config', () => {
  let dir: string;
  let template: string;

  beforeEach(() => {
    dir = tempDir('cil-globs-');
    template = templateWithoutAud();
    writeFileSync(join(dir, LONG_NAME), template);
    writeFileSync(join(dir, 'good.json'), template);
  });

  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const config = (yaml: string): void => writeFileSync(join(dir, '.cognito-iam-lint.yaml'), yaml);

  it('matches a backtracking exclude glob in linear time: nothing excluded, every file reported', () => {
    config(`exclude:\n  - "${BACKTRACKING}"\n`);
    const run = runBin(dir, ['.', '--format', 'sarif']);
    expectEndedCleanly(run);
    expect(run.ms).toBeLessThan(5000);
    expect(run.status).toBe(1);
    expect(sarifResults(run.stdout).sort()).toEqual([`trust/missing-aud ${LONG_NAME}`, 'trust/missing-aud good.json']);
    expect(readFileSync(join(dir, LONG_NAME), 'utf8')).toBe(template);
  });

  it('matches a backtracking suppression glob in linear time, and a matching one still suppresses', () => {
    config(
      [
        'suppressions:',
        '  - rule: trust/missing-aud',
        `    files: "${BACKTRACKING}"`,
        '    reason: never matches',
        '  - rule: trust/missing-aud',
        `    files: ["${'a*'.repeat(30)}.json"]`,
        '    reason: the long name is accepted',
        '',
      ].join('\n'),
    );
    const run = runBin(dir, ['.', '--format', 'sarif']);
    expectEndedCleanly(run);
    expect(run.ms).toBeLessThan(5000);
    expect(run.status).toBe(1);
    const log = JSON.parse(run.stdout) as {
      runs: Array<{
        results: Array<{
          suppressions?: unknown[];
          locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }>;
        }>;
      }>;
    };
    const suppressed = log.runs[0]!.results.filter((r) => (r.suppressions ?? []).length > 0).map(
      (r) => r.locations[0]!.physicalLocation.artifactLocation.uri,
    );
    expect(suppressed).toEqual([LONG_NAME]);
    expect(sarifResults(run.stdout)).toContain('trust/missing-aud good.json');
  });

  it('refuses a 1 MB glob at its key', () => {
    config(`failOn: high\nexclude:\n  - good.json\n  - "${'x'.repeat(1024 * 1024)}"\n`);
    const run = runBin(dir, ['.']);
    expectConfigError(
      run,
      /^cognito-iam-lint: \.cognito-iam-lint\.yaml:4:5: `exclude\.1`: the glob is 1,048,576 characters long; a glob may have at most 1,024\.\n$/,
    );
  });

  it('refuses a 100,000-way brace expansion in a suppression at its key', () => {
    config(
      [
        'suppressions:',
        '  - rule: trust/missing-aud',
        '    files:',
        '      - good.json',
        `      - "${'{a,b}'.repeat(17)}"`,
        '    reason: bomb',
        '',
      ].join('\n'),
    );
    const run = runBin(dir, ['.']);
    expectConfigError(
      run,
      /^cognito-iam-lint: \.cognito-iam-lint\.yaml:5:9: `suppressions\.0\.files\.1`: the glob expands \(braces\) to more than 1,000 patterns\.\n$/,
    );
  });

  it('refuses {1..100000} and an extended glob, which only a backtracking matcher matches', () => {
    config('include:\n  - "{1..100000}.json"\n');
    expectConfigError(
      runBin(dir, ['.']),
      /^cognito-iam-lint: \.cognito-iam-lint\.yaml:2:5: `include\.0`: the glob expands/,
    );
    config('exclude: ["+(a|aa)+(a|aa)b"]\n');
    expectConfigError(
      runBin(dir, ['.']),
      /^cognito-iam-lint: \.cognito-iam-lint\.yaml:1:\d+: `exclude\.0`: the glob uses an extended glob/,
    );
  });

  it('refuses a brace bomb in --exclude, and matches a backtracking --exclude in linear time', () => {
    expectConfigError(
      runBin(dir, ['.', '--exclude', '{a,b}'.repeat(17)]),
      /^cognito-iam-lint: --exclude: the glob expands \(braces\) to more than 1,000 patterns\.\n$/,
    );
    const run = runBin(dir, ['.', '--format', 'sarif', '--exclude', BACKTRACKING, '--exclude', 'good.*']);
    expectEndedCleanly(run);
    expect(run.ms).toBeLessThan(5000);
    expect(sarifResults(run.stdout)).toEqual([`trust/missing-aud ${LONG_NAME}`]);
  });
});
