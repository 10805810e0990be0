/**
 * The thin shell: argv → config → lint() → reporter → exit code. The only module (with
 * bin/) that touches process state; everything it needs comes in through `CliIo` so tests
 * run it in-process.
 */
import { dirname, join, resolve } from 'node:path';
import { ConfigError, findConfigFile, findUpward, IGNORE_FILE_NAME, parseConfig } from '../config/load.js';
import type { Config } from '../config/types.js';
import { MissingDataError } from '../data/built-data.js';
import {
  applyBaseline,
  BaselineError,
  createBaseline,
  formatBaseline,
  parseBaseline,
  type Baseline,
  type BaselineEntry,
} from '../engine/baseline.js';
import { sortNotifications } from '../engine/notification-order.js';
import type { Notification, RuleMetadata } from '../engine/types.js';
import { lint, ruleMetadata, rules } from '../index.js';
import { MAX_FILE_BYTES, isWithin, pathApiFor, readTextFile, rebaser, safeRealpath } from '../inputs/files.js';
import { unreadCalls } from '../inputs/aws-account.js';
import type { LoadedInputs } from '../inputs/types.js';
import { formatReport, reportGraphOf } from '../reporters/index.js';
import { failingFindings, plural, ruleDocsUrl } from '../reporters/common/index.js';
import { compileIgnore, type IgnoreList } from '../util/ignore-file.js';
import { printable, printableLines } from '../util/printable.js';
import { didYouMean } from '../util/suggest.js';
import { toolVersion } from '../version.js';
import { HELP, parseCliArgs, UsageError, type CliArgs } from './args.js';
import { displayPath, EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, realPath, writeOutput, type CliIo } from './io.js';
import { readAwsAccount, saveAccount, type AccountInput } from './aws.js';
import { runMerge } from './merge.js';

export { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, type CliIo } from './io.js';

/** The command, synchronous: everything but `--aws` (see runCliAsync). `account`: the account `--aws` read. */
export function runCli(io: CliIo, account?: AccountInput): number {
  try {
    return run(io, account);
  } catch (error) {
    return reportError(io, error);
  }
}

/**
 * Does this command line lint input (rather than print help, the version, the rules or a rule's
 * page, or merge reports)? An unparsable one does not.
 */
export function lintsInput(argv: readonly string[]): boolean {
  let args: CliArgs;
  try {
    args = parseCliArgs([...argv]);
  } catch {
    return false;
  }
  return lints(argv, args);
}

function lints(argv: readonly string[], args: CliArgs): boolean {
  return !(argv[0] === 'merge' || args.help || args.version || args.listRules || args.explain !== undefined);
}

/**
 * The command as bin/ runs it: `--aws` first reads the account (the SDK is asynchronous, and
 * loaded only then), then lints it with the rest of the run; anything else is runCli.
 */
export async function runCliAsync(io: CliIo): Promise<number> {
  let args: CliArgs;
  try {
    args = parseCliArgs(io.argv);
  } catch {
    return runCli(io); // which reports the usage error
  }
  if (!args.aws || !lints(io.argv, args)) return runCli(io);
  try {
    // Outputs aimed at one file (`-o` naming the --save-account file) are refused before any call.
    checkOutputTargets(io, args);
    return runCli(io, await readAwsAccount(io, args));
  } catch (error) {
    return reportError(io, error);
  }
}

function reportError(io: CliIo, error: unknown): number {
  // Messages quote file names, config values and rule IDs from the command line: printable()
  // keeps each on its one line (src/util/printable.ts).
  if (error instanceof UsageError || error instanceof ConfigError) {
    io.stderr(`cognito-iam-lint: ${printable(error.message)}\n`);
    return EXIT_USAGE;
  }
  // A broken install (a data file deleted) is the user's to fix: one line, no stack trace.
  if (error instanceof MissingDataError) {
    io.stderr(`${error.message}\n`);
    return EXIT_USAGE;
  }
  // An internal error is a bug: say so plainly, with the stack for the bug report.
  io.stderr(
    `cognito-iam-lint: internal error, please report it: ${printableLines(error instanceof Error ? (error.stack ?? error.message) : String(error))}\n`,
  );
  return EXIT_USAGE;
}

