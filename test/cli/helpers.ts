/**
 * Running the CLI in-process: `runCli` with a recording `CliIo`. Nothing leaks in from the
 * machine the tests run on: the environment is empty unless a test sets it (CI runners often
 * set FORCE_COLOR or NO_COLOR), the clock is fixed, and stdin is whatever the test hands over.
 *
 * The CLI tests pin the findings of three rules (PINNED_RULES). Every project they build carries
 * a config that turns every other registered rule off, so that rules added later (the catalog
 * has some thirty) do not change what these tests see: `isolated`, `jsonConfig`, `yamlConfig`.
 */
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect } from 'vitest';
import { runCli, type CliIo } from '../../src/cli/main.js';
import { rules } from '../../src/index.js';
import { memoryFileSystem } from '../../src/inputs/memory-fs.js';
import { nodeFileSystem } from '../../src/inputs/node-fs.js';
import type { FileSystem } from '../../src/inputs/types.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  /** Files the CLI wrote through `io.writeFile` (also written to disk when the run uses the real file system). */
  written: Map<string, string>;
  /** Whether the CLI read standard input. */
  stdinRead: boolean;
}

export interface RunOptions {
  cwd: string;
  fs: FileSystem;
  env?: Record<string, string | undefined>;
  tty?: boolean;
  /** Text on standard input; reading it when the test gave none is a test failure. */
  stdin?: string;
}

export const NOW = new Date('2025-06-01T12:00:00Z');

export function runIn(argv: string[], options: RunOptions): CliRun {
  let stdout = '';
  let stderr = '';
  let stdinRead = false;
  const written = new Map<string, string>();
  const io: CliIo = {
    argv,
    cwd: options.cwd,
    env: options.env ?? {},
    stdoutIsTTY: options.tty ?? false,
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    readStdin: () => {
      stdinRead = true;
      if (options.stdin === undefined) throw new Error('test bug: the CLI read stdin but the test gave none');
      return options.stdin;
    },
    writeFile: (path, text) => {
      written.set(path, text);
      if (options.fs === nodeFileSystem) writeFileSync(path, text);
    },
    fs: options.fs,
    now: NOW,
  };
  const code = runCli(io);
  return { code, stdout, stderr, written, stdinRead };
}

/** The rules whose findings the CLI tests assert. */
export const PINNED_RULES: readonly string[] = ['input/parse-error', 'trust/missing-aud', 'trust/missing-amr'];

/** `rules` settings that turn off every registered rule but the pinned ones. */
export function otherRulesOff(): Record<string, 'off'> {
  return Object.fromEntries(
    rules
      .map((r) => r.meta.id)
      .filter((id) => !PINNED_RULES.includes(id))
      .map((id) => [id, 'off' as const]),
  );
}

export interface TestConfig {
  rules?: Record<string, string | { severity: string }>;
  failOn?: string;
  include?: string[];
  exclude?: string[];
  ignores?: string[];
  parameters?: Record<string, string>;
  suppressions?: Array<{
    rule: string;
    files: string | string[];
    resource?: string;
    reason?: string;
    expires?: string;
  }>;
  reportUnusedSuppressions?: boolean;
}

/** The config with every unpinned rule turned off (its own rule settings win). */
export function isolated(config: TestConfig = {}): TestConfig {
  return { ...config, rules: { ...otherRulesOff(), ...config.rules } };
}

export function jsonConfig(config: TestConfig = {}): string {
  return JSON.stringify(isolated(config), null, 2) + '\n';
}

/** The same as YAML: block mappings for `rules` and `parameters`, JSON (valid YAML flow) for the values. */
export function yamlConfig(config: TestConfig = {}): string {
  let out = '';
  for (const [key, value] of Object.entries(isolated(config))) {
    if (Array.isArray(value) || typeof value !== 'object') {
      out += `${key}: ${JSON.stringify(value)}\n`;
      continue;
    }
    out += `${key}:\n`;
    for (const [k, v] of Object.entries(value)) out += `  ${k}: ${JSON.stringify(v)}\n`;
  }
  return out;
}

