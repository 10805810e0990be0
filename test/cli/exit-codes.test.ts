/**
 * The exit-code contract: 0 when no finding is at or above --fail-on (default high), 1 when one
 * is, 2 for a usage error, an invalid config or nothing lintable at all. Unreadable input is a
 * finding (input/parse-error) and the run goes on; a missing path is one line on stderr.
 */
import { describe, expect, it } from 'vitest';
import { brief, diskProject, expectNoStackTrace, expectOneLineError, findingLines, memoryProject } from './helpers.js';
import { BROKEN_JSON, BROKEN_YAML, CLEAN_YAML, CRITICAL_YAML, HIGH_YAML, MEDIUM_JSON } from './templates.js';

const project = memoryProject({
  'critical.yaml': CRITICAL_YAML,
  'high.yaml': HIGH_YAML,
  'medium.json': MEDIUM_JSON,
  'clean.yaml': CLEAN_YAML,
  'broken.json': BROKEN_JSON,
  'broken.yaml': BROKEN_YAML,
  'empty/.keep-me-out/x.txt': 'not a template',
  'notes/README.md': '# not a template\n',
});

describe('--fail-on thresholds', () => {
  it('reports the three templates at their severities', () => {
    const run = project.run(['critical.yaml', 'high.yaml', 'medium.json', '--fail-on', 'none']);
    expect(brief(findingLines(run.stdout))).toEqual([
      'critical.yaml:14:13 critical trust/missing-aud',
      'high.yaml:13:13 high trust/missing-amr',
      'medium.json:13:13 medium trust/missing-amr',
    ]);
    expect(run.stderr).toBe('');
  });

  // [file, --fail-on (undefined: the default), expected exit code]
  const cases: Array<[string, string | undefined, number]> = [
    ['critical.yaml', undefined, 1],
    ['critical.yaml', 'critical', 1],
    ['critical.yaml', 'info', 1],
    ['critical.yaml', 'none', 0],
    ['high.yaml', undefined, 1],
    ['high.yaml', 'high', 1],
    ['high.yaml', 'critical', 0],
    ['high.yaml', 'none', 0],
    ['medium.json', undefined, 0],
    ['medium.json', 'high', 0],
    ['medium.json', 'medium', 1],
    ['medium.json', 'low', 1],
    ['medium.json', 'info', 1],
    ['medium.json', 'critical', 0],
    ['clean.yaml', undefined, 0],
    ['clean.yaml', 'info', 0],
  ];
  for (const [file, failOn, code] of cases) {
    it(`${file} with ${failOn ? `--fail-on ${failOn}` : 'the default threshold (high)'} exits ${code}`, () => {
      const run = project.run([file, ...(failOn ? ['--fail-on', failOn] : [])]);
      expect(run.code).toBe(code);
      expect(run.stderr).toBe('');
    });
  }

  it('exits 0 with --fail-on none and still prints every finding', () => {
    const run = project.run(['critical.yaml', 'high.yaml', 'broken.json', '--fail-on', 'none']);
    expect(run.code).toBe(0);
    expect(findingLines(run.stdout).map((f) => f.ruleId)).toEqual([
      'input/parse-error',
      'trust/missing-aud',
      'trust/missing-amr',
    ]);
  });

  it('takes the worst finding of a directory walk', () => {
    expect(project.run(['.', '--exclude', 'broken.*']).code).toBe(1);
    expect(project.run(['.', '--exclude', 'broken.*', '--fail-on', 'critical']).code).toBe(1);
    expect(project.run(['medium.json', 'clean.yaml', '--fail-on', 'high']).code).toBe(0);
  });

  it('rejects an unknown threshold with exit 2 and one line', () => {
    const run = project.run(['critical.yaml', '--fail-on', 'severe']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expectOneLineError(run.stderr, '--fail-on', 'severe');
  });
});

describe('unreadable input', () => {
  it('lints the good file next to a broken JSON file and reports the broken one at line:column', () => {
    const run = project.run(['critical.yaml', 'broken.json', '--fail-on', 'critical']);
    const findings = findingLines(run.stdout);
    expect(brief(findings)).toEqual([
      'broken.json:5:30 high input/parse-error',
      'critical.yaml:14:13 critical trust/missing-aud',
    ]);
    expect(findings[0]!.message).toContain('broken.json');
    expectNoStackTrace(run.stdout + run.stderr);
    expect(run.code).toBe(1);
  });

  it('fails the default threshold on the parse error alone (it is high)', () => {
    const run = project.run(['clean.yaml', 'broken.json']);
    expect(brief(findingLines(run.stdout))).toEqual(['broken.json:5:30 high input/parse-error']);
    expect(run.code).toBe(1);
    expect(project.run(['clean.yaml', 'broken.json', '--fail-on', 'critical']).code).toBe(0);
  });

  it('reports broken YAML at its position too', () => {
    const run = project.run(['broken.yaml', 'clean.yaml']);
    expect(brief(findingLines(run.stdout))).toEqual(['broken.yaml:6:1 high input/parse-error']);
    expect(run.code).toBe(1);
  });

  it('exits 2 when every input is broken, and still shows where', () => {
    for (const failOn of ['high', 'none']) {
      const run = project.run(['broken.json', 'broken.yaml', '--fail-on', failOn]);
      expect(run.code).toBe(2);
      expect(brief(findingLines(run.stdout))).toEqual([
        'broken.json:5:30 high input/parse-error',
        'broken.yaml:6:1 high input/parse-error',
      ]);
      expectNoStackTrace(run.stdout + run.stderr);
    }
  });

  it('names file and position on stderr, one line each, when the report goes to a machine format', () => {
    const run = project.run(['critical.yaml', 'broken.json', '--format', 'json']);
    expect(run.code).toBe(1);
    expectOneLineError(run.stderr, 'broken.json:5:30: ');
    JSON.parse(run.stdout);
  });

  it('does the same on the real file system', () => {
    const disk = diskProject({ 'good.yaml': CRITICAL_YAML, 'bad.json': BROKEN_JSON });
    try {
      const run = disk.run(['.']);
      expect(brief(findingLines(run.stdout))).toEqual([
        'bad.json:5:30 high input/parse-error',
        'good.yaml:14:13 critical trust/missing-aud',
      ]);
      expect(run.code).toBe(1);
      const broken = diskProject({ 'bad.json': BROKEN_JSON });
      try {
        expect(broken.run(['.']).code).toBe(2);
      } finally {
        broken.cleanup();
      }
    } finally {
      disk.cleanup();
    }
  });
});

describe('missing paths and empty input', () => {
  it('exits 2 with one line naming a path that does not exist when nothing else is given', () => {
    const run = project.run(['nope.yaml']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expectNoStackTrace(run.stderr);
    const lines = run.stderr.split('\n').filter(Boolean);
    expect(lines.filter((l) => l.includes('nope.yaml'))).toEqual([
      'cognito-iam-lint: nope.yaml: no such file or directory',
    ]);
  });

  it('goes on with the other paths when one does not exist, and exits 2 (a named path is a promise)', () => {
    const run = project.run(['nope.yaml', 'critical.yaml']);
    expect(run.code).toBe(2);
    expectOneLineError(run.stderr, 'nope.yaml', 'no such file or directory');
    expect(brief(findingLines(run.stdout))).toEqual(['critical.yaml:14:13 critical trust/missing-aud']);
    const clean = project.run(['clean.yaml', 'missing/dir']);
    expect(clean.code).toBe(2);
    expect(clean.stderr).toBe('cognito-iam-lint: missing/dir: no such file or directory\n');
  });

  it('exits 2 on an empty directory, without a report that reads like a pass', () => {
    const disk = diskProject({}, { isolate: false });
    try {
      const run = disk.run([]);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expectOneLineError(run.stderr, 'nothing to lint');
      // The same with a machine format and -o: no empty SARIF log to upload as a green run.
      const sarif = disk.run(['.', '--format', 'sarif', '-o', 'out.sarif']);
      expect(sarif.code).toBe(2);
      expect(sarif.written.size).toBe(0);
    } finally {
      disk.cleanup();
    }
  });

  it('exits 2 on a directory with nothing lintable in it', () => {
    const run = project.run(['notes', 'empty']);
    expect(run.code).toBe(2);
    expectOneLineError(run.stderr, 'nothing to lint');
  });

  it('exits 2 for an explicitly named file that is not a template', () => {
    const run = project.run(['notes/README.md']);
    expect(run.code).toBe(2);
    expectNoStackTrace(run.stderr);
    expect(run.stderr).toContain('notes/README.md');
  });
});

describe('usage errors', () => {
  const usage: Array<[string, string[], string]> = [
    ['an unknown option', ['--frobnicate'], '--frobnicate'],
    ['an unknown format', ['--format', 'xml', '.'], 'xml'],
    ['a --parameter without =', ['--parameter', 'ClassicFlow', '.'], 'ClassicFlow'],
    ['a flag without its value', ['.', '--format'], '--format'],
  ];
  for (const [what, argv, named] of usage) {
    it(`exits 2 with one line for ${what}`, () => {
      const run = project.run(argv);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expectOneLineError(run.stderr, named);
    });
  }

  it('reports an -o that cannot be written in one line, not as an internal error', () => {
    const disk = diskProject({ 'a.yaml': CRITICAL_YAML });
    try {
      const run = disk.run(['a.yaml', '-o', 'no/such/dir/report.txt']);
      expect(run.code).toBe(2);
      expectOneLineError(run.stderr, 'no/such/dir/report.txt', 'cannot write');
      expect(run.stderr).not.toContain('internal error');
    } finally {
      disk.cleanup();
    }
  });
});
