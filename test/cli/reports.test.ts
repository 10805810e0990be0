/**
 * One run, several reports: the console shows --format (default text, or -o FILE), and each
 * repeatable --report FORMAT=FILE writes one more report to a file. And --format github end to
 * end, as a workflow step reads it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Log } from 'sarif';
import type { LintReport } from '../../src/engine/types.js';
import { describeErrors, reportValidator, sarifValidator } from '../reporters/schemas.js';
import { ANSI, brief, diskProject, expectOneLineError, findingLines, jsonConfig, memoryProject } from './helpers.js';
import { BROKEN_JSON, CLEAN_YAML, CRITICAL_YAML, HIGH_YAML } from './templates.js';

const project = memoryProject({ 'critical.yaml': CRITICAL_YAML, 'high.yaml': HIGH_YAML, 'clean.yaml': CLEAN_YAML });

describe('--report FORMAT=FILE', () => {
  it('writes SARIF and JSON to files while the console shows text', () => {
    const run = project.run(['.', '--report', 'sarif=results.sarif', '--report', 'json=out/report.json'], {
      tty: true,
      env: { FORCE_COLOR: '1' },
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    // The console: coloured text, as without --report.
    expect(run.stdout).toMatch(ANSI);
    expect(brief(findingLines(run.stdout.replace(new RegExp(ANSI.source, 'g'), '')))).toEqual([
      'critical.yaml:14:13 critical trust/missing-aud',
      'high.yaml:13:13 high trust/missing-amr',
    ]);
    expect([...run.written.keys()]).toEqual(['/proj/results.sarif', '/proj/out/report.json']);

    const sarif = run.written.get('/proj/results.sarif')!;
    const validateSarif = sarifValidator();
    expect(validateSarif(JSON.parse(sarif)), describeErrors(validateSarif.errors)).toBe(true);
    expect(sarif).not.toMatch(ANSI);
    expect((JSON.parse(sarif) as Log).runs[0]!.results!.map((r) => r.ruleId)).toEqual([
      'trust/missing-aud',
      'trust/missing-amr',
    ]);

    const json = JSON.parse(run.written.get('/proj/out/report.json')!) as LintReport;
    const validateReport = reportValidator();
    expect(validateReport(json), describeErrors(validateReport.errors)).toBe(true);
    expect(json.findings).toHaveLength(2);
  });

  it('writes the same bytes as --format alone would', () => {
    const run = project.run([
      '.',
      '--report',
      'sarif=a.sarif',
      '--report',
      'json=a.json',
      '--report',
      'github=a.txt',
      '--report',
      'text=a.log',
    ]);
    for (const [format, file] of [
      ['sarif', 'a.sarif'],
      ['json', 'a.json'],
      ['github', 'a.txt'],
      ['text', 'a.log'],
    ]) {
      expect(run.written.get(`/proj/${file}`), format).toBe(project.run(['.', '-f', format!]).stdout);
    }
  });

  it('goes with any console format and with -o', () => {
    const github = project.run(['.', '-f', 'github', '--report', 'sarif=r.sarif']);
    expect(
      github.stdout
        .split('\n')
        .filter(Boolean)
        .every((l) => l.startsWith('::')),
    ).toBe(true);
    expect(github.written.has('/proj/r.sarif')).toBe(true);

    const both = project.run(['.', '-o', 'console.txt', '--report', 'sarif=r.sarif']);
    expect(both.stdout).toBe('');
    expect([...both.written.keys()]).toEqual(['/proj/console.txt', '/proj/r.sarif']);
  });

  it('does not change the exit code, and is written when files cannot be parsed too', () => {
    expect(project.run(['clean.yaml', '--report', 'sarif=r.sarif']).code).toBe(0);
    const broken = memoryProject({ 'broken.json': BROKEN_JSON, 'clean.yaml': CLEAN_YAML }).run([
      '.',
      '--report',
      'sarif=r.sarif',
    ]);
    expect(broken.code).toBe(1);
    expect((JSON.parse(broken.written.get('/proj/r.sarif')!) as Log).runs[0]!.results!.map((r) => r.ruleId)).toEqual([
      'input/parse-error',
    ]);
  });

  it('writes to disk', () => {
    const disk = diskProject({ 'critical.yaml': CRITICAL_YAML });
    try {
      const run = disk.run(['critical.yaml', '--report', 'sarif=results.sarif']);
      expect(run.code).toBe(1);
      expect((JSON.parse(readFileSync(join(disk.root, 'results.sarif'), 'utf8')) as Log).runs[0]!.results).toHaveLength(
        1,
      );
    } finally {
      disk.cleanup();
    }
  });

  describe('usage errors: exit 2, one line, nothing linted or written', () => {
    const cases: Array<[string, string[], string[]]> = [
      ['no =', ['--report', 'sarif'], ['--report expects FORMAT=FILE', "got 'sarif'"]],
      [
        'an unknown format',
        ['--report', 'pdf=out.pdf'],
        ['--report expects FORMAT=FILE with FORMAT one of text, json, sarif, github', "got 'pdf=out.pdf'"],
      ],
      ['no file', ['--report', 'sarif='], ["got 'sarif='"]],
      [
        'two reports to one file',
        ['--report', 'sarif=r.out', '--report', 'json=./r.out'],
        ['--report json=… and --report sarif=… both write r.out'],
      ],
      [
        'a report onto -o',
        ['-o', 'r.out', '--report', 'json=r.out'],
        ['--report json=… and --output both write r.out'],
      ],
      [
        'a report onto the baseline',
        ['--write-baseline', 'r.out', '--report', 'json=r.out'],
        ['--write-baseline and --report json=… both write r.out'],
      ],
      [
        'a report onto the baseline it reads',
        ['--baseline', 'b.json', '-o', 'b.json'],
        ['--output would overwrite the --baseline file b.json.'],
      ],
    ];
    for (const [what, argv, parts] of cases) {
      it(what, () => {
        const run = project.run(['critical.yaml', ...argv]);
        expect(run.code).toBe(2);
        expect(run.stdout).toBe('');
        expect(run.written.size).toBe(0);
        expectOneLineError(run.stderr, ...parts);
      });
    }

    it('an unwritable file', () => {
      const disk = diskProject({ 'critical.yaml': CRITICAL_YAML });
      try {
        const run = disk.run(['critical.yaml', '--report', 'sarif=no/such/dir/r.sarif']);
        expect(run.code).toBe(2);
        expectOneLineError(run.stderr, 'no/such/dir/r.sarif', 'cannot write the report', 'no such directory');
      } finally {
        disk.cleanup();
      }
    });
  });
});

describe('--format github, end to end', () => {
  const suppressedYaml = CRITICAL_YAML.replace(
    '  AuthRole:\n    Type: AWS::IAM::Role\n',
    '  AuthRole:\n    Type: AWS::IAM::Role\n    Metadata:\n      cognito-iam-lint:\n        suppress:\n          - { rule: trust/missing-aud, reason: Reviewed. }\n',
  );
  const files = {
    'critical.yaml': CRITICAL_YAML,
    'high.yaml': HIGH_YAML,
    'dir with, comma/suppressed.yaml': suppressedYaml,
  };

  it('writes one workflow command per open finding, exactly, and nothing else on stdout', () => {
    const run = memoryProject(files).run(['.', '-f', 'github']);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    const lines = run.stdout.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines.pop()).toBe(
      '::notice title=cognito-iam-lint::2 problems (1 critical, 1 high) in 3 files linted; fails --fail-on high.',
    );
    expect(lines).toHaveLength(2);
    const report = JSON.parse(memoryProject(files).run(['.', '-f', 'json']).stdout) as LintReport;
    const open = report.findings.filter((f) => f.suppressions.length === 0);
    expect(open.map((f) => f.file)).toEqual(['critical.yaml', 'high.yaml']);
    open.forEach((f, i) => {
      const { start, end } = f.range;
      // Columns only for a one-line range: GitHub rejects them on a multi-line annotation.
      const columns =
        start.line === end.line
          ? `,col=${start.column},endLine=${end.line},endColumn=${end.column}`
          : `,endLine=${end.line}`;
      // The message is the finding's, escaped as the runner expects (no raw newline or %).
      expect(lines[i]).toBe(
        `::error file=${f.file},line=${start.line}${columns},title=${f.ruleId}::${f.message.replace(/%/g, '%25')}`,
      );
    });
    expect(lines[0]).toMatch(/^::error file=critical\.yaml,line=14,/);
    expect(lines[1]).toMatch(/^::error file=high\.yaml,line=13,/);
  });

  it('maps severities to error, warning and notice, and follows --fail-on', () => {
    const run = memoryProject(files).run(['.', '-f', 'github', '--fail-on', 'none'], {});
    expect(run.code).toBe(0);
    const medium = memoryProject({
      'high.yaml': HIGH_YAML,
      '.cognito-iam-lint.json': jsonConfig({ rules: { 'trust/missing-amr': 'medium' } }),
    });
    expect(medium.run(['high.yaml', '-f', 'github']).stdout).toMatch(/^::warning file=high\.yaml,/);
    const low = memoryProject({
      'high.yaml': HIGH_YAML,
      '.cognito-iam-lint.json': jsonConfig({ rules: { 'trust/missing-amr': 'low' } }),
    });
    expect(low.run(['high.yaml', '-f', 'github']).stdout).toMatch(/^::notice file=high\.yaml,/);
  });

  it('escapes file names in properties', () => {
    const disk = memoryProject({ 'dir with, comma/x.yaml': CRITICAL_YAML });
    expect(disk.run(['.', '-f', 'github']).stdout).toMatch(/^::error file=dir with%2C comma\/x\.yaml,line=14,/);
  });

  it('prints only the summary notice when everything is clean or suppressed', () => {
    const run = memoryProject({ 'clean.yaml': CLEAN_YAML, 'suppressed.yaml': suppressedYaml }).run([
      '.',
      '-f',
      'github',
    ]);
    expect(run.stdout).toBe('::notice title=cognito-iam-lint::No problems in 2 files linted; passes --fail-on high.\n');
    expect(run.code).toBe(0);
  });
});
