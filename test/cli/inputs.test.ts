/**
 * What the CLI reads: standard input with --stdin-filename, --include/--exclude globs,
 * --parameter and --parameters-file.
 */
import { describe, expect, it } from 'vitest';
import { brief, diskProject, expectOneLineError, findingLines, memoryProject } from './helpers.js';
import { BROKEN_JSON, CLEAN_YAML, CRITICAL_YAML, HIGH_YAML, MEDIUM_JSON, PARAMETER_YAML } from './templates.js';

describe('standard input', () => {
  const project = memoryProject({ 'clean.yaml': CLEAN_YAML, 'infra/app.yaml': CLEAN_YAML });

  it('lints `-` under the name --stdin-filename gives', () => {
    const run = project.run(['-', '--stdin-filename', 'infra/new.yaml'], { stdin: CRITICAL_YAML });
    expect(run.stdinRead).toBe(true);
    expect(brief(findingLines(run.stdout))).toEqual(['infra/new.yaml:14:13 critical trust/missing-aud']);
    expect(run.code).toBe(1);
  });

  it('picks JSON or YAML by the extension of that name, and reports a parse error under it', () => {
    const json = project.run(['-', '--stdin-filename', 'role.json'], { stdin: MEDIUM_JSON });
    expect(brief(findingLines(json.stdout))).toEqual(['role.json:13:13 medium trust/missing-amr']);
    expect(json.code).toBe(0);
    const broken = project.run(['-', '--stdin-filename', 'role.json', '-f', 'json'], { stdin: BROKEN_JSON });
    expect(broken.code).toBe(2);
    expectOneLineError(broken.stderr, 'role.json:5:30: ');
  });

  it('replaces the file of that name in a directory walk (an editor sending unsaved text)', () => {
    const run = project.run(['.', '-', '--stdin-filename', 'infra/app.yaml'], { stdin: CRITICAL_YAML });
    expect(brief(findingLines(run.stdout))).toEqual(['infra/app.yaml:14:13 critical trust/missing-aud']);
    expect(run.code).toBe(1);
  });

  it('exits 2 without reading stdin when --stdin-filename is missing', () => {
    const run = project.run(['-'], { stdin: CRITICAL_YAML });
    expect(run.code).toBe(2);
    expect(run.stdinRead).toBe(false);
    expect(run.stdout).toBe('');
    expectOneLineError(run.stderr, "'-'", '--stdin-filename');
  });

  it('refuses --stdin-filename without `-` among the paths (a usage error), and does not read stdin', () => {
    const run = project.run(['clean.yaml', '--stdin-filename', 'x.yaml']);
    expect(run.stdinRead).toBe(false);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      "cognito-iam-lint: --stdin-filename names standard input, but '-' is not among the paths (add '-' to read standard input; see --help).\n",
    );
  });
});

