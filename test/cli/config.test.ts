/**
 * The config file: found upward from the working directory (or named with -c), it turns rules
 * off, overrides severities and sets defaults. A bad one is exit 2 with one line naming the
 * file, the position and the key, never a stack trace.
 */
import { describe, expect, it } from 'vitest';
import {
  brief,
  diskProject,
  expectOneLineError,
  findingLines,
  jsonConfig,
  memoryProject,
  PINNED_RULES,
  yamlConfig,
} from './helpers.js';
import { CRITICAL_YAML, MEDIUM_JSON, PARAMETER_YAML } from './templates.js';

describe('finding the config file', () => {
  const project = memoryProject({
    'aud.yaml': CRITICAL_YAML,
    '.cognito-iam-lint.yaml': yamlConfig({ rules: { 'trust/missing-aud': 'off' } }),
    'sub/deeper/medium.json': MEDIUM_JSON,
    'other/.cognito-iam-lint.json': jsonConfig({ rules: { 'trust/missing-aud': 'low' } }),
  });

  it('uses the config in the working directory', () => {
    const run = project.run(['aud.yaml']);
    expect(findingLines(run.stdout)).toEqual([]);
    expect(run.code).toBe(0);
  });

  it('finds the config upward from a subdirectory', () => {
    const run = project.run(['../../aud.yaml'], { cwd: '/proj/sub/deeper' });
    expect(findingLines(run.stdout)).toEqual([]);
    expect(run.code).toBe(0);
  });

  it('takes the nearest config when there are several', () => {
    const run = project.run(['../aud.yaml'], { cwd: '/proj/other' });
    expect(brief(findingLines(run.stdout))).toEqual(['../aud.yaml:14:13 low trust/missing-aud']);
    expect(run.code).toBe(0);
  });

  it('ignores every config with --no-config', () => {
    const run = project.run(['../../aud.yaml', '--no-config'], { cwd: '/proj/sub/deeper' });
    // Every rule runs now, so only the pinned ones are asserted.
    expect(brief(findingLines(run.stdout).filter((f) => PINNED_RULES.includes(f.ruleId)))).toEqual([
      '../../aud.yaml:14:13 critical trust/missing-aud',
    ]);
    expect(run.code).toBe(1);
  });

  it('finds it upward on the real file system too', () => {
    const disk = diskProject({
      '.cognito-iam-lint.yaml': yamlConfig({ rules: { 'trust/missing-aud': 'medium' } }),
      'templates/aud.yaml': CRITICAL_YAML,
      'a/b/c/.gitkeep': '',
    });
    try {
      const run = disk.run(['../../../templates'], { cwd: `${disk.root}/a/b/c` });
      expect(brief(findingLines(run.stdout))).toEqual(['../../../templates/aud.yaml:14:13 medium trust/missing-aud']);
      expect(run.code).toBe(0);
    } finally {
      disk.cleanup();
    }
  });

  it('uses the file -c names instead of the one it would find', () => {
    const run = project.run(['aud.yaml', '-c', 'other/.cognito-iam-lint.json']);
    expect(brief(findingLines(run.stdout))).toEqual(['aud.yaml:14:13 low trust/missing-aud']);
    const long = project.run(['aud.yaml', '--config', '/proj/other/.cognito-iam-lint.json']);
    expect(long.stdout).toBe(run.stdout);
  });

  it('exits 2 when -c names a file that does not exist', () => {
    const run = project.run(['aud.yaml', '-c', 'missing.yaml']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expectOneLineError(run.stderr, 'missing.yaml', 'not found');
  });
});

describe('what the config does', () => {
  const files = { 'aud.yaml': CRITICAL_YAML, 'medium.json': MEDIUM_JSON, 'param.yaml': PARAMETER_YAML };

  it('turns a rule off', () => {
    for (const setting of ['off', { severity: 'off' }]) {
      const project = memoryProject({
        ...files,
        '.cognito-iam-lint.yaml': yamlConfig({ rules: { 'trust/missing-aud': setting } }),
      });
      const run = project.run(['aud.yaml', '--fail-on', 'info']);
      expect(findingLines(run.stdout)).toEqual([]);
      expect(run.code).toBe(0);
    }
  });

  it('overrides a severity, and the threshold follows the new severity', () => {
    const project = memoryProject({
      ...files,
      '.cognito-iam-lint.yaml': yamlConfig({ rules: { 'trust/missing-aud': 'low' } }),
    });
    const run = project.run(['aud.yaml']);
    expect(brief(findingLines(run.stdout))).toEqual(['aud.yaml:14:13 low trust/missing-aud']);
    expect(run.code).toBe(0);
    expect(project.run(['aud.yaml', '--fail-on', 'low']).code).toBe(1);
  });

  it('overrides a severity the rule picks per finding, in the object form', () => {
    const project = memoryProject({
      ...files,
      '.cognito-iam-lint.json': jsonConfig({ rules: { 'trust/missing-amr': { severity: 'critical' } } }),
    });
    const run = project.run(['medium.json']);
    expect(brief(findingLines(run.stdout))).toEqual(['medium.json:13:13 critical trust/missing-amr']);
    expect(run.code).toBe(1);
  });

  it('sets the default threshold with failOn; --fail-on wins over it', () => {
    const project = memoryProject({ ...files, '.cognito-iam-lint.yaml': yamlConfig({ failOn: 'medium' }) });
    expect(project.run(['medium.json']).code).toBe(1);
    expect(project.run(['medium.json', '--fail-on', 'high']).code).toBe(0);
  });

  it('gives template parameters; --parameter wins over them', () => {
    const project = memoryProject({
      ...files,
      '.cognito-iam-lint.yaml': yamlConfig({ parameters: { ClassicFlow: 'false' } }),
    });
    expect(brief(findingLines(project.run(['param.yaml']).stdout))).toEqual([
      'param.yaml:17:13 medium trust/missing-amr',
    ]);
    expect(brief(findingLines(project.run(['param.yaml', '-p', 'ClassicFlow=true']).stdout))).toEqual([
      'param.yaml:17:13 high trust/missing-amr',
    ]);
  });

  it('filters files with include and exclude', () => {
    const project = memoryProject({ ...files, '.cognito-iam-lint.yaml': yamlConfig({ exclude: ['param.*'] }) });
    expect(findingLines(project.run(['.', '--fail-on', 'none']).stdout).map((f) => f.file)).toEqual([
      'aud.yaml',
      'medium.json',
    ]);
    const only = memoryProject({ ...files, '.cognito-iam-lint.yaml': yamlConfig({ include: ['*.json'] }) });
    expect(findingLines(only.run(['.', '--fail-on', 'none']).stdout).map((f) => f.file)).toEqual(['medium.json']);
  });
});

describe('a bad config file', () => {
  /** Runs with the given config text as .cognito-iam-lint.<ext> and expects exit 2 with one line. */
  function rejected(name: string, text: string): string {
    const project = memoryProject({ 'aud.yaml': CRITICAL_YAML, [name]: text });
    const run = project.run(['aud.yaml']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    return run.stderr;
  }

  it('names file, position and key for an unknown rule ID', () => {
    const stderr = rejected('.cognito-iam-lint.yaml', 'rules:\n  trust/missing-aud: high\n  trust/no-such-rule: off\n');
    expectOneLineError(stderr, '.cognito-iam-lint.yaml:3:3: ', 'trust/no-such-rule');
  });

  it('names file, position and key for a severity that does not exist', () => {
    const stderr = rejected('.cognito-iam-lint.yaml', 'rules:\n  trust/missing-aud: severe\n');
    expectOneLineError(stderr, '.cognito-iam-lint.yaml:2:22: ', 'trust/missing-aud', 'must be one of');
  });

  it('does the same in JSON', () => {
    const stderr = rejected(
      '.cognito-iam-lint.json',
      '{\n  "rules": {\n    "trust/missing-aud": { "severity": "urgent" }\n  }\n}\n',
    );
    expectOneLineError(stderr, '.cognito-iam-lint.json:3:40: ', 'trust/missing-aud.severity', 'must be one of');
  });

  it('names file and key for an unknown top-level key', () => {
    const stderr = rejected('.cognito-iam-lint.yaml', 'failOn: high\nfail-on: medium\n');
    expectOneLineError(stderr, '.cognito-iam-lint.yaml:', '`fail-on`', 'not a known setting');
  });

  it('points at the unknown top-level key itself, not at the start of the file', () => {
    const stderr = rejected('.cognito-iam-lint.yaml', 'failOn: high\nfail-on: medium\n');
    expectOneLineError(stderr, '.cognito-iam-lint.yaml:2:1: ', '`fail-on`');
  });

  it('names a misspelt key inside a rule setting', () => {
    const stderr = rejected('.cognito-iam-lint.yaml', 'rules:\n  trust/missing-aud:\n    serverity: low\n');
    expectOneLineError(stderr, '.cognito-iam-lint.yaml:3:5: ', 'trust/missing-aud.serverity', 'not a known setting');
  });

  it('names a rule ID that is not lower-case <area>/<name>', () => {
    const stderr = rejected('.cognito-iam-lint.yaml', 'rules:\n  Trust/Missing-Aud: low\n');
    expectOneLineError(stderr, '.cognito-iam-lint.yaml:2:3: ', 'Trust/Missing-Aud');
  });

  it('still exits 2 with one line naming the file for those keys', () => {
    expectOneLineError(
      rejected('.cognito-iam-lint.yaml', 'rules:\n  trust/missing-aud:\n    serverity: low\n'),
      '.cognito-iam-lint.yaml:3:5: ',
      'trust/missing-aud',
    );
    expectOneLineError(
      rejected('.cognito-iam-lint.yaml', 'rules:\n  Trust/Missing-Aud: low\n'),
      '.cognito-iam-lint.yaml:2:3: ',
      'rules',
    );
  });

  it('names file and position for a value of the wrong type', () => {
    expectOneLineError(rejected('.cognito-iam-lint.yaml', 'failOn: 3\n'), '.cognito-iam-lint.yaml:1:9: ', 'failOn');
    expectOneLineError(
      rejected('.cognito-iam-lint.yaml', 'exclude: cdk.out\n'),
      '.cognito-iam-lint.yaml:1:10: ',
      'exclude',
      'must be array',
    );
  });

  it('names file and position for a syntax error', () => {
    expectOneLineError(rejected('.cognito-iam-lint.json', '{ "rules": }\n'), '.cognito-iam-lint.json:1:12: ');
    expectOneLineError(rejected('.cognito-iam-lint.yaml', 'rules: [\n'), '.cognito-iam-lint.yaml:2:1: ');
  });

  it('rejects a bad file named with -c the same way', () => {
    const project = memoryProject({ 'aud.yaml': CRITICAL_YAML, 'ci/lint.yaml': 'rules:\n  trust/nope: off\n' });
    const run = project.run(['aud.yaml', '-c', 'ci/lint.yaml']);
    expect(run.code).toBe(2);
    expectOneLineError(run.stderr, 'ci/lint.yaml:2:3: ', 'trust/nope');
  });

  it('leaves no stack trace on the real file system either', () => {
    const disk = diskProject({
      'aud.yaml': CRITICAL_YAML,
      '.cognito-iam-lint.yaml': 'rules:\n  trust/missing-aud: severe\n',
    });
    try {
      const run = disk.run(['aud.yaml']);
      expect(run.code).toBe(2);
      expectOneLineError(run.stderr, '.cognito-iam-lint.yaml:2:22: ', 'trust/missing-aud');
    } finally {
      disk.cleanup();
    }
  });
});
