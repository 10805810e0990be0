/**
 * The thin shell: argv → config → lint() → reporter → exit code. The only module (with
 * bin/) that touches process state; everything it needs comes in through `CliIo` so tests
 * run it in-process.
 */
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { ConfigError, findConfigFile, parseConfig } from '../config/load.js';
import type { Config } from '../config/types.js';
import { applyBaseline, BaselineError, createBaseline, formatBaseline, parseBaseline, type Baseline, type BaselineEntry } from '../engine/baseline.js';
import { SEVERITIES, type LintReport, type RuleMetadata, type Severity } from '../engine/types.js';
import { lint, ruleMetadata, rules } from '../index.js';
import { MAX_FILE_BYTES, isWithin, pathApiFor, safeRealpath } from '../inputs/files.js';
import type { FileSystem, LoadedInputs } from '../inputs/types.js';
import { formatReport } from '../reporters/index.js';
import { plural } from '../reporters/shared.js';
import { printable, printableLines } from '../util/printable.js';
import { toolVersion } from '../version.js';
import { HELP, parseCliArgs, UsageError, type CliArgs } from './args.js';

export interface CliIo {
  argv: string[];
  cwd: string;
  env: Record<string, string | undefined>;
  stdoutIsTTY: boolean;
  stdout(text: string): void;
  stderr(text: string): void;
  /** Bytes are decoded as a file's are (a BOM may say UTF-16); a string is taken as it is (tests). */
  readStdin(): string | Uint8Array;
  /** Writes a report or baseline; bin/ passes writeFileAtomic (src/cli/write-file.ts). */
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
    // Messages quote file names, config values and rule IDs from the command line: printable()
    // keeps each on its one line (src/util/printable.ts).
    if (error instanceof UsageError || error instanceof ConfigError) {
      io.stderr(`cognito-iam-lint: ${printable(error.message)}\n`);
      return EXIT_USAGE;
    }
    // An internal error is a bug: say so plainly, with the stack for the bug report.
    io.stderr(`cognito-iam-lint: internal error, please report it: ${printableLines(error instanceof Error ? (error.stack ?? error.message) : String(error))}\n`);
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
  if (args.explain !== undefined) {
    io.stdout(explain(args.explain));
    return EXIT_OK;
  }
  checkOutputTargets(io, args);
  const configPath = configFileOf(io, args);
  const loaded = configPath !== undefined ? loadConfig(io, configPath, args.config === undefined) : undefined;
  const config: Config | undefined = args.reportUnusedSuppressions ? { ...loaded, reportUnusedSuppressions: true } : loaded;
  // A bad baseline is found before the (possibly long) run, not after it.
  const baseline = args.baseline !== undefined ? readBaseline(io, args.baseline) : undefined;
  const paths = args.paths.length > 0 ? args.paths : ['.'];
  const stdinNeeded = paths.includes('-');
  if (stdinNeeded && !args.stdinFilename) throw new UsageError("reading '-' (stdin) needs --stdin-filename <name>.");
  const stdinRead = stdinNeeded ? readStdin(io) : undefined;
  const stdin = stdinRead === undefined ? undefined : typeof stdinRead === 'string' ? { text: stdinRead } : { bytes: stdinRead };
  const { report: linted, inputs } = lint(paths, {
    fs: io.fs,
    cwd: io.cwd,
    ...(config ? { config } : {}),
    ...(args.include.length ? { include: args.include } : {}),
    ...(args.exclude.length ? { exclude: args.exclude } : {}),
    ...(stdin !== undefined ? { stdin: { ...stdin, filename: args.stdinFilename! } } : {}),
    parameters: args.parameters,
    parameterFiles: args.parameterFiles,
    ...(args.maxTotalBytes !== undefined ? { maxTotalBytes: args.maxTotalBytes } : {}),
    now: io.now,
  });

  // Paths the user named, parameter files included: a typo there must not pass in silence.
  const explicit = new Set([...paths, ...args.parameterFiles].map((p) => displayPath(io.cwd, p)));
  for (const skip of inputs.skipped) {
    if (explicit.has(skip.file) || skip.refused || skip.lost) io.stderr(`cognito-iam-lint: ${printable(skip.file)}: ${printable(skip.reason)}\n`);
  }
  if (inputs.documents.length === 0 && !args.allowNoInput) {
    // No report at all: "No problems in 0 files" (or an empty SARIF log) would read as a pass.
    io.stderr('cognito-iam-lint: nothing to lint: no CloudFormation template, cdk.out assembly or IAM policy JSON found.\n');
    return EXIT_USAGE;
  }
  // Before anything is written: a report must never replace a template it read.
  checkOutputsAreNotInputs(io, args, inputs, configPath);
  const readable = inputs.documents.filter((d) => d.syntaxErrors.length === 0 || d.data !== undefined);
  const textOnConsole = args.format === 'text' && args.output === undefined;
  if (!textOnConsole) {
    // Machine-readable output goes to its consumer; humans still get one line per unreadable file.
    for (const doc of inputs.documents) {
      const error = doc.syntaxErrors[0];
      if (error) io.stderr(`cognito-iam-lint: ${printable(doc.file)}:${error.range.start.line}:${error.range.start.column}: ${printable(error.message)}\n`);
    }
  }

