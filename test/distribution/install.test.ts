/**
 * What a user installs: the npm tarball, a git URL and a local path, each installed with
 * `--ignore-scripts` into a new project and run with plain `node` (through npx), as a stranger
 * would. npm installs from the tarball and from git without the registry because the package has
 * no dependencies (everything is bundled in dist/).
 */
import { execFileSync } from 'node:child_process';
import { runAsync, type Finished } from './run-async.js';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const FLAWED = join(ROOT, 'examples', 'flawed', 'app.yaml');
/** The bound the distribution promises (README, "Install"). */
const MAX_INSTALL_BYTES = 30 * 1024 * 1024;

const work = mkdtempSync(join(tmpdir(), 'cil-install-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function run(command: string, args: string[], cwd: string): Promise<Finished> {
  return runAsync(command, args, {
    cwd,
    timeoutMs: 120_000,
    // No registry: an install that needed one would fail here instead of passing on a warm cache.
    env: {
      ...process.env,
      npm_config_offline: 'true',
      npm_config_audit: 'false',
      npm_config_fund: 'false',
      NO_COLOR: '1',
    },
  });
}

function newProject(name: string): string {
  const dir = join(work, name);
  mkdirSync(dir);
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name, version: '1.0.0', private: true }));
  return dir;
}

function sizeOf(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(path).reduce((sum, entry) => sum + sizeOf(join(path, entry)), 0);
}

/** Lint the flawed example with the installed command and check it is the real linter at work. */
async function expectLintsTheExample(project: string): Promise<void> {
  const lint = await run('npx', ['--no-install', 'cognito-iam-lint', '--format', 'json', FLAWED], project);
  expect(lint.stderr).toBe('');
  expect(lint.status).toBe(1);
  const report = JSON.parse(lint.stdout) as {
    findings: Array<{
      ruleId: string;
      range: { start: { line: number; column: number } };
      resource?: { logicalId?: string };
    }>;
  };
  expect(report.findings).toEqual(
    expect.arrayContaining([
      expect.objectContaining({
        ruleId: 'trust/missing-aud',
        range: expect.objectContaining({ start: { line: 181, column: 13 } }),
        resource: expect.objectContaining({ logicalId: 'AuthenticatedRole' }),
      }),
    ]),
  );
}

describe('installs', () => {
  let tarball: string;

  beforeAll(async () => {
    const packed = await run('npm', ['pack', '--json', '--pack-destination', work], ROOT);
    expect(packed.status, packed.stderr).toBe(0);
    tarball = join(work, (JSON.parse(packed.stdout) as Array<{ filename: string }>)[0]!.filename);
  }, 180_000); // npm packs the whole package

  it('the tarball: installs with --ignore-scripts, at most 30 MB, and lints', async () => {
    const project = newProject('from-tarball');
    const install = await run('npm', ['install', '--save-dev', '--ignore-scripts', tarball], project);
    expect(install.status, install.stderr).toBe(0);
    const installed = join(project, 'node_modules');
    expect(readdirSync(installed).filter((n) => !n.startsWith('.'))).toEqual(['cognito-iam-lint']);
    expect(sizeOf(installed)).toBeLessThanOrEqual(MAX_INSTALL_BYTES);
    await expectLintsTheExample(project);
  }, 180_000);

  it('a git URL at this commit: installs with --ignore-scripts and lints', async () => {
    const sha = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    const project = newProject('from-git');
    const install = await run(
      'npm',
      ['install', '--save-dev', '--ignore-scripts', `git+file://${ROOT}#${sha}`],
      project,
    );
    expect(install.status, install.stderr).toBe(0);
    await expectLintsTheExample(project);
  }, 240_000); // npm clones the repository and packs it: minutes, not seconds, on a loaded 2-core machine

  it('a local path: installs with --ignore-scripts (a copy, --install-links, and a link) and lints', async () => {
    for (const links of [true, false]) {
      const project = newProject(`from-path-${links}`);
      const install = await run(
        'npm',
        ['install', '--save-dev', '--ignore-scripts', `--install-links=${links}`, ROOT],
        project,
      );
      expect(install.status, install.stderr).toBe(0);
      await expectLintsTheExample(project);
    }
  }, 180_000);

  it('a missing build or data file: one line naming what is missing, exit 2, no stack trace', async () => {
    const copy = join(work, 'broken');
    for (const part of ['bin', 'dist', 'package.json']) cpSync(join(ROOT, part), join(copy, part), { recursive: true });
    rmSync(join(copy, 'dist', 'data', 'iam', 'catalog.json'));
    const noData = await run(process.execPath, [join(copy, 'bin', 'cognito-iam-lint.js'), FLAWED], ROOT);
    expect(noData.status).toBe(2);
    expect(noData.stdout).toBe('');
    expect(noData.stderr).toBe(
      'cognito-iam-lint: its data file dist/data/iam/catalog.json is missing: reinstall the package (in a checkout, run `npm run build`).\n',
    );

    rmSync(join(copy, 'dist', 'cli.cjs'));
    const noBundle = await run(process.execPath, [join(copy, 'bin', 'cognito-iam-lint.js'), FLAWED], ROOT);
    expect(noBundle.status).toBe(2);
    expect(noBundle.stdout).toBe('');
    expect(noBundle.stderr).toBe(
      'cognito-iam-lint: its code (dist/cli.cjs) is missing: reinstall the package (in a checkout, run `npm run build`).\n',
    );

    rmSync(join(copy, 'dist'), { recursive: true });
    const noCode = await run(process.execPath, [join(copy, 'bin', 'cognito-iam-lint.js'), FLAWED], ROOT);
    expect(noCode.status).toBe(2);
    expect(noCode.stderr).toBe(
      'cognito-iam-lint: its code (dist/launch.js) is missing: reinstall the package (in a checkout, run `npm run build`).\n',
    );
    expect(existsSync(join(copy, 'dist'))).toBe(false);
  });
});