function run(io: CliIo, account: AccountInput | undefined): number {
  // `cognito-iam-lint merge a.sarif b.sarif`: a subcommand (lint a directory named `merge` as `./merge`).
  if (io.argv[0] === 'merge') return runMerge(io, io.argv.slice(1));
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
    io.stdout(args.format === 'json' ? listRulesJson() : listRules());
    return EXIT_OK;
  }
  if (args.explain !== undefined) {
    io.stdout(explain(args.explain));
    return EXIT_OK;
  }
  // runCliAsync reads the account first; a caller of runCli with --aws and no account is a bug.
  if (args.aws && account === undefined) throw new Error('--aws: the account must be read first (runCliAsync).');
  checkOutputTargets(io, args);
  const configPath = configFileOf(io, args);
  const loaded = configPath !== undefined ? loadConfig(io, configPath, args.config === undefined) : undefined;
  const config: Config | undefined = args.reportUnusedSuppressions
    ? { ...loaded, reportUnusedSuppressions: true }
    : loaded;
  // A bad baseline is found before the (possibly long) run, not after it.
  const baseline = args.baseline !== undefined ? readBaseline(io, args.baseline) : undefined;
  const baselineDir = baselineFolder(io, args);
  const ignores = args.noIgnore ? [] : readIgnoreFile(io, configPath);
  // With --aws the account is the input, and named paths are linted with it.
  const paths = args.paths.length > 0 || account ? args.paths : ['.'];
  const stdinNeeded = paths.includes('-');
  if (stdinNeeded && !args.stdinFilename) throw new UsageError("reading '-' (stdin) needs --stdin-filename <name>.");
  const stdinRead = stdinNeeded ? readStdin(io) : undefined;
  const stdin =
    stdinRead === undefined ? undefined : typeof stdinRead === 'string' ? { text: stdinRead } : { bytes: stdinRead };
  const {
    report: lintedAsIs,
    inputs,
    linted: share,
  } = lint(paths, {
    fs: io.fs,
    cwd: io.cwd,
    ...(config ? { config: args.noIgnore ? withoutIgnores(config) : config } : {}),
    // The config's globs are relative to its folder; fingerprints to the baseline's.
    ...(configPath !== undefined ? { configDir: dirname(configPath) } : {}),
    ...(baselineDir !== undefined ? { fingerprintDir: baselineDir } : {}),
    ignores,
    ...(args.include.length ? { include: args.include } : {}),
    ...(args.exclude.length ? { exclude: args.exclude } : {}),
    ...(stdin !== undefined ? { stdin: { ...stdin, filename: args.stdinFilename! } } : {}),
    parameters: args.parameters,
    parameterFiles: args.parameterFiles,
    ...(args.maxTotalBytes !== undefined ? { maxTotalBytes: args.maxTotalBytes } : {}),
    now: io.now,
    ...(args.shard ? { shard: args.shard } : {}),
    ...(args.jobs !== undefined ? { jobs: args.jobs } : {}),
    ...(account ? { documents: [{ file: account.file, text: account.text }] } : {}),
  });

  // Paths the user named, parameter files included: a typo there must not pass in silence.
  const explicit = new Set([...paths, ...args.parameterFiles].map((p) => displayPath(io.cwd, p)));
  for (const skip of inputs.skipped) {
    if (explicit.has(skip.file) || skip.refused || skip.lost)
      io.stderr(`cognito-iam-lint: ${printable(skip.file)}: ${printable(skip.reason)}\n`);
  }
  // Judged on the whole input, not the shard's share: a parameter another shard's template declares is declared.
  const undeclared = undeclaredParameters(inputs, args.parameters);
  for (const note of undeclared) io.stderr(`cognito-iam-lint: warning: ${printable(note.message)}\n`);
  // Calls that failed while reading the account, live or in a saved snapshot: each is one line on
  // stderr (the live read printed its own as they failed), and an error in the report.
  const unread: Notification[] = [];
  for (const doc of inputs.documents) {
    for (const call of unreadCalls(doc)) {
      if (doc.file !== account?.file)
        io.stderr(`cognito-iam-lint: ${printable(doc.file)}: not read from the account: ${printable(call.line)}\n`);
      unread.push({
        level: 'error',
        kind: 'input',
        message: `Not read from the account: ${call.line}`,
        file: doc.file,
        range: doc.locate(call.pointer),
      });
    }
  }
  const extra = [...undeclared, ...unread];
  const linted =
    extra.length > 0
      ? { ...lintedAsIs, notifications: sortNotifications([...lintedAsIs.notifications, ...extra]) }
      : lintedAsIs;
  // A named path that does not exist: the line above names it, the run ends with exit 2 (ESLint's
  // "No files matching"), after linting and reporting the paths that do exist.
  const missing = inputs.skipped.some((s) => s.missing);
  if (inputs.documents.length === 0 && missing) return EXIT_USAGE;
  // Only ignored files named (pre-commit passing a changed file the project ignores): each was
  // warned about above, which is all ESLint does too.
  if (inputs.documents.length === 0 && inputs.skipped.length > 0 && inputs.skipped.every((s) => s.ignored))
    return EXIT_OK;
  if (inputs.documents.length === 0 && !args.allowNoInput) {
    // No report at all: "No problems in 0 files" (or an empty SARIF log) would read as a pass.
    io.stderr(
      'cognito-iam-lint: nothing to lint: no CloudFormation template, cdk.out assembly or IAM policy JSON found.\n',
    );
    return EXIT_USAGE;
  }
  // Before anything is written: a report must never replace a template it read.
  checkOutputsAreNotInputs(io, args, inputs, configPath, account);
  if (account && args.saveAccount !== undefined) saveAccount(io, args.saveAccount, account);
  const readable = inputs.documents.filter((d) => d.syntaxErrors.length === 0 || d.data !== undefined);
  const textOnConsole = args.format === 'text' && args.output === undefined;
  if (!textOnConsole) {
    // Machine-readable output goes to its consumer; humans still get one line per unreadable file.
    for (const doc of share.documents) {
      const error = doc.syntaxErrors[0];
      if (error)
        io.stderr(
          `cognito-iam-lint: ${printable(doc.file)}:${error.range.start.line}:${error.range.start.column}: ${printable(error.message)}\n`,
        );
    }
  }

  let report = linted;
  let absent: BaselineEntry[] | undefined;
  // Baseline entries name files relative to the baseline's folder; reports, relative to here.
  const fromBaseline =
    baselineDir !== undefined ? rebaser(pathApiFor(io.cwd), baselineDir, io.cwd) : (file: string) => file;
  const toBaseline =
    baselineDir !== undefined ? rebaser(pathApiFor(io.cwd), io.cwd, baselineDir) : (file: string) => file;
  if (baseline) {
    ({ report, absent } = applyBaseline(linted, baseline));
    absent = absent.map((entry) => ({ ...entry, file: fromBaseline(entry.file) }));
  }
  const threshold = args.failOn ?? config?.failOn ?? 'high';
  // The reports say whether the run fails under it (text summary line, GitHub notice, JSON summary);
  // a run that writes a baseline passes whatever it finds, so it has no verdict to give.
  if (args.writeBaseline === undefined) report = { ...report, summary: { ...report.summary, failOn: threshold } };

  const color = args.color ?? colorFromEnvironment(io.env, io.stdoutIsTTY && textOnConsole);
  const sourceLinkBase = githubSourceLinkBase(io.env);
  const options = {
    ...(sourceLinkBase !== undefined ? { sourceLinkBase } : {}),
    verbose: args.verbose,
    // --verbose lists what the summary only counts: suppressed and baseline-accepted findings.
    showSuppressed: args.verbose,
    includeSuppressed: !args.sarifOmitSuppressed,
    ...(absent ? { baselineAbsent: absent } : {}),
    // The HTML report draws the model: built again, once, only when that format is asked for.
    ...(args.format === 'html' || args.reports.some((r) => r.format === 'html')
      ? { graph: reportGraphOf(inputs, report.findings) }
      : {}),
  };
  const consoleText = formatReport(report, args.format, {
    ...options,
    color: args.output === undefined ? color : false,
  });
  if (args.output !== undefined) writeOutput(io, args.output, consoleText, 'the report');
  else io.stdout(consoleText);
  for (const target of args.reports)
    writeOutput(io, target.file, formatReport(report, target.format, { ...options, color: false }), 'the report');

  if (args.writeBaseline !== undefined) {
    const written = createBaseline(linted, toBaseline);
    writeOutput(io, args.writeBaseline, formatBaseline(written), 'the baseline');
    io.stderr(
      `cognito-iam-lint: wrote ${plural(written.entries.length, 'finding')} to the baseline ${printable(displayPath(io.cwd, args.writeBaseline))}.\n`,
    );
  }

  if (missing) return EXIT_USAGE;
  if (inputs.documents.length > 0 && readable.length === 0) return EXIT_USAGE;
  // An account read in part: the findings cover only what was read, so the scan is incomplete.
  if (unread.length > 0) {
    const calls = plural(unread.length, 'call');
    if (!args.allowPartial) {
      io.stderr(
        `cognito-iam-lint: the account was read in part (${calls} failed, listed above): the findings cover what was read; exit 2 (--allow-partial accepts a partial read).\n`,
      );
      return EXIT_USAGE;
    }
    io.stderr(
      `cognito-iam-lint: warning: the account was read in part (${calls} failed, listed above); --allow-partial accepts it.\n`,
    );
  }
  // A file the run meant to read and could not was not checked: the run is incomplete, whatever
  // --fail-on says and even when writing a baseline (which lacks that file's findings).
  if (inputs.skipped.some((s) => s.lost)) return EXIT_FINDINGS;
  // Writing a baseline accepts every finding in it: the run that writes it passes.
  if (args.writeBaseline !== undefined) return EXIT_OK;
  return failingFindings(report.findings, threshold).length > 0 ? EXIT_FINDINGS : EXIT_OK;
}