describe('--include and --exclude', () => {
  const project = memoryProject({
    'critical.yaml': CRITICAL_YAML,
    'stacks/high.yaml': HIGH_YAML,
    'stacks/medium.json': MEDIUM_JSON,
    'stacks/old/critical.yaml': CRITICAL_YAML,
  });
  const files = (argv: string[]) => findingLines(project.run([...argv, '--fail-on', 'none']).stdout).map((f) => f.file);

  it('lints everything by default', () => {
    expect(files(['.'])).toEqual([
      'critical.yaml',
      'stacks/high.yaml',
      'stacks/medium.json',
      'stacks/old/critical.yaml',
    ]);
  });

  it('keeps only files an --include glob matches', () => {
    expect(files(['.', '--include', '**/*.json'])).toEqual(['stacks/medium.json']);
    expect(files(['.', '--include', 'stacks/**', '--include', 'critical.yaml'])).toEqual([
      'critical.yaml',
      'stacks/high.yaml',
      'stacks/medium.json',
      'stacks/old/critical.yaml',
    ]);
  });

  it('drops files an --exclude glob matches, a directory name included', () => {
    expect(files(['.', '--exclude', 'stacks/old'])).toEqual([
      'critical.yaml',
      'stacks/high.yaml',
      'stacks/medium.json',
    ]);
    expect(files(['.', '--exclude', '**/*.yaml'])).toEqual(['stacks/medium.json']);
  });

  it('lets --exclude win over --include, and the exit code follows what is left', () => {
    expect(files(['.', '--include', 'stacks/**', '--exclude', 'stacks/old/**'])).toEqual([
      'stacks/high.yaml',
      'stacks/medium.json',
    ]);
    expect(project.run(['.', '--include', 'stacks/**', '--exclude', '**/*.yaml']).code).toBe(0);
    expect(project.run(['.', '--include', 'stacks/**', '--exclude', '**/*.json', '--fail-on', 'critical']).code).toBe(
      1,
    );
  });

  it('says so on stderr when a file named on the command line is filtered out', () => {
    const run = project.run(['critical.yaml', 'stacks/high.yaml', '--exclude', 'critical.yaml']);
    expectOneLineError(run.stderr, 'critical.yaml', 'excluded');
    expect(brief(findingLines(run.stdout))).toEqual(['stacks/high.yaml:13:13 high trust/missing-amr']);
  });

  it('exits 2 when the globs leave nothing', () => {
    const run = project.run(['.', '--include', '**/*.template']);
    expect(run.code).toBe(2);
    expectOneLineError(run.stderr, 'nothing to lint');
  });

  it('matches paths relative to the working directory on disk', () => {
    const disk = diskProject({ 'a/critical.yaml': CRITICAL_YAML, 'a/b/high.yaml': HIGH_YAML });
    try {
      const run = disk.run(['.', '--exclude', 'b', '--fail-on', 'none'], { cwd: `${disk.root}/a` });
      expect(findingLines(run.stdout).map((f) => f.file)).toEqual(['critical.yaml']);
    } finally {
      disk.cleanup();
    }
  });
});

describe('--parameter and --parameters-file', () => {
  const project = memoryProject({
    'param.yaml': PARAMETER_YAML,
    'params/prod.json': '[{"ParameterKey": "ClassicFlow", "ParameterValue": "false"}]\n',
    'params/classic.json': '[{"ParameterKey": "ClassicFlow", "ParameterValue": "true"}]\n',
  });
  const severity = (argv: string[]) => findingLines(project.run(['param.yaml', ...argv]).stdout).map((f) => f.severity);

  it('treats a parameter without a value as unknown (the worse case)', () => {
    expect(severity([])).toEqual(['high']);
    expect(project.run(['param.yaml']).code).toBe(1);
  });

  it('takes KEY=VALUE from --parameter / -p', () => {
    expect(severity(['--parameter', 'ClassicFlow=false'])).toEqual(['medium']);
    expect(severity(['-p', 'ClassicFlow=false'])).toEqual(['medium']);
    expect(project.run(['param.yaml', '-p', 'ClassicFlow=false']).code).toBe(0);
  });

  it('takes values from --parameters-file, and --parameter wins over it', () => {
    expect(severity(['--parameters-file', 'params/prod.json'])).toEqual(['medium']);
    expect(severity(['--parameters-file', 'params/prod.json', '-p', 'ClassicFlow=true'])).toEqual(['high']);
    // The later file wins.
    expect(severity(['--parameters-file', 'params/prod.json', '--parameters-file', 'params/classic.json'])).toEqual([
      'high',
    ]);
  });

  it('never lints a parameters file as a template', () => {
    const run = project.run(['param.yaml', '--parameters-file', 'params/prod.json', '-f', 'json']);
    expect((JSON.parse(run.stdout) as { files: string[] }).files).toEqual(['param.yaml']);
  });

  it('says so in one line when a --parameters-file does not exist', () => {
    const run = project.run(['param.yaml', '--parameters-file', 'params/staging.json']);
    expectOneLineError(run.stderr, 'params/staging.json', 'no such file');
    expect(severity([])).toEqual(['high']);
  });
});
