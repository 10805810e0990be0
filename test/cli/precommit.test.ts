/**
 * pre-commit: .pre-commit-hooks.yaml at the repository root, and the CLI as the hook runs it —
 * the entry followed by the staged files that match `files` (and not `exclude`).
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { brief, findingLines, memoryProject } from './helpers.js';
import { CLEAN_YAML, CRITICAL_YAML, HIGH_YAML, MEDIUM_JSON } from './templates.js';

const ROOT = join(import.meta.dirname, '..', '..');

interface Hook {
  id: string;
  name: string;
  entry: string;
  language: string;
  files: string;
  exclude?: string;
  pass_filenames: boolean;
  require_serial?: boolean;
}

const hooks = parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];
const hook = hooks[0]!;
// pre-commit matches with Python's re.search; these patterns mean the same in JavaScript.
const files = new RegExp(hook.files);
const exclude = new RegExp(hook.exclude ?? '(?!)');
const selected = (path: string) => files.test(path) && !exclude.test(path);
const [, ...entryArgs] = hook.entry.split(/\s+/);

describe('.pre-commit-hooks.yaml', () => {
  it('declares the hook twice: run from the clone (script), or installed with Node.js (node); file names passed', () => {
    expect(hooks.map((h) => [h.id, h.language])).toEqual([
      ['cognito-iam-lint', 'script'],
      ['cognito-iam-lint-node', 'node'],
    ]);
    const [script, node] = hooks as [Hook, Hook];
    // The script hook runs the committed command from the clone: an executable file with a shebang.
    expect(script.entry).toBe('bin/cognito-iam-lint.js --allow-no-input');
    expect(readFileSync(join(ROOT, 'bin', 'cognito-iam-lint.js'), 'utf8')).toMatch(/^#!\/usr\/bin\/env node\n/);
    expect(statSync(join(ROOT, 'bin', 'cognito-iam-lint.js')).mode & 0o111).not.toBe(0);
    // The node hook runs the package's binary.
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> };
    expect(node.entry).toBe('cognito-iam-lint --allow-no-input');
    expect(pkg.bin['cognito-iam-lint']).toBe('bin/cognito-iam-lint.js');
    // Both select, exclude and pass files alike.
    for (const h of hooks)
      expect(h).toMatchObject({
        files: script.files,
        exclude: script.exclude,
        pass_filenames: true,
        require_serial: true,
      });
    expect(entryArgs).toEqual(['--allow-no-input']);
  });

  it('selects templates and policy JSON by extension, and skips JSON-with-comments and lockfiles', () => {
    for (const path of [
      'template.yaml',
      'infra/app.yml',
      'policies/guest.json',
      'stack.template',
      'cdk.out/App.template.json',
      'samconfig.yaml',
    ]) {
      expect(selected(path), path).toBe(true);
    }
    for (const path of [
      'src/app.ts',
      'README.md',
      'template.yaml.bak',
      'tsconfig.json',
      'packages/web/tsconfig.build.json',
      'jsconfig.json',
      '.vscode/settings.json',
      '.devcontainer/devcontainer.json',
      'package.json',
      'web/package-lock.json',
    ]) {
      expect(selected(path), path).toBe(false);
    }
  });
});

describe('the CLI as the hook runs it', () => {
  const project = memoryProject({
    'infra/critical.yaml': CRITICAL_YAML,
    'infra/high.yaml': HIGH_YAML,
    'infra/medium.json': MEDIUM_JSON,
    'infra/clean.yaml': CLEAN_YAML,
    '.github/workflows/ci.yml': 'on: push\njobs: {}\n',
    'cdk.json': '{ "app": "npx ts-node bin/app.ts" }\n',
  });
  const hookRun = (staged: string[]) => project.run([...entryArgs, ...staged.filter(selected)]);

  it('lints several staged files in one run and fails on the findings', () => {
    const run = hookRun([
      'infra/critical.yaml',
      'infra/high.yaml',
      'infra/medium.json',
      'infra/clean.yaml',
      'src/app.ts',
    ]);
    expect(run.code).toBe(1);
    expect(brief(findingLines(run.stdout))).toEqual([
      'infra/critical.yaml:14:13 critical trust/missing-aud',
      'infra/high.yaml:13:13 high trust/missing-amr',
      'infra/medium.json:13:13 medium trust/missing-amr',
    ]);
    expect(run.stdout).toContain('in 3 of 4 files linted · fails --fail-on high');
  });

  it('passes a commit whose templates are clean, next to other JSON and YAML files', () => {
    const run = hookRun(['infra/clean.yaml', '.github/workflows/ci.yml', 'cdk.json']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('No problems in 1 file');
    // Named files that are not templates are said so on stderr (pre-commit shows it only on failure).
    expect(run.stderr.split('\n').filter(Boolean)).toEqual([
      'cognito-iam-lint: .github/workflows/ci.yml: not a CloudFormation template, Resources fragment, IAM policy document or cloud assembly manifest',
      'cognito-iam-lint: cdk.json: not a CloudFormation template, Resources fragment, IAM policy document or cloud assembly manifest',
    ]);
  });

  it('passes a commit with nothing to lint (--allow-no-input); without the flag that is exit 2', () => {
    const run = hookRun(['.github/workflows/ci.yml', 'cdk.json']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('✔ No problems in 0 files.\n');
    expect(project.run(['.github/workflows/ci.yml', 'cdk.json']).code).toBe(2);
  });

  it('--allow-no-input still writes the reports it is asked for', () => {
    const run = project.run(['cdk.json', '--allow-no-input', '--report', 'sarif=r.sarif']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.written.get('/proj/r.sarif')!)).toMatchObject({ version: '2.1.0', runs: [{ results: [] }] });
  });
});