/**
 * Where GitHub shows the files of the commit a workflow runs on, from the variables every
 * Actions run sets (https://docs.github.com/en/actions/reference/variables-reference); the
 * Markdown summary links its findings there.
 */
function githubSourceLinkBase(env: Readonly<Record<string, string | undefined>>): string | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_SHA: sha } = env;
  if (!server || !repository || !sha) return undefined;
  if (
    !/^https:\/\/[A-Za-z0-9.-]+(:\d+)?$/.test(server) ||
    !/^[\w.-]+\/[\w.-]+$/.test(repository) ||
    !/^[0-9a-f]{40,64}$/.test(sha)
  )
    return undefined;
  return `${server}/${repository}/blob/${sha}`;
}

/** Two outputs aimed at one file would overwrite each other: refuse before linting. */
function checkOutputTargets(io: CliIo, args: CliArgs): void {
  const targets: Array<[string, string]> = [];
  if (args.saveAccount !== undefined) targets.push(['--save-account', args.saveAccount]);
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
 * `-o role.json role.json` would replace the template with its report (and `--report`,
 * `--write-baseline` likewise): refuse an output that is one of the run's inputs, compared by
 * real path, so a file found by a directory walk or reached through a symbolic link counts. The
 * inputs are every document linted (templates, IAM JSON, unreadable ones), the cdk.out manifests
 * that named templates, the paths named on the command line, parameter files and the config
 * file. The --baseline file may be refreshed by --write-baseline only (checkOutputTargets).
 */
function checkOutputsAreNotInputs(
  io: CliIo,
  args: CliArgs,
  inputs: LoadedInputs,
  configPath: string | undefined,
  account: AccountInput | undefined,
): void {
  const read = new Map<string, string>();
  const add = (path: string) => {
    if (path === '-' || path === '<stdin>') return;
    const real = realPath(io, path);
    if (!read.has(real)) read.set(real, path);
  };
  // The account read with --aws is a document of the run named after the --save-account file,
  // which is written (replaced) with it: the one input an output may name.
  for (const doc of inputs.documents) if (doc.file !== account?.file) add(doc.file);
  for (const template of inputs.dialects.cloudformation) if (template.assembly) add(template.assembly.manifestFile);
  for (const path of [...args.paths, ...args.parameterFiles]) add(path);
  if (configPath !== undefined) add(configPath);
  const targets: Array<[string, string]> = [];
  if (args.saveAccount !== undefined) targets.push(['--save-account', args.saveAccount]);
  if (args.output !== undefined) targets.push(['--output', args.output]);
  for (const report of args.reports) targets.push([`--report ${report.format}=…`, report.file]);
  if (args.writeBaseline !== undefined) targets.push(['--write-baseline', args.writeBaseline]);
  for (const [flag, file] of targets) {
    const input = read.get(realPath(io, file));
    if (input === undefined) continue;
    const shown = displayPath(io.cwd, file);
    const same = displayPath(io.cwd, input);
    throw new UsageError(
      `${flag} ${shown} is an input of this run${same === shown ? '' : ` (${same})`}: refusing to overwrite it.`,
    );
  }
}

function readBaseline(io: CliIo, file: string): Baseline {
  const path = resolve(io.cwd, file);
  const shown = displayPath(io.cwd, path);
  if (!io.fs.stat(path)?.isFile)
    throw new UsageError(`${shown}: baseline file not found (create it with --write-baseline ${shown}).`);
  try {
    return parseBaseline(io.fs.readFile(path));
  } catch (error) {
    if (error instanceof BaselineError) throw new UsageError(`${shown}: ${error.message}`);
    throw new UsageError(
      `${shown}: cannot read the baseline (${error instanceof Error ? error.message.split('\n')[0] : String(error)}).`,
    );
  }
}

/**
 * `--explain <rule-id>`: the rule's documentation page, then every sentence the rule can report: its
 * messages and the notes that may follow them, by ID, as templates (`{{…}}` is filled with names and values).
 */
function explain(ruleId: string): string {
  const rule = rules.find((r) => r.meta.id === ruleId);
  if (!rule) {
    throw new UsageError(
      `--explain: no rule '${ruleId}' (${didYouMean(
        ruleId,
        rules.map((r) => r.meta.id),
      )}see --list-rules).`,
    );
  }
  return ruleExplanation(ruleMetadata(rule)) + messageList(rule.meta.messages, rule.meta.notes);
}

/** The `## Messages` section of `--explain`: message and note templates by ID, in the order the rule declares them. */
export function messageList(
  messages: Readonly<Record<string, string>>,
  notes: Readonly<Record<string, string>> | undefined,
): string {
  const entries = (templates: Readonly<Record<string, string>>) =>
    Object.entries(templates)
      .map(([id, template]) => `- \`${id}\`: ${template}`)
      .join('\n');
  const noteEntries = notes && Object.keys(notes).length > 0 ? entries(notes) : undefined;
  return (
    [
      '\n## Messages\n',
      'What this rule reports, by message ID; `{{…}}` stands for a name or value of the finding.\n',
      entries(messages),
      ...(noteEntries ? ['\nA message may be followed by these notes:\n', noteEntries] : []),
    ].join('\n') + '\n'
  );
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
      // The Terraform and Serverless forms, under the headings a page gives them.
      ...(meta.fixIn?.terraform ? [`### Terraform\n\n${meta.fixIn.terraform}`] : []),
      ...(meta.fixIn?.serverless ? [`### Serverless Framework\n\n${meta.fixIn.serverless}`] : []),
      ...(meta.references.length > 0
        ? [`## References\n\n${meta.references.map((url) => `- <${url}>`).join('\n')}`]
        : []),
    ].join('\n\n');
  return page.endsWith('\n') ? page : `${page}\n`;
}

