/**
 * The thin shell: argv → config → lint() → reporter → exit code. The only module (with
 * bin/) that touches process state; everything it needs comes in through `CliIo` so tests
 * run it in-process.
 */
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { ConfigError, findConfigFile, parseConfig } from '../config/load.js';
import type { Config } from '../config/types.js';
import { SEVERITIES, type LintReport, type Severity } from '../engine/types.js';
import { lint, ruleMetadata, rules } from '../index.js';
import type { FileSystem } from '../inputs/types.js';
import { formatReport } from '../reporters/index.js';
import { toolVersion } from '../version.js';
import { HELP, parseCliArgs, UsageError, type CliArgs } from './args.js';

export interface CliIo {
  argv: string[];
  cwd: string;
  env: Record<string, string | undefined>;
  stdoutIsTTY: boolean;
  stdout(text: string): void;
  stderr(text: string): void;
  readStdin(): string;
  writeFile(path: string, text: string): void;
  fs: FileSystem;
  now: Date;
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

export function runCli(io: CliIo): number {
  try {
    return run(io);
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigError) {
      io.stderr(`cognito-iam-lint: ${error.message}\n`);
      return EXIT_USAGE;
    }
    // An internal error is a bug: say so plainly, with the stack for the bug report.
    io.stderr(`cognito-iam-lint: internal error, please report it: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return EXIT_USAGE;
  }
}

function run(io: CliIo): number {
  const args = parseCliArgs(io.argv);
  if (args.help) {
    io.stdout(HELP + '\n');
    return EXIT_OK;
  }
  if (args.version) {
    io.stdout(toolVersion() + '\n');
    return EXIT_OK;
  }
  if (args.listRules) {
    io.stdout(listRules());
    return EXIT_OK;
  }
  const config = loadConfig(io, args);
  const paths = args.paths.length > 0 ? args.paths : ['.'];
  const stdinNeeded = paths.includes('-');
  if (stdinNeeded && !args.stdinFilename) throw new UsageError("reading '-' (stdin) needs --stdin-filename <name>.");
  const { report, inputs } = lint(paths, {
    fs: io.fs,
    cwd: io.cwd,
    ...(config ? { config } : {}),
    ...(args.include.length ? { include: args.include } : {}),
    ...(args.exclude.length ? { exclude: args.exclude } : {}),
    ...(stdinNeeded ? { stdin: { text: io.readStdin(), filename: args.stdinFilename! } } : {}),
    parameters: args.parameters,
    parameterFiles: args.parameterFiles,
    now: io.now,
  });

  // Paths the user named, parameter files included: a typo there must not pass in silence.
  const explicit = new Set([...paths, ...args.parameterFiles].map((p) => displayPath(io.cwd, p)));
  for (const skip of inputs.skipped) {
    if (explicit.has(skip.file)) io.stderr(`cognito-iam-lint: ${skip.file}: ${skip.reason}\n`);
  }
  if (inputs.documents.length === 0) {
    // No report at all: "No problems in 0 files" (or an empty SARIF log) would read as a pass.
    io.stderr('cognito-iam-lint: nothing to lint: no CloudFormation template, cdk.out assembly or IAM policy JSON found.\n');
    return EXIT_USAGE;
  }
  const readable = inputs.documents.filter((d) => d.syntaxErrors.length === 0 || d.data !== undefined);
  const textOnConsole = args.format === 'text' && args.output === undefined;
  if (!textOnConsole) {
    // Machine-readable output goes to its consumer; humans still get one line per unreadable file.
    for (const doc of inputs.documents) {
      const error = doc.syntaxErrors[0];
      if (error) io.stderr(`cognito-iam-lint: ${doc.file}:${error.range.start.line}:${error.range.start.column}: ${error.message}\n`);
    }
  }

  const color = args.color ?? colorFromEnvironment(io.env, io.stdoutIsTTY && textOnConsole);
  const output = formatReport(report, args.format, { color: args.output === undefined ? color : false, verbose: args.verbose });
  if (args.output !== undefined) {
    const target = isAbsolute(args.output) ? args.output : join(io.cwd, args.output);
    try {
      io.writeFile(target, output);
    } catch (error) {
      // A wrong -o is the user's mistake, not ours: one line, no stack trace.
      throw new UsageError(`${displayPath(io.cwd, target)}: cannot write the report (${describeWriteError(error)}).`);
    }
  } else {
    io.stdout(output);
  }

  if (readable.length === 0) return EXIT_USAGE;
  const threshold = args.failOn ?? config?.failOn ?? 'high';
  return failingFindings(report, threshold) > 0 ? EXIT_FINDINGS : EXIT_OK;
}

function loadConfig(io: CliIo, args: CliArgs): Config | undefined {
  if (args.noConfig) return undefined;
  const path = args.config !== undefined ? resolve(io.cwd, args.config) : findConfigFile(io.fs, io.cwd, join, dirname);
  if (path === undefined) return undefined;
  const shown = displayPath(io.cwd, path);
  if (!io.fs.stat(path)?.isFile) throw new ConfigError(`${shown}: config file not found.`);
  let text: string;
  try {
    text = io.fs.readFile(path);
  } catch (error) {
    throw new ConfigError(`${shown}: cannot read the config file (${error instanceof Error ? error.message : String(error)}).`);
  }
  return parseConfig(shown, text, new Set(rules.map((r) => r.meta.id)));
}

/** Findings that fail the run: unsuppressed, not accepted by a baseline, at or above the threshold. */
export function failingFindings(report: LintReport, threshold: Severity | 'none'): number {
  if (threshold === 'none') return 0;
  const limit = SEVERITIES.indexOf(threshold);
  return report.findings.filter(
    (f) => f.suppressions.length === 0 && f.baselineState !== 'unchanged' && SEVERITIES.indexOf(f.severity) <= limit,
  ).length;
}

function listRules(): string {
  const metas = rules.map(ruleMetadata);
  const width = Math.max(...metas.map((m) => m.id.length));
  return metas.map((m) => `${m.id.padEnd(width)}  ${m.severity.padEnd(8)}  ${m.description}`).join('\n') + '\n';
}

/**
 * Colour when no flag decides: NO_COLOR (any value) turns it off; FORCE_COLOR turns it on, except
 * `0` and `false`, which Node and the chalk family read as "no colour"; otherwise a TTY decides.
 */
function colorFromEnvironment(env: CliIo['env'], tty: boolean): boolean {
  if (env.NO_COLOR !== undefined) return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  return tty;
}

function describeWriteError(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? (error as { code?: unknown }).code : undefined;
  switch (code) {
    case 'ENOENT':
      return 'no such directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    default:
      return error instanceof Error ? error.message.split('\n')[0]! : String(error);
  }
}

function displayPath(cwd: string, path: string): string {
  if (path === '-') return path;
  const rel = relative(cwd, resolve(cwd, path)).split('\\').join('/');
  return rel === '' ? '.' : rel;
}
