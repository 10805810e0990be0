/**
 * The hook with the real pre-commit (`.ci/run` installs Debian's when it is missing): a throwaway
 * git repository whose `.pre-commit-config.yaml` is README's snippet pointed at this repository
 * at its current commit. pre-commit clones it, installs the package with Node as it does for every
 * `language: node` hook, and runs it on the repository's files.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = join(import.meta.dirname, '..', '..');
const README_REPO = 'https://github.com/cognito-iam-lint/cognito-iam-lint';

const work = mkdtempSync(join(tmpdir(), 'cil-pre-commit-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The `.pre-commit-config.yaml` snippet of README.md, as a user would copy it. */
function readmeSnippet(): string {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('### pre-commit'));
  const snippet = /```yaml\n([\s\S]*?)```/.exec(section)?.[1];
  if (snippet === undefined) throw new Error('README.md has no pre-commit snippet');
  return snippet;
}

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@example.com',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@example.com',
    },
  });
}

function preCommit(cwd: string): { status: number | null; output: string } {
  const result = spawnSync('pre-commit', ['run', '--all-files', '--color', 'never'], {
    cwd,
    encoding: 'utf8',
    timeout: 240_000,
    // Its own cache (clones and environments), and no registry: the package has no dependencies.
    env: {
      ...process.env,
      PRE_COMMIT_HOME: join(work, 'cache'),
      npm_config_offline: 'true',
      npm_config_audit: 'false',
      npm_config_fund: 'false',
    },
  });
  if (result.error) throw result.error;
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

function write(repo: string, file: string, text: string): void {
  mkdirSync(dirname(join(repo, file)), { recursive: true });
  writeFileSync(join(repo, file), text);
}

/** The README's snippet runs the first hook; the second is the same with Node.js installed by pre-commit. */
describe.each(['cognito-iam-lint', 'cognito-iam-lint-node'])('pre-commit, for real: hook %s', (hookId) => {
  let repo: string;
  let sha: string;

  beforeAll(() => {
    const version = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
    if (version.error)
      throw new Error('pre-commit is not installed: `.ci/run` installs it (apt-get install pre-commit).');
    sha = git(ROOT, 'rev-parse', 'HEAD').trim();
    repo = join(work, `project-${hookId}`);
    mkdirSync(repo);
    git(repo, 'init', '-q');
    const snippet = readmeSnippet();
    expect(snippet).toContain(`repo: ${README_REPO}`);
    write(
      repo,
      '.pre-commit-config.yaml',
      snippet
        .replace(README_REPO, ROOT)
        .replace(/rev: \S+/, `rev: ${sha}`)
        .replace('id: cognito-iam-lint\n', `id: ${hookId}\n`),
    );
    // Not templates, and left alone: a manifest, JSON with comments, a workflow.
    write(repo, 'package.json', '{ "name": "app", "version": "1.0.0" }\n');
    write(repo, 'tsconfig.json', '{\n  // comments are fine here\n  "compilerOptions": { "strict": true, },\n}\n');
    write(
      repo,
      '.github/workflows/ci.yml',
      'on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm test\n',
    );
    cpSync(join(ROOT, 'examples', 'fixed', 'app.yaml'), join(repo, 'infra', 'app.yaml'));
    git(repo, 'add', '-A');
  });

  it('the README snippet names the release tag of this version, and the tag exists wherever tags were fetched', () => {
    const rev = /rev: (\S+)/.exec(readmeSnippet())?.[1];
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(rev).toBe(`v${version}`);
    // A clone of one branch (as CI makes) has no tags; a full clone must resolve the one README names.
    if (git(ROOT, 'tag', '--list').trim() === '') return;
    expect(git(ROOT, 'rev-parse', '--verify', '--quiet', `${rev}^{commit}`).trim()).toMatch(/^[0-9a-f]{40}$/);
  });

  it('passes a repository whose template is clean, leaving its other JSON and YAML alone', () => {
    const run = preCommit(repo);
    expect(run.output).toMatch(/cognito-iam-lint\.+Passed/);
    expect(run.status).toBe(0);
  });

  it('blocks a flawed template and says why', () => {
    cpSync(join(ROOT, 'examples', 'flawed', 'app.yaml'), join(repo, 'infra', 'flawed.yaml'));
    git(repo, 'add', '-A');
    const run = preCommit(repo);
    expect(run.status).toBe(1);
    expect(run.output).toMatch(/cognito-iam-lint\.+Failed/);
    expect(run.output).toMatch(/^infra\/flawed\.yaml$/m);
    expect(run.output).toMatch(/^\s+181:13\s+critical\s+trust\/missing-aud\s/m);
    // The clean template and the other files have no findings (no file heading, no parse error).
    expect(run.output).not.toMatch(/^(infra\/app\.yaml|tsconfig\.json|package\.json|\.github\/workflows\/ci\.yml)$/m);
    expect(run.output).not.toContain('input/parse-error');
  });

  it('uses the hook definition of this commit', () => {
    const hooks = parse(git(ROOT, 'show', `${sha}:.pre-commit-hooks.yaml`)) as Array<{ id: string }>;
    expect(hooks.map((h) => h.id)).toContain(hookId);
    expect(readFileSync(join(repo, '.pre-commit-config.yaml'), 'utf8')).toContain(`id: ${hookId}\n`);
  });
});
