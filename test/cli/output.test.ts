/**
 * What the CLI writes: the formats (JSON against our report schema, SARIF against the official
 * 2.1.0 schema), -o, colours, --list-rules, --version and --help.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Log } from 'sarif';
import { HELP } from '../../src/cli/args.js';
import type { LintReport } from '../../src/engine/types.js';
import { rules } from '../../src/index.js';
import { describeErrors, reportValidator, sarifValidator } from '../reporters/schemas.js';
import { ANSI, brief, diskProject, findingLines, memoryProject } from './helpers.js';
import { BROKEN_JSON, CLEAN_YAML, CRITICAL_YAML, HIGH_YAML } from './templates.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const project = memoryProject({
  'critical.yaml': CRITICAL_YAML,
  'high.yaml': HIGH_YAML,
  'clean.yaml': CLEAN_YAML,
  'broken.json': BROKEN_JSON,
});

describe('--format json', () => {
  it('writes a report that parses and meets schemas/report.schema.json', () => {
    const run = project.run(['critical.yaml', 'high.yaml', '--format', 'json']);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    const report = JSON.parse(run.stdout) as LintReport;
    const validate = reportValidator();
    expect(validate(report), describeErrors(validate.errors)).toBe(true);
    expect(report.files).toEqual(['critical.yaml', 'high.yaml']);
    expect(
      report.findings.map((f) => [
        f.file,
        f.range.start.line,
        f.range.start.column,
        f.severity,
        f.ruleId,
        f.resource?.logicalId,
      ]),
    ).toEqual([
      ['critical.yaml', 14, 13, 'critical', 'trust/missing-aud', 'AuthRole'],
      ['high.yaml', 13, 13, 'high', 'trust/missing-amr', 'AuthRole'],
    ]);
    expect(report.summary.findings).toMatchObject({ critical: 1, high: 1 });
  });

  it('meets the schema with a parse error and with no finding at all', () => {
    const validate = reportValidator();
    for (const argv of [['broken.json', 'clean.yaml'], ['clean.yaml']]) {
      const report = JSON.parse(project.run([...argv, '-f', 'json']).stdout) as LintReport;
      expect(validate(report), describeErrors(validate.errors)).toBe(true);
    }
    const broken = JSON.parse(project.run(['broken.json', 'clean.yaml', '-f', 'json']).stdout) as LintReport;
    expect(broken.findings.map((f) => [f.ruleId, f.file, f.range.start.line, f.range.start.column])).toEqual([
      ['input/parse-error', 'broken.json', 5, 30],
    ]);
  });

  it('is byte-identical from one run to the next', () => {
    expect(project.run(['.', '-f', 'json']).stdout).toBe(project.run(['.', '-f', 'json']).stdout);
  });
});

describe('--format sarif', () => {
  it('writes a valid SARIF 2.1.0 log with the rule and the result', () => {
    const run = project.run(['critical.yaml', '--format', 'sarif']);
    expect(run.code).toBe(1);
    const log = JSON.parse(run.stdout) as Log;
    const validate = sarifValidator();
    expect(validate(log), describeErrors(validate.errors)).toBe(true);
    const sarifRun = log.runs[0]!;
    const ruleIds = (sarifRun.tool.driver.rules ?? []).map((r) => r.id);
    expect(ruleIds).toContain('trust/missing-aud');
    expect(sarifRun.results).toHaveLength(1);
    const result = sarifRun.results![0]!;
    expect(result.ruleId).toBe('trust/missing-aud');
    expect(result.level).toBe('error');
    expect(sarifRun.tool.driver.rules![result.ruleIndex!]!.id).toBe('trust/missing-aud');
    const location = result.locations![0]!.physicalLocation!;
    expect(location.artifactLocation!.uri).toBe('critical.yaml');
    expect(location.region).toMatchObject({ startLine: 14, startColumn: 13 });
  });
});

describe('--format github', () => {
  it('writes one workflow command per finding', () => {
    const run = project.run(['critical.yaml', 'high.yaml', '-f', 'github']);
    const lines = run.stdout.split('\n').filter((l) => l.startsWith('::'));
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^::error file=critical\.yaml,line=14,.*title=trust\/missing-aud::/);
    expect(lines[1]).toMatch(/^::error file=high\.yaml,line=13,.*title=trust\/missing-amr::/);
    expect(lines[2]).toBe(
      '::notice title=cognito-iam-lint::2 problems (1 critical, 1 high) in 2 files linted; fails --fail-on high.',
    );
  });
});

describe('-o', () => {
  it('writes the report to the file and nothing to stdout', () => {
    const disk = diskProject({ 'critical.yaml': CRITICAL_YAML, 'out/.keep': '' });
    try {
      for (const [flag, name, format] of [
        ['-o', 'report.txt', 'text'],
        ['--output', 'out/report.json', 'json'],
      ] as const) {
        const run = disk.run(['critical.yaml', flag, name, '-f', format], { tty: true, env: { FORCE_COLOR: '1' } });
        expect(run.code).toBe(1);
        expect(run.stdout).toBe('');
        expect(run.stderr).toBe('');
        const text = readFileSync(join(disk.root, name), 'utf8');
        // No escape codes in a file, whatever the terminal.
        expect(text).not.toMatch(ANSI);
        if (format === 'json') expect((JSON.parse(text) as LintReport).findings[0]!.ruleId).toBe('trust/missing-aud');
        else expect(brief(findingLines(text))).toEqual(['critical.yaml:14:13 critical trust/missing-aud']);
      }
    } finally {
      disk.cleanup();
    }
  });

  it('writes to an absolute path as given', () => {
    const run = project.run(['critical.yaml', '-o', '/elsewhere/report.sarif', '-f', 'sarif']);
    expect(run.stdout).toBe('');
    expect([...run.written.keys()]).toEqual(['/elsewhere/report.sarif']);
    expect((JSON.parse(run.written.get('/elsewhere/report.sarif')!) as Log).runs[0]!.results).toHaveLength(1);
  });
});

describe('colours', () => {
  const coloured = (options: { env?: Record<string, string>; tty?: boolean }, extra: string[] = []) =>
    ANSI.test(project.run(['critical.yaml', ...extra], options).stdout);

  it('are off when stdout is not a TTY', () => {
    expect(coloured({ tty: false })).toBe(false);
  });

  it('are on for a TTY', () => {
    expect(coloured({ tty: true })).toBe(true);
  });

  it('are off with NO_COLOR, even on a TTY and even with FORCE_COLOR', () => {
    expect(coloured({ tty: true, env: { NO_COLOR: '1' } })).toBe(false);
    expect(coloured({ tty: true, env: { NO_COLOR: '1', FORCE_COLOR: '1' } })).toBe(false);
  });

  it('are on with FORCE_COLOR when stdout is not a TTY', () => {
    expect(coloured({ tty: false, env: { FORCE_COLOR: '1' } })).toBe(true);
    expect(coloured({ tty: false, env: { FORCE_COLOR: '' } })).toBe(true);
  });

  it('are off with FORCE_COLOR=0 or false, as Node reads it', () => {
    expect(coloured({ tty: true, env: { FORCE_COLOR: '0' } })).toBe(false);
    expect(coloured({ tty: true, env: { FORCE_COLOR: 'false' } })).toBe(false);
  });

  it('follow --color and --no-color over the environment', () => {
    expect(coloured({ tty: false, env: { NO_COLOR: '1' } }, ['--color'])).toBe(true);
    expect(coloured({ tty: true, env: { FORCE_COLOR: '1' } }, ['--no-color'])).toBe(false);
  });

  it('colour the same text as the plain report', () => {
    const plain = project.run(['critical.yaml']).stdout;
    const painted = project.run(['critical.yaml'], { env: { FORCE_COLOR: '1' } }).stdout;
    expect(painted.replace(new RegExp(ANSI.source, 'g'), '')).toBe(plain);
  });

  it('never reach the machine formats', () => {
    for (const format of ['json', 'sarif', 'github']) {
      expect(coloured({ tty: true, env: { FORCE_COLOR: '1' } }, ['-f', format])).toBe(false);
    }
  });
});

describe('--list-rules, --version, --help', () => {
  it('lists every rule with its severity and description, and exits 0 without linting', () => {
    const run = project.run(['--list-rules', 'nope.yaml']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(rules.length);
    for (const rule of rules) {
      const line = lines.find((l) => l.startsWith(`${rule.meta.id} `));
      expect(line, rule.meta.id).toBeDefined();
      expect(line!.split(/\s{2,}/)).toEqual([rule.meta.id, rule.meta.severity, rule.meta.description]);
    }
    expect(lines.some((l) => l.startsWith('trust/missing-aud ') && l.includes('critical'))).toBe(true);
  });

  it("prints package.json's version", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    for (const flag of ['--version', '-v']) {
      const run = project.run([flag]);
      expect(run.code).toBe(0);
      expect(run.stdout).toBe(`${pkg.version}\n`);
      expect(run.stderr).toBe('');
    }
  });

  it('prints the help, naming every option of the contract, and exits 0', () => {
    for (const flag of ['--help', '-h']) {
      const run = project.run([flag]);
      expect(run.code).toBe(0);
      expect(run.stdout).toBe(`${HELP}\n`);
      expect(run.stderr).toBe('');
    }
    const help = project.run(['--help']).stdout;
    expect(help).toMatch(/^Usage: cognito-iam-lint /);
    for (const option of [
      '--fail-on',
      'critical, high, medium, low, info, none',
      '--list-rules',
      '--version',
      '--help',
      '--output',
      '-o,',
      '--format <format>',
      'text (default), json, sarif, github',
      'markdown (a CI job summary)',
      'html (one self-contained page: graph and findings)',
      '--config',
      '-c,',
      '--stdin-filename',
      '--include',
      '--exclude',
      '--parameter <KEY=VALUE>',
      '--parameters-file',
      '--no-color',
      '.cognito-iam-lint.yaml',
      '--report <format>=<file>',
      '--baseline <file>',
      '--write-baseline <file>',
      '--sarif-omit-suppressed',
      '--report-unused-suppressions',
      '--allow-no-input',
      '--explain <rule-id>',
      'Exit codes',
    ]) {
      expect(help, option).toContain(option);
    }
  });

  it('answers --help before checking anything else', () => {
    expect(project.run(['--help', '--fail-on', 'high', '-c', 'missing.yaml']).code).toBe(0);
  });
});