  let report = linted;
  let absent: BaselineEntry[] | undefined;
  if (baseline) ({ report, absent } = applyBaseline(linted, baseline));

  const color = args.color ?? colorFromEnvironment(io.env, io.stdoutIsTTY && textOnConsole);
  const options = {
    verbose: args.verbose,
    // --verbose lists what the summary only counts: suppressed and baseline-accepted findings.
    showSuppressed: args.verbose,
    includeSuppressed: !args.sarifOmitSuppressed,
    ...(absent ? { baselineAbsent: absent } : {}),
  };
  const consoleText = formatReport(report, args.format, { ...options, color: args.output === undefined ? color : false });
  if (args.output !== undefined) writeOutput(io, args.output, consoleText, 'the report');
  else io.stdout(consoleText);
  for (const target of args.reports) writeOutput(io, target.file, formatReport(report, target.format, { ...options, color: false }), 'the report');

  if (args.writeBaseline !== undefined) {
    const written = createBaseline(linted);
    writeOutput(io, args.writeBaseline, formatBaseline(written), 'the baseline');
    io.stderr(`cognito-iam-lint: wrote ${plural(written.entries.length, 'finding')} to the baseline ${printable(displayPath(io.cwd, args.writeBaseline))}.\n`);
  }

  if (inputs.documents.length > 0 && readable.length === 0) return EXIT_USAGE;
  // A file the run meant to read and could not was not checked: the run is incomplete, whatever
  // --fail-on says and even when writing a baseline (which lacks that file's findings).
  if (inputs.skipped.some((s) => s.lost)) return EXIT_FINDINGS;
  // Writing a baseline accepts every finding in it: the run that writes it passes.
  if (args.writeBaseline !== undefined) return EXIT_OK;
  const threshold = args.failOn ?? config?.failOn ?? 'high';
  return failingFindings(report, threshold) > 0 ? EXIT_FINDINGS : EXIT_OK;
}

/** Two outputs aimed at one file would overwrite each other: refuse before linting. */
function checkOutputTargets(io: CliIo, args: CliArgs): void {
  const targets: Array<[string, string]> = [];
  if (args.output !== undefined) targets.push(['--output', args.output]);
  for (const report of args.reports) targets.push([`--report ${report.format}=…`, report.file]);
  if (args.writeBaseline !== undefined) targets.push(['--write-baseline', args.writeBaseline]);
  const seen = new Map<string, string>();
  for (const [flag, file] of targets) {
    const full = realPath(io, file);
    const earlier = seen.get(full);
    if (earlier !== undefined) throw new UsageError(`${flag} and ${earlier} both write ${displayPath(io.cwd, file)}.`);
    seen.set(full, flag);
  }
  // Only --write-baseline may replace the baseline it compares with (a refresh); a report may not.
  if (args.baseline !== undefined) {
    const overwriter = seen.get(realPath(io, args.baseline));
    if (overwriter !== undefined && overwriter !== '--write-baseline') {
      throw new UsageError(`${overwriter} would overwrite the --baseline file ${displayPath(io.cwd, args.baseline)}.`);
    }
  }
}

/**
 * Where a path leads on disk: symbolic links resolved (the file system's realpath, the one input
 * loading uses), or for a file not yet there, its directory's real path and its name.
 */
function realPath(io: CliIo, path: string): string {
  const full = resolve(io.cwd, path);
  const real = safeRealpath(io.fs, full);
  if (real !== undefined) return real;
  const dir = safeRealpath(io.fs, dirname(full));
  return dir === undefined ? full : join(dir, basename(full));
}

/**
 * `-o role.json role.json` would replace the template with its report (and `--report`,
 * `--write-baseline` likewise): refuse an output that is one of the run's inputs, compared by
 * real path, so a file found by a directory walk or reached through a symbolic link counts. The
 * inputs are every document linted (templates, IAM JSON, unreadable ones), the cdk.out manifests
 * that named templates, the paths named on the command line, parameter files and the config
 * file. The --baseline file may be refreshed by --write-baseline only (checkOutputTargets).
 */
