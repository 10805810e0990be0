/**
 * The CLI contract a CI user relies on (issue 10, part 4), checked on the built binary in a real
 * process: missing paths, usage errors with did-you-mean, `--list-rules -f json`, what a directory
 * walk skips, the ignore file, and paths in the config and baseline relative to their own folders
 * (a run from a subfolder of a repository gives the root run's result). It runs the committed build
 * (dist/), or yours after `npm run build`.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runBin, tempDir } from '../hostile/fs-helpers.js';
import { jsonConfig } from './helpers.js';
import { CLEAN_YAML, CRITICAL_YAML, HIGH_YAML, MEDIUM_JSON, PARAMETER_YAML } from './templates.js';

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

/** A project on disk; a root config turning the unpinned rules off unless `files` brings one. */
function project(files: Record<string, string>): string {
  const root = tempDir('cognito-iam-lint-contract-');
  roots.push(root);
  const all = Object.keys(files).some((f) => f.startsWith('.cognito-iam-lint.'))
    ? files
    : { '.cognito-iam-lint.json': jsonConfig(), ...files };
  for (const [path, text] of Object.entries(all)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

interface JsonFinding {
  ruleId: string;
  file: string;
  range: { start: { line: number; column: number } };
  fingerprint: string;
  suppressions: unknown[];
  baselineState?: string;
}
interface JsonReport {
  findings: JsonFinding[];
  notifications: Array<{ level: string; kind: string; message: string; file?: string }>;
}

const json = (stdout: string): JsonReport => JSON.parse(stdout) as JsonReport;
const at = (f: JsonFinding): string => `${f.file}:${f.range.start.line}:${f.range.start.column} ${f.ruleId}`;

describe('a named path or parameters file that does not exist', () => {
  const root = project({ 'critical.yaml': CRITICAL_YAML, 'clean.yaml': CLEAN_YAML });

  it('is exit 2 with one line naming it; the paths that exist are still linted and reported', () => {
    const run = runBin(root, ['critical.yaml', 'cdk.out', '-f', 'json']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('cognito-iam-lint: cdk.out: no such file or directory\n');
    const report = json(run.stdout);
    expect(report.findings.map(at)).toEqual(['critical.yaml:14:13 trust/missing-aud']);
    expect(report.notifications).toContainEqual({
      level: 'error',
      kind: 'input',
      message: 'Not found: no such file or directory',
      file: 'cdk.out',
    });
  });

  it('is exit 2 even when what exists is clean (it printed "No problems" and exited 0)', () => {
    const run = runBin(root, ['clean.yaml', 'cdk.out']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('cognito-iam-lint: cdk.out: no such file or directory\n');
  });

  it('is exit 2 alone, with only the line naming it', () => {
    const run = runBin(root, ['nope.yaml']);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('cognito-iam-lint: nope.yaml: no such file or directory\n');
  });

  it('is exit 2 for a --parameters-file (it only warned)', () => {
    const run = runBin(root, ['clean.yaml', '--parameters-file', 'params/prod.json']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('cognito-iam-lint: params/prod.json: no such file or directory\n');
  });
});

describe('usage errors and warnings', () => {
  const root = project({ 'parameter.yaml': PARAMETER_YAML, 'clean.yaml': CLEAN_YAML });

  it('--stdin-filename without `-` among the paths is exit 2', () => {
    const run = runBin(root, ['clean.yaml', '--stdin-filename', 'x.yaml']);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      "cognito-iam-lint: --stdin-filename names standard input, but '-' is not among the paths (add '-' to read standard input; see --help).\n",
    );
  });

  it('an undeclared --parameter is warned about, with the nearest declared name; the run goes on', () => {
    const run = runBin(root, ['.', '-p', 'ClasicFlow=false', '-p', 'Unrelated=1', '--fail-on', 'none', '-f', 'json']);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe(
      "cognito-iam-lint: warning: --parameter ClasicFlow: no template of this run declares a parameter `ClasicFlow` (did you mean `ClassicFlow`? see the templates' Parameters).\n" +
        "cognito-iam-lint: warning: --parameter Unrelated: no template of this run declares a parameter `Unrelated` (see the templates' Parameters).\n",
    );
    expect(
      json(run.stdout)
        .notifications.filter((n) => n.message.startsWith('--parameter'))
        .map((n) => n.level),
    ).toEqual(['warning', 'warning']);
    // A declared one is not warned about.
    expect(runBin(root, ['.', '-p', 'ClassicFlow=false', '--fail-on', 'none']).stderr).toBe('');
  });

  it('an unknown option gets a did-you-mean and a pointer to --help', () => {
    const run = runBin(root, ['--fromat', 'json', '.']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe("cognito-iam-lint: unknown option '--fromat' (did you mean '--format'? see --help).\n");
    expect(runBin(root, ['--zzzzzzzz']).stderr).toBe("cognito-iam-lint: unknown option '--zzzzzzzz' (see --help).\n");
  });

  it('an unknown rule ID gets a did-you-mean: --explain and the config `rules`', () => {
    const explain = runBin(root, ['--explain', 'trust/misisng-aud']);
    expect(explain.status).toBe(2);
    expect(explain.stderr).toBe(
      "cognito-iam-lint: --explain: no rule 'trust/misisng-aud' (did you mean 'trust/missing-aud'? see --list-rules).\n",
    );
    const typo = project({
      '.cognito-iam-lint.json': '{ "rules": { "trust/missing-amm": "off" } }\n',
      'clean.yaml': CLEAN_YAML,
    });
    const config = runBin(typo, ['.']);
    expect(config.status).toBe(2);
    expect(config.stderr).toBe(
      'cognito-iam-lint: .cognito-iam-lint.json:1:14: `rules.trust/missing-amm` names no rule (did you mean `trust/missing-amr`? see --list-rules).\n',
    );
  });

  it("--list-rules -f json prints the rules' metadata as a JSON array, the same rules as --list-rules", () => {
    const run = runBin(root, ['--list-rules', '-f', 'json']);
    expect(run.status).toBe(0);
    const rules = JSON.parse(run.stdout) as Array<Record<string, unknown>>;
    const text = runBin(root, ['--list-rules'])
      .stdout.split('\n')
      .filter(Boolean)
      .map((line) => line.split(/\s+/)[0]);
    expect(rules.map((r) => r.id)).toEqual(text);
    const aud = rules.find((r) => r.id === 'trust/missing-aud')!;
    expect(Object.keys(aud)).toEqual([
      'id',
      'severity',
      'description',
      'fix',
      'fixIn',
      'tags',
      'references',
      'docsUrl',
    ]);
    // The fix as Terraform writes it (a rule's meta.fixIn), beside the CloudFormation one.
    expect((aud.fixIn as Record<string, string>).terraform).toContain(
      'variable = "cognito-identity.amazonaws.com:aud"',
    );
    expect(aud).toMatchObject({
      severity: 'critical',
      docsUrl: 'https://github.com/cognito-iam-lint/cognito-iam-lint/blob/main/rules/trust/missing-aud.md',
    });
    expect(typeof aud.description).toBe('string');
  });
});

describe('a directory walk over a whole project', () => {
  const files = {
    'infra/app.yaml': CLEAN_YAML,
    // JSON with comments and trailing commas: does not parse as JSON.
    'tsconfig.json': '{\n  // the compiler\n  "compilerOptions": { "strict": true, },\n}\n',
    // A Helm chart template: not YAML until rendered.
    'chart/templates/deployment.yaml':
      'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ .Values.name }}\n  labels:\n    {{- include "app.labels" . | nindent 4 }}\nspec:\n  replicas: {{ .Values.replicas }}\n',
    // Parse fine, are not templates.
    'package.json': '{ "name": "app", "version": "1.0.0", "scripts": { "build": "tsc" } }\n',
    'workflows/ci.yml':
      'name: CI\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: echo ${{ github.sha }}\n',
  };

  it('skips files that do not parse and do not look like templates with a note, not a finding; exit code unaffected', () => {
    const root = project(files);
    const run = runBin(root, ['-f', 'json']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const report = json(run.stdout);
    expect(report.findings).toEqual([]);
    expect(report.notifications.filter((n) => n.kind === 'input')).toEqual([
      {
        level: 'note',
        kind: 'input',
        message: 'Skipped: it does not parse and does not look like a template or IAM policy.',
        file: 'chart/templates/deployment.yaml',
      },
      {
        level: 'note',
        kind: 'input',
        message: 'Skipped: it does not parse and does not look like a template or IAM policy.',
        file: 'tsconfig.json',
      },
    ]);
  });

  it('still reports a broken file that looks like a template, and a broken file named on the command line', () => {
    const root = project({
      ...files,
      'infra/broken.yaml': 'Resources:\n  Role:\n    Type: AWS::IAM::Role\n    Properties: [\n',
    });
    const walk = runBin(root, ['-f', 'json']);
    expect(walk.status).toBe(1);
    expect(json(walk.stdout).findings.map(at)).toEqual(['infra/broken.yaml:5:1 input/parse-error']);
    const named = runBin(root, ['tsconfig.json', '-f', 'json']);
    expect(named.status).toBe(2);
    expect(json(named.stdout).findings.map((f) => `${f.file} ${f.ruleId}`)).toEqual([
      'tsconfig.json input/parse-error',
    ]);
  });
});

describe('.cognito-iam-lintignore and the config `ignores`', () => {
  const files = {
    '.cognito-iam-lintignore': '# generated output\nbuild/\n*.generated.yaml\n!keep.generated.yaml\n/only-root.yaml\n',
    'build/t.yaml': CRITICAL_YAML,
    'a.generated.yaml': CRITICAL_YAML,
    'keep.generated.yaml': CRITICAL_YAML,
    'only-root.yaml': CRITICAL_YAML,
    'sub/only-root.yaml': CRITICAL_YAML,
    'sub/x.generated.yaml': CRITICAL_YAML,
    'main.yaml': CRITICAL_YAML,
  };
  const linted = (stdout: string): string[] => [...new Set(json(stdout).findings.map((f) => f.file))].sort();

  it('leaves out what it ignores in a walk (gitignore syntax: comments, directories, negation, anchors)', () => {
    const root = project(files);
    const run = runBin(root, ['-f', 'json']);
    expect(run.stderr).toBe('');
    expect(linted(run.stdout)).toEqual(['keep.generated.yaml', 'main.yaml', 'sub/only-root.yaml']);
    // From a subfolder, the root's ignore file is found upward and still relative to its folder.
    const sub = runBin(join(root, 'sub'), ['-f', 'json']);
    expect(linted(sub.stdout)).toEqual(['only-root.yaml']);
  });

  it('warns about an ignored file named on the command line and does not lint it, unless --no-ignore', () => {
    const root = project(files);
    const run = runBin(root, ['build/t.yaml', 'main.yaml', '-f', 'json']);
    expect(run.stderr).toBe(
      'cognito-iam-lint: build/t.yaml: ignored because of a matching ignore pattern (use --no-ignore to lint it)\n',
    );
    expect(linted(run.stdout)).toEqual(['main.yaml']);
    expect(json(run.stdout).notifications).toContainEqual({
      level: 'warning',
      kind: 'input',
      message: 'File ignored because of a matching ignore pattern (use --no-ignore to lint it).',
      file: 'build/t.yaml',
    });
    // Only ignored files named (pre-commit on a changed generated file): the warning, exit 0.
    const only = runBin(root, ['build/t.yaml']);
    expect(only.status).toBe(0);
    expect(only.stderr).toBe(
      'cognito-iam-lint: build/t.yaml: ignored because of a matching ignore pattern (use --no-ignore to lint it)\n',
    );
    const all = runBin(root, ['--no-ignore', '-f', 'json']);
    expect(linted(all.stdout)).toEqual(
      Object.keys(files)
        .filter((f) => f.endsWith('.yaml'))
        .sort(),
    );
  });

  it('reads `ignores` from the config, relative to its folder, and refuses a pattern it cannot match in linear time', () => {
    const root = project({
      '.cognito-iam-lint.json': jsonConfig({ ignores: ['stacks/legacy/', 'main.yaml'] }),
      'stacks/legacy/a.yaml': CRITICAL_YAML,
      'stacks/new.yaml': HIGH_YAML,
      'main.yaml': CRITICAL_YAML,
    });
    expect(linted(runBin(root, ['-f', 'json']).stdout)).toEqual(['stacks/new.yaml']);
    expect(linted(runBin(join(root, 'stacks'), ['-f', 'json']).stdout)).toEqual(['new.yaml']);
    expect(linted(runBin(root, ['--no-ignore', '-f', 'json']).stdout)).toEqual([
      'main.yaml',
      'stacks/legacy/a.yaml',
      'stacks/new.yaml',
    ]);
    writeFileSync(join(root, '.cognito-iam-lintignore'), 'ok.yaml\n+(a|b).yaml\n');
    const refused = runBin(root, ['.']);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/^cognito-iam-lint: \.cognito-iam-lintignore:2: the glob uses an extended glob/);
  });
});

describe('a run from a subfolder gives the run from the root', () => {
  /** A repository: config (exclude, a suppression by files glob), ignore file, templates in folders. */
  function repository(): string {
    return project({
      '.cognito-iam-lint.json': jsonConfig({
        exclude: ['stacks/old/**'],
        suppressions: [
          {
            rule: 'trust/missing-amr',
            files: 'stacks/app/*.yaml',
            reason: 'Guests are off in production; tracked in SEC-12.',
          },
        ],
      }),
      '.cognito-iam-lintignore': 'generated/\n',
      'stacks/app/auth.yaml': HIGH_YAML,
      'stacks/app/admin.yaml': CRITICAL_YAML,
      'stacks/old/auth.yaml': CRITICAL_YAML,
      'stacks/other/auth.json': MEDIUM_JSON,
      'stacks/generated/x.yaml': CRITICAL_YAML,
    });
  }

  /** Findings as the root sees them: file relative to the root, position, rule, suppressed, baseline state, fingerprint. */
  function outcome(stdout: string, prefix: string): string[] {
    return json(stdout)
      .findings.map(
        (f) =>
          `${prefix}${f.file}:${f.range.start.line}:${f.range.start.column} ${f.ruleId} suppressed=${f.suppressions.length > 0} ${f.baselineState ?? '-'} ${f.fingerprint}`,
      )
      .sort();
  }

  it('with the config and baseline found upward or named, the same findings, suppressions, baseline states and fingerprints', () => {
    const root = repository();
    // The baseline, written at the root: today's findings of stacks/app and stacks/other.
    const written = runBin(root, ['stacks', '--write-baseline', '.baseline.json']);
    expect(written.status).toBe(0);
    const baselineText = readFileSync(join(root, '.baseline.json'), 'utf8');
    // A new finding after the baseline was written.
    writeFileSync(join(root, 'stacks/other/new.yaml'), CRITICAL_YAML);

    const fromRoot = runBin(root, ['stacks', '--baseline', '.baseline.json', '-f', 'json']);
    const expected = outcome(fromRoot.stdout, '');
    expect(expected.map((line) => line.split(' ').slice(0, 4).join(' '))).toEqual([
      'stacks/app/admin.yaml:14:13 trust/missing-aud suppressed=false unchanged',
      'stacks/app/auth.yaml:13:13 trust/missing-amr suppressed=true new',
      'stacks/other/auth.json:13:13 trust/missing-amr suppressed=false unchanged',
      'stacks/other/new.yaml:14:13 trust/missing-aud suppressed=false new',
    ]);
    // The root run fingerprints as a run without a baseline does (existing baselines keep matching).
    const plain = runBin(root, ['stacks', '-f', 'json']);
    expect(
      json(plain.stdout)
        .findings.map((f) => f.fingerprint)
        .sort(),
    ).toEqual(
      json(fromRoot.stdout)
        .findings.map((f) => f.fingerprint)
        .sort(),
    );

    const sub = join(root, 'stacks');
    const fromSub = runBin(sub, ['.', '--baseline', '../.baseline.json', '-f', 'json']);
    expect(fromSub.stderr).toBe('');
    expect(fromSub.status).toBe(fromRoot.status);
    expect(outcome(fromSub.stdout, 'stacks/')).toEqual(expected);
    // Deeper, naming paths relative to it and the config explicitly.
    const deeper = runBin(join(sub, 'app'), [
      '.',
      '../other',
      '-c',
      '../../.cognito-iam-lint.json',
      '--baseline',
      '../../.baseline.json',
      '-f',
      'json',
    ]);
    expect(
      outcome(deeper.stdout, 'stacks/app/')
        .map((l) => l.replace('stacks/app/../other/', 'stacks/other/'))
        .sort(),
    ).toEqual(expected);

    // A baseline written from the subfolder is the root's, byte for byte (files relative to its folder).
    rmSync(join(root, 'stacks/other/new.yaml'));
    expect(runBin(sub, ['.', '--write-baseline', '../.baseline-sub.json']).status).toBe(0);
    expect(readFileSync(join(root, '.baseline-sub.json'), 'utf8')).toBe(baselineText);
  });
});
