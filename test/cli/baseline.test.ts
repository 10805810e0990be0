/**
 * --write-baseline and --baseline: adopt the linter on a project with findings, and fail CI only
 * on new ones. A bad baseline file is exit 2 with one line.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Log } from 'sarif';
import { parseBaseline } from '../../src/engine/baseline.js';
import type { LintReport } from '../../src/engine/types.js';
import { brief, diskProject, expectOneLineError, findingLines, memoryProject } from './helpers.js';
import { CRITICAL_YAML, HIGH_YAML, MEDIUM_JSON } from './templates.js';

/** A baseline written for `files`, by the CLI itself. */
function baselineOf(files: Record<string, string>, argv: string[] = ['.']): string {
  const run = memoryProject(files).run([...argv, '--write-baseline', 'baseline.json']);
  expect(run.code).toBe(0);
  return run.written.get('/proj/baseline.json')!;
}

describe('--write-baseline', () => {
  const project = memoryProject({ 'critical.yaml': CRITICAL_YAML, 'high.yaml': HIGH_YAML });

  it('records every finding, says so on stderr, prints the report as usual and exits 0', () => {
    const run = project.run(['.', '--write-baseline', 'baseline.json']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('cognito-iam-lint: wrote 2 findings to the baseline baseline.json.\n');
    expect(brief(findingLines(run.stdout))).toEqual([
      'critical.yaml:14:13 critical trust/missing-aud',
      'high.yaml:13:13 high trust/missing-amr',
    ]);
    const baseline = parseBaseline(run.written.get('/proj/baseline.json')!);
    expect(baseline.entries.map((e) => [e.file, e.ruleId, e.resource])).toEqual([
      ['critical.yaml', 'trust/missing-aud', 'AuthRole'],
      ['high.yaml', 'trust/missing-amr', 'AuthRole'],
    ]);
    expect(baseline.entries.every((e) => /^[0-9a-f]{32}$/.test(e.fingerprint) && e.message.length > 0)).toBe(true);
  });

  it('writes the same bytes for the same findings, and uses the report’s fingerprints', () => {
    const first = project.run(['.', '--write-baseline', 'baseline.json']).written.get('/proj/baseline.json');
    expect(project.run(['.', '--write-baseline', 'baseline.json']).written.get('/proj/baseline.json')).toBe(first);
    const report = JSON.parse(project.run(['.', '-f', 'json']).stdout) as LintReport;
    expect(
      parseBaseline(first!)
        .entries.map((e) => e.fingerprint)
        .sort(),
    ).toEqual(report.findings.map((f) => f.fingerprint).sort());
  });

  it('writes to disk, and says in one line when it cannot', () => {
    const disk = diskProject({ 'critical.yaml': CRITICAL_YAML });
    try {
      expect(disk.run(['critical.yaml', '--write-baseline', '.baseline.json']).code).toBe(0);
      expect(parseBaseline(readFileSync(join(disk.root, '.baseline.json'), 'utf8')).entries).toHaveLength(1);
      const run = disk.run(['critical.yaml', '--write-baseline', 'missing/dir/baseline.json']);
      expect(run.code).toBe(2);
      expectOneLineError(run.stderr, 'missing/dir/baseline.json', 'cannot write the baseline', 'no such directory');
    } finally {
      disk.cleanup();
    }
  });
});

describe('--baseline', () => {
  const files = { 'critical.yaml': CRITICAL_YAML, 'high.yaml': HIGH_YAML };
  const baseline = baselineOf(files);

  it('accepts the findings it holds: exit 0, listed in the summary, not as problems', () => {
    const run = memoryProject({ ...files, 'baseline.json': baseline }).run(['.', '--baseline', 'baseline.json']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(findingLines(run.stdout)).toEqual([]);
    expect(run.stdout).toContain('✔ No problems in 2 files.\n');
    expect(run.stdout).toContain('  Not counted: 2 accepted by the baseline.\n');
    expect(run.stdout).toContain('  Baseline: 0 new, 2 unchanged, 0 absent.\n');
  });

  it('--verbose lists the accepted findings, each marked as such', () => {
    const run = memoryProject({ ...files, 'baseline.json': baseline }).run([
      '.',
      '--baseline',
      'baseline.json',
      '--verbose',
    ]);
    expect(brief(findingLines(run.stdout))).toEqual([
      'critical.yaml:14:13 critical trust/missing-aud',
      'high.yaml:13:13 high trust/missing-amr',
    ]);
    expect(run.stdout.match(/^ {4}baseline: accepted earlier \(unchanged since the baseline\)$/gm)).toHaveLength(2);
  });

  it('fails on a new finding only, and marks each finding new or unchanged in SARIF and JSON', () => {
    const project = memoryProject({ ...files, 'medium.json': MEDIUM_JSON, 'baseline.json': baseline });
    const run = project.run([
      '.',
      '--baseline',
      'baseline.json',
      '--fail-on',
      'medium',
      '--report',
      'sarif=out.sarif',
      '--report',
      'json=out.json',
    ]);
    expect(run.code).toBe(1);
    expect(brief(findingLines(run.stdout))).toEqual(['medium.json:13:13 medium trust/missing-amr']);
    expect(run.stdout).toContain('  Baseline: 1 new, 2 unchanged, 0 absent.\n');

    const results = (JSON.parse(run.written.get('/proj/out.sarif')!) as Log).runs[0]!.results!;
    expect(results.map((r) => [r.locations![0]!.physicalLocation!.artifactLocation!.uri, r.baselineState])).toEqual([
      ['critical.yaml', 'unchanged'],
      ['high.yaml', 'unchanged'],
      ['medium.json', 'new'],
    ]);
    const report = JSON.parse(run.written.get('/proj/out.json')!) as LintReport;
    expect(report.findings.map((f) => f.baselineState)).toEqual(['unchanged', 'unchanged', 'new']);
  });

  it('keeps a finding accepted when its lines move', () => {
    const moved = {
      'critical.yaml': `# Moved down by this comment\n\n${CRITICAL_YAML}`,
      'high.yaml': HIGH_YAML,
      'baseline.json': baseline,
    };
    const run = memoryProject(moved).run(['.', '--baseline', 'baseline.json', '--verbose']);
    expect(run.code).toBe(0);
    expect(brief(findingLines(run.stdout))).toContain('critical.yaml:16:13 critical trust/missing-aud');
    expect(run.stdout).toContain('  Baseline: 0 new, 2 unchanged, 0 absent.\n');
  });

  it('counts the entries that match nothing any more (fixed) as absent', () => {
    const run = memoryProject({ 'critical.yaml': CRITICAL_YAML, 'baseline.json': baseline }).run([
      'critical.yaml',
      '--baseline',
      'baseline.json',
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      '  Baseline: 0 new, 1 unchanged, 1 absent (fixed or changed: --write-baseline drops them).\n',
    );
    const verbose = memoryProject({ 'critical.yaml': CRITICAL_YAML, 'baseline.json': baseline }).run([
      'critical.yaml',
      '--baseline',
      'baseline.json',
      '--verbose',
    ]);
    expect(verbose.stdout).toMatch(
      /^In the baseline, not found any more\n {2}high\.yaml {2}trust\/missing-amr {2}AuthRole {2}Role /m,
    );
  });

  it('leaves accepted findings out of the github annotations', () => {
    const project = memoryProject({ ...files, 'medium.json': MEDIUM_JSON, 'baseline.json': baseline });
    const run = project.run(['.', '--baseline', 'baseline.json', '-f', 'github']);
    const lines = run.stdout.split('\n').filter(Boolean);
    expect(lines.slice(0, -1).map((l) => l.slice(0, l.indexOf(',')))).toEqual(['::warning file=medium.json']);
    expect(lines.at(-1)).toMatch(
      /^::notice title=cognito-iam-lint::1 problem \(1 medium\) in \d+ files linted; passes --fail-on high\.$/,
    );
    expect(run.code).toBe(0);
  });

  it('with --write-baseline on the same file: compares, then records the current findings', () => {
    const project = memoryProject({
      'critical.yaml': CRITICAL_YAML,
      'medium.json': MEDIUM_JSON,
      'baseline.json': baseline,
    });
    const run = project.run(['.', '--baseline', 'baseline.json', '--write-baseline', 'baseline.json']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('  Baseline: 1 new, 1 unchanged, 1 absent');
    expect(parseBaseline(run.written.get('/proj/baseline.json')!).entries.map((e) => e.file)).toEqual([
      'critical.yaml',
      'medium.json',
    ]);
  });

  describe('a bad baseline file is exit 2 with one line, before linting', () => {
    const cases: Array<[string, string | undefined, string[]]> = [
      ['a missing file', undefined, ['nope.json', 'baseline file not found', '--write-baseline nope.json']],
      ['broken JSON', '{"version": 1, "entries": [', ['nope.json', 'not valid JSON']],
      ['another version', '{"version": 7, "entries": []}', ['nope.json', 'unsupported baseline version 7']],
      [
        'a bad entry',
        '{"version": 1, "entries": [{"fingerprint": ""}]}',
        ['nope.json', 'entries[0].fingerprint must be a non-empty string.'],
      ],
      [
        'a SARIF file',
        JSON.stringify({ version: '2.1.0', runs: [] }),
        ['nope.json', 'unsupported baseline version "2.1.0"'],
      ],
    ];
    for (const [what, text, parts] of cases) {
      it(what, () => {
        const run = memoryProject({
          'critical.yaml': CRITICAL_YAML,
          ...(text !== undefined ? { 'nope.json': text } : {}),
        }).run(['critical.yaml', '--baseline', 'nope.json']);
        expect(run.code).toBe(2);
        expect(run.stdout).toBe('');
        expectOneLineError(run.stderr, ...parts);
      });
    }
  });
});