function checkOutputsAreNotInputs(io: CliIo, args: CliArgs, inputs: LoadedInputs, configPath: string | undefined): void {
  const read = new Map<string, string>();
  const add = (path: string) => {
    if (path === '-' || path === '<stdin>') return;
    const real = realPath(io, path);
    if (!read.has(real)) read.set(real, path);
  };
  for (const doc of inputs.documents) add(doc.file);
  for (const template of inputs.templates) if (template.assembly) add(template.assembly.manifestFile);
  for (const path of [...args.paths, ...args.parameterFiles]) add(path);
  if (configPath !== undefined) add(configPath);
  const targets: Array<[string, string]> = [];
  if (args.output !== undefined) targets.push(['--output', args.output]);
  for (const report of args.reports) targets.push([`--report ${report.format}=…`, report.file]);
  if (args.writeBaseline !== undefined) targets.push(['--write-baseline', args.writeBaseline]);
  for (const [flag, file] of targets) {
    const input = read.get(realPath(io, file));
    if (input === undefined) continue;
    const shown = displayPath(io.cwd, file);
    const same = displayPath(io.cwd, input);
    throw new UsageError(`${flag} ${shown} is an input of this run${same === shown ? '' : ` (${same})`}: refusing to overwrite it.`);
  }
}

function writeOutput(io: CliIo, file: string, text: string, what: string): void {
  const target = isAbsolute(file) ? file : join(io.cwd, file);
  try {
    io.writeFile(target, text);
  } catch (error) {
    // A wrong -o is the user's mistake, not ours: one line, no stack trace.
    throw new UsageError(`${displayPath(io.cwd, target)}: cannot write ${what} (${describeWriteError(error)}).`);
  }
}

function readBaseline(io: CliIo, file: string): Baseline {
  const path = resolve(io.cwd, file);
  const shown = displayPath(io.cwd, path);
  if (!io.fs.stat(path)?.isFile) throw new UsageError(`${shown}: baseline file not found (create it with --write-baseline ${shown}).`);
  try {
    return parseBaseline(io.fs.readFile(path));
  } catch (error) {
    if (error instanceof BaselineError) throw new UsageError(`${shown}: ${error.message}`);
    throw new UsageError(`${shown}: cannot read the baseline (${error instanceof Error ? error.message.split('\n')[0] : String(error)}).`);
  }
}

/** `--explain <rule-id>`: the rule's documentation page. */
function explain(ruleId: string): string {
  const rule = rules.find((r) => r.meta.id === ruleId);
  if (!rule) throw new UsageError(`--explain: no rule '${ruleId}' (see --list-rules).`);
  return ruleExplanation(ruleMetadata(rule));
}

/** The page as it ships (Markdown, printed as is), or one built from the metadata of a rule that has none yet. */
export function ruleExplanation(meta: RuleMetadata): string {
  const page =
    meta.docs ??
    [
      `# ${meta.id}`,
      meta.description,
      `Severity: **${meta.severity}**`,
      `## How to fix\n\n${meta.fix}`,
      ...(meta.references.length > 0 ? [`## References\n\n${meta.references.map((url) => `- <${url}>`).join('\n')}`] : []),
    ].join('\n\n');
  return page.endsWith('\n') ? page : `${page}\n`;
}

/** Standard input (`-`), bounded like a file: too much of it is a one-line error, exit 2. */
function readStdin(io: CliIo): string | Uint8Array {
  try {
    return io.readStdin();
  } catch (error) {
    const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
    if (code === 'EFBIG') throw new UsageError(`-: standard input is larger than ${MAX_FILE_BYTES / (1024 * 1024)} MB; not read.`);
    throw new UsageError(`-: cannot read standard input (${error instanceof Error ? error.message : String(error)}).`);
  }
}

/** The config file the run reads: --config, else the nearest one above the working directory. */
function configFileOf(io: CliIo, args: CliArgs): string | undefined {
  if (args.noConfig) return undefined;
  return args.config !== undefined ? resolve(io.cwd, args.config) : findConfigFile(io.fs, io.cwd, join, dirname);
}

/** `discovered`: found by walking up from the working directory, not named with --config. */
function loadConfig(io: CliIo, path: string, discovered: boolean): Config {
  const shown = displayPath(io.cwd, path);
  const stat = io.fs.stat(path);
  if (!stat) throw new ConfigError(`${shown}: config file not found.`);
  // A FIFO, socket or device would block the run or read without end; a parent directory's config
  // must not silently apply instead (findConfigFile stops at it).
  if (!stat.isFile) throw new ConfigError(`${shown}: the config file is not a regular file (a FIFO, socket or device); refused.`);
  // A config found by walking up comes from the repository being linted, like a template: a link
  // out of its directory (`ln -s ~/.aws/credentials .cognito-iam-lint.yaml`) is not followed.
  if (discovered && stat.isSymbolicLink) {
    const real = safeRealpath(io.fs, path);
    const dir = dirname(path);
    if (real === undefined || !isWithin(pathApiFor(path), safeRealpath(io.fs, dir) ?? dir, real)) {
      throw new ConfigError(`${shown}: the config file is a symbolic link to outside ${displayPath(io.cwd, dir)}; not followed (name it with --config to use it).`);
    }
  }
  let text: string;
  try {
    text = io.fs.readFile(path, MAX_FILE_BYTES);
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