/** Standard input (`-`), bounded like a file: too much of it is a one-line error, exit 2. */
function readStdin(io: CliIo): string | Uint8Array {
  try {
    return io.readStdin();
  } catch (error) {
    const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
    if (code === 'EFBIG')
      throw new UsageError(`-: standard input is larger than ${MAX_FILE_BYTES / (1024 * 1024)} MB; not read.`);
    throw new UsageError(`-: cannot read standard input (${error instanceof Error ? error.message : String(error)}).`);
  }
}

/**
 * The folder fingerprints and baseline entries are relative to: the baseline file's. A run that
 * reads one baseline and writes another needs both in one folder (one set of fingerprints).
 */
function baselineFolder(io: CliIo, args: CliArgs): string | undefined {
  const read = args.baseline !== undefined ? dirname(resolve(io.cwd, args.baseline)) : undefined;
  const written = args.writeBaseline !== undefined ? dirname(resolve(io.cwd, args.writeBaseline)) : undefined;
  if (read !== undefined && written !== undefined && read !== written) {
    throw new UsageError(
      "--baseline and --write-baseline must be in one folder: fingerprints are relative to the baseline file's folder.",
    );
  }
  return read ?? written;
}

/**
 * `.cognito-iam-lintignore`: the one beside the config file when there is one (its patterns and
 * the config's globs then share a folder), else the nearest at or above the working directory,
 * as the config file is found. Its patterns are relative to its folder.
 */