/** Whether `files` brings its own config file at the project root. */
function hasRootConfig(files: Record<string, string>): boolean {
  return Object.keys(files).some((path) => /^\.cognito-iam-lint\.(ya?ml|json)$/.test(path));
}

/**
 * A project in memory, rooted at /proj: hermetic. Unless `isolate` is false, `/.cognito-iam-lint.json`
 * (above the project, so any config of the test's own is nearer and wins) turns the unpinned rules off.
 */
export function memoryProject(
  files: Record<string, string>,
  { isolate = true }: { isolate?: boolean } = {},
): { fs: FileSystem; run(argv: string[], options?: Partial<RunOptions>): CliRun } {
  const entries: Record<string, string> = Object.fromEntries(
    Object.entries(files).map(([path, text]) => [`/proj/${path}`, text]),
  );
  if (isolate) entries['/.cognito-iam-lint.json'] = jsonConfig();
  const fs = memoryFileSystem(entries);
  return { fs, run: (argv, options = {}) => runIn(argv, { cwd: '/proj', fs, ...options }) };
}

/**
 * A project in a fresh directory under the OS temp directory, read through the real file system.
 * Unless `isolate` is false or `files` has its own, a root `.cognito-iam-lint.json` turns the unpinned rules off.
 */
export function diskProject(
  files: Record<string, string>,
  { isolate = true }: { isolate?: boolean } = {},
): { root: string; run(argv: string[], options?: Partial<RunOptions>): CliRun; cleanup(): void } {
  const root = realpathSync(mkdtempSync(join(tmpdir(), 'cognito-iam-lint-cli-')));
  const all = isolate && !hasRootConfig(files) ? { ...files, '.cognito-iam-lint.json': jsonConfig() } : files;
  for (const [path, text] of Object.entries(all)) {
    const full = join(root, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text);
  }
  return {
    root,
    run: (argv, options = {}) => runIn(argv, { cwd: root, fs: nodeFileSystem, ...options }),
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}

export interface FindingLine {
  file: string;
  line: number;
  column: number;
  severity: string;
  ruleId: string;
  message: string;
}

/** The finding lines of the text report, with the file header they sit under. */
export function findingLines(text: string): FindingLine[] {
  const out: FindingLine[] = [];
  let file = '';
  for (const line of text.split('\n')) {
    const finding = /^ {2}\s*(\d+):(\d+)\s+(critical|high|medium|low|info)\s+(\S+)\s+(.*)$/.exec(line);
    if (finding) {
      out.push({
        file,
        line: Number(finding[1]),
        column: Number(finding[2]),
        severity: finding[3]!,
        ruleId: finding[4]!,
        message: finding[5]!,
      });
    } else if (/^\S/.test(line) && !/^[✔✖]/.test(line)) {
      file = line.trim();
    }
  }
  return out;
}

/** `file:line:column severity ruleId`, the part of a finding line a test pins down. */
export function brief(lines: FindingLine[]): string[] {
  return lines.map((f) => `${f.file}:${f.line}:${f.column} ${f.severity} ${f.ruleId}`);
}

/** No line of a stack trace ("    at fn (file:1:2)") anywhere. */
export function expectNoStackTrace(text: string): void {
  expect(text.split('\n').filter((line) => /^\s+at /.test(line))).toEqual([]);
}

/**
 * stderr is exactly one line starting with `cognito-iam-lint: ` and containing every `parts`
 * (in that order), with no stack trace.
 */
export function expectOneLineError(stderr: string, ...parts: string[]): void {
  expectNoStackTrace(stderr);
  const lines = stderr.split('\n').filter((line) => line !== '');
  expect(lines, `stderr:\n${stderr}`).toHaveLength(1);
  const line = lines[0]!;
  expect(line.startsWith('cognito-iam-lint: ')).toBe(true);
  let from = 0;
  for (const part of parts) {
    const at = line.indexOf(part, from);
    expect(
      at,
      `expected ${JSON.stringify(part)} in ${JSON.stringify(line)} after position ${from}`,
    ).toBeGreaterThanOrEqual(0);
    from = at + part.length;
  }
}

/** Matches the SGR escape sequences picocolors writes. */
export const ANSI = /\u001b\[[0-9;]*m/;
