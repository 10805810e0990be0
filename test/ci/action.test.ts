/**
 * action.yml (the composite GitHub Action at the repository root) and the workflows README.md
 * documents: inputs, steps and outputs refer to each other correctly, and the lint step's script
 * does what the inputs say — run here with bash against the built CLI, as the runner would.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { HELP } from '../../src/cli/args.js';
import { describeErrors, sarifValidator } from '../reporters/schemas.js';
import { diskProject, jsonConfig } from '../cli/helpers.js';
import { CLEAN_YAML, CRITICAL_YAML } from '../cli/templates.js';

const ROOT = join(import.meta.dirname, '..', '..');

interface Step {
  name?: string;
  id?: string;
  uses?: string;
  run?: string;
  shell?: string;
  if?: string;
  env?: Record<string, string>;
  with?: Record<string, unknown>;
  'working-directory'?: string;
}
interface Action {
  name: string;
  description: string;
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description: string; value: string }>;
  runs: { using: string; steps: Step[] };
}

const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as Action;
const steps = action.runs.steps;
const lintStep = steps.find((s) => s.id === 'lint')!;

/** Every `${{ … }}` expression in a value, recursively. */
function expressions(value: unknown): string[] {
  if (typeof value === 'string') return [...value.matchAll(/\$\{\{\s*(.*?)\s*\}\}/g)].map((m) => m[1]!);
  if (Array.isArray(value)) return value.flatMap(expressions);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(expressions);
  return [];
}

describe('action.yml', () => {
  it('is a composite action with the documented inputs and an output', () => {
    expect(action.name).toBe('cognito-iam-lint');
    expect(action.description.length).toBeGreaterThan(0);
    expect(action.description.length).toBeLessThanOrEqual(125); // short: the Marketplace lists it on one line
    expect(action.runs.using).toBe('composite');
    expect(Object.keys(action.inputs).sort()).toEqual([
      'args',
      'baseline',
      'config',
      'fail-on',
      'paths',
      'sarif-file',
      'sarif-omit-suppressed',
    ]);
    for (const [name, input] of Object.entries(action.inputs)) {
      expect(input.description, name).toBeTruthy();
      expect(input.required, name).toBe(false);
      expect(typeof input.default, name).toBe('string');
    }
    expect(action.inputs.paths!.default).toBe('.');
    expect(action.inputs['sarif-file']!.default).toBe('cognito-iam-lint.sarif');
    expect(action.inputs['sarif-omit-suppressed']!.default).toBe('true');
    expect(Object.keys(action.outputs)).toEqual(['sarif-file']);
  });

  it('uses every input, and refers to no input, step or context it does not have', () => {
    const used = expressions(steps);
    const inputs = used.filter((e) => e.startsWith('inputs.')).map((e) => e.slice('inputs.'.length));
    expect([...new Set(inputs)].sort()).toEqual(Object.keys(action.inputs).sort());
    for (const e of used) expect(e, e).toMatch(/^(inputs\.[a-z-]+|github\.action_path)$/);
    const ids = new Set(steps.map((s) => s.id).filter(Boolean));
    for (const output of Object.values(action.outputs)) {
      const [e] = expressions(output.value);
      const m = /^steps\.([a-z-]+)\.outputs\.([a-z-]+)$/.exec(e ?? '');
      expect(m, output.value).not.toBeNull();
      expect(ids.has(m![1]!)).toBe(true);
      expect(steps.find((s) => s.id === m![1])!.run).toContain(`echo "${m![2]}=`);
    }
  });

  it('puts inputs into scripts only through env (no script injection), and gives every run step a shell', () => {
    for (const step of steps) {
      if (step.run === undefined) continue;
      expect(step.shell, step.name).toBe('bash');
      expect(expressions(step.run), step.name).toEqual([]);
    }
  });

  it('runs the checkout’s committed build with node: no install, no compile', () => {
    for (const step of steps) expect(step.run ?? '', step.name).not.toMatch(/\bnpm\b|\bnpx\b|\btsc\b|esbuild/);
    expect(steps.every((s) => s['working-directory'] === undefined)).toBe(true);
    expect(lintStep.run).toContain('node "$GITHUB_ACTION_PATH/bin/cognito-iam-lint.js"');
    expect(existsSync(join(ROOT, 'bin', 'cognito-iam-lint.js'))).toBe(true);
    expect(existsSync(join(ROOT, 'dist', 'cli.cjs'))).toBe(true);
  });

  it('passes only options the CLI has', () => {
    const flags = [...lintStep.run!.matchAll(/(?<![\w-])(--[a-z][a-z-]*)/g)].map((m) => m[1]!);
    expect(flags.length).toBeGreaterThan(3);
    for (const flag of flags) expect(HELP, flag).toContain(flag);
  });
});