function readIgnoreFile(io: CliIo, configPath: string | undefined): Array<{ base: string; list: IgnoreList }> {
  const file =
    configPath !== undefined
      ? join(dirname(configPath), IGNORE_FILE_NAME)
      : findUpward(io.fs, io.cwd, [IGNORE_FILE_NAME], join, dirname);
  if (file === undefined || io.fs.stat(file) === undefined) return [];
  const shown = displayPath(io.cwd, file);
  const read = readTextFile(io.fs, file);
  if (!read.ok) throw new ConfigError(`${shown}: cannot read the ignore file (${read.reason}).`);
  const { list, errors } = compileIgnore(read.text.split('\n'));
  const error = errors[0];
  if (error) throw new ConfigError(`${shown}:${error.line}: the glob ${error.refused}.`);
  return [{ base: dirname(file), list }];
}

function withoutIgnores(config: Config): Config {
  const { ignores: _ignores, ...rest } = config;
  return rest;
}

/**
 * `--parameter Name=value` naming a parameter no template of the run declares: a typo, or the
 * wrong template. A warning (the run goes on), with the nearest declared name when one is close.
 */
function undeclaredParameters(inputs: LoadedInputs, given: ReadonlyMap<string, string>): Notification[] {
  if (given.size === 0) return [];
  const declared = new Set<string>();
  for (const template of inputs.dialects.cloudformation) {
    // A Serverless service reads `--parameter` values as its CLI options (`${opt:stage}`).
    for (const name of template.options ?? []) declared.add(name);
    const data = template.doc.data;
    if (template.resourcesPointer !== '/Resources' || typeof data !== 'object' || data === null) continue;
    const parameters = (data as { Parameters?: unknown }).Parameters;
    if (typeof parameters === 'object' && parameters !== null && !Array.isArray(parameters))
      for (const name of Object.keys(parameters)) declared.add(name);
  }
  return [...given.keys()]
    .filter((name) => !declared.has(name))
    .map((name) => ({
      level: 'warning' as const,
      kind: 'input' as const,
      message: `--parameter ${name}: no template of this run declares a parameter \`${name}\` (${didYouMean(name, declared, (n) => `\`${n}\``)}see the templates' Parameters).`,
    }));
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
  if (!stat.isFile)
    throw new ConfigError(`${shown}: the config file is not a regular file (a FIFO, socket or device); refused.`);
  // A config found by walking up comes from the repository being linted, like a template: a link
  // out of its directory (`ln -s ~/.aws/credentials .cognito-iam-lint.yaml`) is not followed.
  if (discovered && stat.isSymbolicLink) {
    const real = safeRealpath(io.fs, path);
    const dir = dirname(path);
    if (real === undefined || !isWithin(pathApiFor(path), safeRealpath(io.fs, dir) ?? dir, real)) {
      throw new ConfigError(
        `${shown}: the config file is a symbolic link to outside ${displayPath(io.cwd, dir)}; not followed (name it with --config to use it).`,
      );
    }
  }
  let text: string;
  try {
    text = io.fs.readFile(path, MAX_FILE_BYTES);
  } catch (error) {
    throw new ConfigError(
      `${shown}: cannot read the config file (${error instanceof Error ? error.message : String(error)}).`,
    );
  }
  return parseConfig(shown, text, new Set(rules.map((r) => r.meta.id)));
}

/** `--list-rules -f json`: the rules' metadata, one object each, in registry order (the docs page by its address, not its text). */
function listRulesJson(): string {
  const metas = rules.map(ruleMetadata).map((m) => ({
    id: m.id,
    severity: m.severity,
    description: m.description,
    fix: m.fix,
    ...(m.fixIn ? { fixIn: m.fixIn } : {}),
    tags: m.tags,
    references: m.references,
    docsUrl: ruleDocsUrl(m.id),
  }));
  return JSON.stringify(metas, null, 2) + '\n';
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