describe('the lint step, run with bash', () => {
  let cleanups: Array<() => void> = [];
  afterEach(() => {
    for (const cleanup of cleanups) cleanup();
    cleanups = [];
  });

  beforeAll(() => {
    if (!existsSync(join(ROOT, 'dist', 'cli.cjs'))) throw new Error('dist/ is missing: run `npm run build` first.');
  });

  /**
   * Run the action's steps in order as the runner does (`bash -e -o pipefail`, each step's env
   * with the inputs given, defaults for the rest; GITHUB_ACTION_PATH, GITHUB_OUTPUT and
   * GITHUB_STEP_SUMMARY set), stopping at the first step that fails.
   */
  function runStep(files: Record<string, string>, inputs: Record<string, string>) {
    const project = diskProject(files);
    const outputDir = mkdtempSync(join(tmpdir(), 'cognito-iam-lint-action-'));
    cleanups.push(project.cleanup, () => rmSync(outputDir, { recursive: true, force: true }));
    const githubOutput = join(outputDir, 'output');
    const summaryFile = join(outputDir, 'summary.md');
    writeFileSync(githubOutput, '');
    // Another step of the job wrote to the summary first: the action appends.
    writeFileSync(summaryFile, '# Build\n\n');
    const runner: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      GITHUB_ACTION_PATH: ROOT,
      GITHUB_OUTPUT: githubOutput,
      GITHUB_STEP_SUMMARY: summaryFile,
      RUNNER_TEMP: outputDir,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: 'acme/app',
      GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    };
    let result: ReturnType<typeof spawnSync> | undefined;
    let stdout = '';
    let stderr = '';
    for (const step of steps) {
      const env = { ...runner };
      for (const [name, value] of Object.entries(step.env ?? {})) {
        const input = /^\$\{\{\s*inputs\.([a-z-]+)\s*\}\}$/.exec(value)![1]!;
        env[name] = inputs[input] ?? action.inputs[input]!.default ?? '';
      }
      result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run!], {
        cwd: project.root,
        env,
        encoding: 'utf8',
        timeout: 60_000,
      });
      if (result.error) throw result.error;
      stdout += String(result.stdout);
      stderr += String(result.stderr);
      if (result.status !== 0) break;
    }
    const outputs = Object.fromEntries(
      readFileSync(githubOutput, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
    );
    return {
      status: result!.status,
      stdout,
      stderr,
      root: project.root,
      outputs,
      summary: readFileSync(summaryFile, 'utf8'),
      tempFiles: readdirSync(outputDir),
    };
  }

  const files = { 'infra/critical.yaml': CRITICAL_YAML, 'infra/clean.yaml': CLEAN_YAML };

  it('with the defaults: annotations on stdout, SARIF written, the step fails on a critical finding', () => {
    const run = runStep(files, {});
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^::error file=infra\/critical\.yaml,line=14,.*title=trust\/missing-aud::/m);
    expect(run.outputs).toEqual({ 'sarif-file': 'cognito-iam-lint.sarif' });
    const sarif = JSON.parse(readFileSync(join(run.root, 'cognito-iam-lint.sarif'), 'utf8')) as unknown;
    const validate = sarifValidator();
    expect(validate(sarif), describeErrors(validate.errors)).toBe(true);
  });

  it('fail-on none passes; fail-on is handed to the CLI as is', () => {
    expect(runStep(files, { 'fail-on': 'none' }).status).toBe(0);
    const bad = runStep(files, { 'fail-on': 'urgent' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--fail-on must be one of');
  });

  it('paths: several, on lines or separated by spaces, taken literally (no glob, no shell)', () => {
    const run = runStep(files, {
      paths: 'infra/clean.yaml\n  infra/critical.yaml ',
      'sarif-file': 'out/../lint.sarif',
    });
    expect(run.status).toBe(1);
    expect(existsSync(join(run.root, 'lint.sarif'))).toBe(true);
    const literal = runStep(files, { paths: 'infra/*.yaml $(touch pwned) `touch pwned2`' });
    expect(literal.status).toBe(2);
    expect(literal.stderr).toContain('infra/*.yaml: no such file or directory');
    expect(existsSync(join(literal.root, 'pwned'))).toBe(false);
    expect(existsSync(join(literal.root, 'pwned2'))).toBe(false);
  });

  it('config and baseline are passed on', () => {
    const config = { ...files, 'ci/lint.json': jsonConfig({ rules: { 'trust/missing-aud': 'off' } }) };
    expect(runStep(config, { config: 'ci/lint.json' }).status).toBe(0);

    const withBaseline = diskProject({ ...files, 'ci/.gitkeep': '' });
    cleanups.push(withBaseline.cleanup);
    // Written where it is used: fingerprints are relative to the baseline file's folder.
    const written = withBaseline.run(['infra', '--write-baseline', 'ci/baseline.json']);
    expect(written.code).toBe(0);
    const baseline = readFileSync(join(withBaseline.root, 'ci/baseline.json'), 'utf8');
    expect(
      runStep({ ...files, 'ci/baseline.json': baseline }, { baseline: 'ci/baseline.json', paths: 'infra' }).status,
    ).toBe(0);
  });

  it('appends a Markdown summary to the job summary: counts, whether it fails, findings linked to the commit', () => {
    const run = runStep(files, {});
    expect(run.summary).toMatch(/^# Build\n\n### cognito-iam-lint: ✖ 1 problem \(1 critical\)\n/);
    expect(run.summary).toContain('The run fails: 1 finding at or above `high`.');
    expect(run.summary).toContain(
      '| critical | `trust/missing-aud` | [infra/critical.yaml:14](https://github.com/acme/app/blob/0123456789abcdef0123456789abcdef01234567/infra/critical.yaml#L14) (`AuthRole`) |',
    );
    // Its temporary file is gone.
    expect(run.tempFiles.sort()).toEqual(['output', 'summary.md']);
  });

  it('sarif-omit-suppressed: suppressed findings stay out of SARIF by default, and in with false', () => {
    const suppressed = {
      ...files,
      '.cognito-iam-lint.json': jsonConfig({
        suppressions: [{ rule: 'trust/missing-aud', files: 'infra/**', reason: 'legacy role, removed in JIRA-12' }],
      }),
    };
    const results = (run: ReturnType<typeof runStep>) =>
      (
        JSON.parse(readFileSync(join(run.root, 'cognito-iam-lint.sarif'), 'utf8')) as {
          runs: Array<{ results: Array<{ ruleId: string; suppressions?: unknown[] }> }>;
        }
      ).runs[0]!.results;
    const omitted = runStep(suppressed, {});
    expect(omitted.status).toBe(0);
    expect(results(omitted).filter((r) => r.ruleId === 'trust/missing-aud')).toEqual([]);
    const kept = runStep(suppressed, { 'sarif-omit-suppressed': 'false' });
    expect(results(kept).filter((r) => r.ruleId === 'trust/missing-aud')).toEqual([
      expect.objectContaining({ suppressions: [expect.anything()] }),
    ]);
    const bad = runStep(suppressed, { 'sarif-omit-suppressed': 'yes' });
    expect(bad.status).toBe(2);
    expect(bad.stdout).toContain('::error title=cognito-iam-lint::sarif-omit-suppressed must be true or false');
  });

  it('args: other CLI options, split on spaces and lines, taken literally', () => {
    expect(runStep(files, { args: '--exclude\n  infra/critical.yaml' }).status).toBe(0);
    // Neither command substitution nor globbing: the CLI gets these words as they are.
    const literal = runStep(files, {
      args: '--exclude $(touch${IFS}pwned) --exclude `touch${IFS}pwned2` --exclude *.yaml',
    });
    expect(literal.status).toBe(1);
    expect(literal.stdout).toMatch(/^::error file=infra\/critical\.yaml,/m);
    expect(existsSync(join(literal.root, 'pwned'))).toBe(false);
    expect(existsSync(join(literal.root, 'pwned2'))).toBe(false);
  });

  it('an empty sarif-file writes no SARIF', () => {
    const run = runStep(files, { 'sarif-file': '' });
    expect(run.outputs).toEqual({ 'sarif-file': '' });
    expect(existsSync(join(run.root, 'cognito-iam-lint.sarif'))).toBe(false);
  });
});

describe('README.md workflows', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const workflows = [...readme.matchAll(/```yaml\n(# \.github\/workflows\/[\s\S]*?)```/g)].map(
    (m) => parse(m[1]!) as { jobs: Record<string, { steps: Step[] }> },
  );
  const allSteps = (w: (typeof workflows)[number]) => Object.values(w.jobs).flatMap((job) => job.steps);

  it('documents at least the CLI workflow and the action workflow', () => {
    expect(workflows.length).toBeGreaterThanOrEqual(2);
  });

  it('each checks out, sets up Node 20, and uploads SARIF with upload-sarif@v3 even when the lint step fails', () => {
    for (const workflow of workflows) {
      const list = allSteps(workflow);
      expect(list.some((s) => s.uses?.startsWith('actions/checkout@'))).toBe(true);
      const node = list.find((s) => s.uses?.startsWith('actions/setup-node@'));
      expect(node?.with?.['node-version']).toBe(20);
      const upload = list.find((s) => s.uses === 'github/codeql-action/upload-sarif@v3')!;
      expect(upload).toBeDefined();
      expect(upload.if).toBe('always()');
      // The file uploaded is the file the lint step writes.
      const file = String(upload.with!.sarif_file);
      const lint = list.find((s) => s.run?.includes('cognito-iam-lint') || s.uses?.includes('cognito-iam-lint/'))!;
      if (lint.run) expect(lint.run).toContain(`--report sarif=${file}`);
      else expect(lint.with?.['sarif-file'] ?? action.inputs['sarif-file']!.default).toBe(file);
      expect(list.indexOf(lint)).toBeLessThan(list.indexOf(upload));
    }
  });

  it('gives the action only inputs it has', () => {
    const uses = workflows.flatMap(allSteps).filter((s) => s.uses?.startsWith('cognito-iam-lint/cognito-iam-lint@'));
    expect(uses.length).toBeGreaterThan(0);
    for (const step of uses)
      for (const key of Object.keys(step.with ?? {})) expect(Object.keys(action.inputs), key).toContain(key);
  });
});
