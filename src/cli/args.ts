/**
 * Command-line arguments. Usage errors throw UsageError (exit 2, one line, no stack trace).
 */
import { parseArgs } from 'node:util';
import type { Shard } from '../engine/shard.js';
import { SEVERITIES, type Severity } from '../engine/types.js';
import { REPORT_FORMATS, type ReportFormat } from '../reporters/index.js';
import { compileGlob, isGlobRefusal } from '../util/glob.js';
import { didYouMean } from '../util/suggest.js';
import { AWS_SERVICES, type AwsService } from '../inputs/aws-account.js';

export class UsageError extends Error {}

/** `--report sarif=results.sarif`: one more report, written to a file. */
export interface ReportTarget {
  format: ReportFormat;
  file: string;
}

export interface CliArgs {
  paths: string[];
  format: ReportFormat;
  output: string | undefined;
  reports: ReportTarget[];
  baseline: string | undefined;
  writeBaseline: string | undefined;
  sarifOmitSuppressed: boolean;
  reportUnusedSuppressions: boolean;
  allowNoInput: boolean;
  explain: string | undefined;
  failOn: Severity | 'none' | undefined;
  config: string | undefined;
  noConfig: boolean;
  noIgnore: boolean;
  include: string[];
  exclude: string[];
  parameters: Map<string, string>;
  parameterFiles: string[];
  stdinFilename: string | undefined;
  /** `--shard i/n`: lint only that share of the input. */
  shard: Shard | undefined;
  /** `--max-total-mb`, in bytes. */
  maxTotalBytes: number | undefined;
  /** `--jobs N`: worker threads that parse and lint (1: none); undefined: auto. */
  jobs: number | undefined;
  /** `--aws`: read the account with the AWS SDK (src/aws/read.ts) and lint it. */
  aws: boolean;
  profile: string | undefined;
  regions: string[];
  /** `--aws-services`: what --aws reads; undefined: the default (IAM and Cognito). */
  awsServices: AwsService[] | undefined;
  saveAccount: string | undefined;
  /** `--allow-partial`: an account read in part is not exit 2. */
  allowPartial: boolean;
  color: boolean | undefined;
  verbose: boolean;
  listRules: boolean;
  version: boolean;
  help: boolean;
}

const FORMATS = REPORT_FORMATS;

export const HELP = `Usage: cognito-iam-lint [options] [paths...]
       cognito-iam-lint merge <report>... [-o <file>]

Lint the identity architecture of AWS apps: CloudFormation/SAM templates (YAML or JSON),
CDK synth output (cdk.out) and raw IAM policy JSON. Default path: the current directory.

Options:
  -f, --format <format>                  Output format: text (default), json, sarif, github
                                         (workflow commands), markdown (a CI job summary) or
                                         html (one self-contained page: graph and findings)
  -o, --output <file>                    Write the --format report to a file instead of stdout
      --report <format>=<file>           Also write a report in another format to a file
                                         (repeatable): --report sarif=results.sarif
      --fail-on <severity|none>          Exit 1 when a finding is at or above this severity:
                                         critical, high, medium, low, info, none (default: high)
      --baseline <file>                  Fail only on findings that are not in this baseline
      --write-baseline <file>            Record the current findings as the baseline and exit 0
      --sarif-omit-suppressed            Leave suppressed findings out of SARIF (GitHub code
                                         scanning does not read SARIF suppressions)
      --report-unused-suppressions       Warn about suppressions that matched no finding
      --allow-no-input                   Exit 0 when no path is something to lint (pre-commit)
      --explain <rule-id>                Print the documentation page of a rule and exit
  -c, --config <file>                    Config file (default: .cognito-iam-lint.yaml/.yml/.json,
                                         searched upward from the working directory)
      --no-config                        Ignore config files
      --no-ignore                        Lint what .cognito-iam-lintignore and the config's
                                         \`ignores\` would leave out
      --include <glob>                   Only lint files matching the glob (repeatable)
      --exclude <glob>                   Never lint files matching the glob (repeatable)
  -p, --parameter <KEY=VALUE>            Template parameter value (repeatable)
      --parameters-file <file>           Parameter file: [{"ParameterKey": …, "ParameterValue": …}]
      --stdin-filename <name>            Name to report for '-' (stdin); its extension picks JSON/YAML
      --shard <i>/<n>                    Lint only share i of n (a CI matrix job); linked templates
                                         and a cloud assembly stay in one share. Join the shares'
                                         SARIF, JSON reports or baselines with \`merge\`
      --max-total-mb <n>                 Read at most n MB of input files in all (default: 100);
                                         files past it are named on stderr and the run fails
  -j, --jobs <n>                         Parse and lint in n worker threads (1: none, all in the
                                         main thread). Default: 1, or one per core but one on
                                         machines of 4 or more cores for inputs of 64 files and
                                         2 MB or more. The report is the same either way
      --aws                              Read the AWS account (the SDK's default credentials) and
                                         lint its roles, policies and Cognito pools (read-only calls)
      --profile <name>                   With --aws: the profile of the shared AWS config files
      --region <region>                  With --aws: a region whose Cognito pools are read
                                         (repeatable; default: AWS_REGION or the profile's)
      --aws-services <list>              With --aws: what is read, of iam,cognito,apigateway
                                         (comma-separated; default: iam,cognito)
      --save-account <file>              With --aws: write what was read to a file, which
                                         \`cognito-iam-lint <file>\` lints offline with the same findings
      --allow-partial                    An account read in part (--aws, or a saved snapshot
                                         that records failed calls): exit as usual (default: 2)
      --color / --no-color               Force colours on or off (default: on for a TTY without NO_COLOR)
      --verbose                          Also list notes (unresolved values), suppressed and
                                         baseline-accepted findings, absent baseline entries
      --list-rules                       List the rules with their severities and exit
                                         (-f json: a JSON array of the rules' metadata)
  -v, --version                          Print the version and exit
  -h, --help                             Print this help and exit

Exit codes: 0 no finding at or above --fail-on (suppressed and baseline findings never count)
· 1 at least one, or a file could not be read · 2 usage error, a named path that does not exist, invalid config or
baseline, or nothing could be linted.`;

/** The options parseArgs knows; also the names an unknown option is compared with. */
const OPTIONS = {
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  report: { type: 'string', multiple: true },
  baseline: { type: 'string' },
  'write-baseline': { type: 'string' },
  'sarif-omit-suppressed': { type: 'boolean' },
  'report-unused-suppressions': { type: 'boolean' },
  'allow-no-input': { type: 'boolean' },
  explain: { type: 'string' },
  'fail-on': { type: 'string' },
  config: { type: 'string', short: 'c' },
  'no-config': { type: 'boolean' },
  'no-ignore': { type: 'boolean' },
  include: { type: 'string', multiple: true },
  exclude: { type: 'string', multiple: true },
  parameter: { type: 'string', short: 'p', multiple: true },
  'parameters-file': { type: 'string', multiple: true },
  'stdin-filename': { type: 'string' },
  'max-total-mb': { type: 'string' },
  jobs: { type: 'string', short: 'j' },
  shard: { type: 'string' },
  aws: { type: 'boolean' },
  profile: { type: 'string' },
  region: { type: 'string', multiple: true },
  'save-account': { type: 'string' },
  'aws-services': { type: 'string' },
  'allow-partial': { type: 'boolean' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  verbose: { type: 'boolean' },
  'list-rules': { type: 'boolean' },
  version: { type: 'boolean', short: 'v' },
  help: { type: 'boolean', short: 'h' },
} as const;

export function parseCliArgs(argv: string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, strict: true, options: OPTIONS });
  } catch (error) {
    throw new UsageError(describeParseError(error));
  }
  const v = parsed.values;
  const format = (v.format ?? 'text') as ReportFormat;
  if (!FORMATS.includes(format))
    throw new UsageError(`--format must be one of ${FORMATS.join(', ')}; got '${v.format}'.`);
  const failOn = v['fail-on'];
  if (failOn !== undefined && failOn !== 'none' && !(SEVERITIES as readonly string[]).includes(failOn)) {
    throw new UsageError(`--fail-on must be one of ${SEVERITIES.join(', ')}, none; got '${failOn}'.`);
  }
  const maxTotal = v['max-total-mb'];
  if (maxTotal !== undefined && !/^[0-9]+(\.[0-9]+)?$/.test(maxTotal)) {
    throw new UsageError(`--max-total-mb expects a number of megabytes; got '${maxTotal}'.`);
  }
  // A name for stdin with nothing read from stdin is a mistake (a forgotten `-`), not a no-op.
  if (v['stdin-filename'] !== undefined && !parsed.positionals.includes('-')) {
    throw new UsageError(
      "--stdin-filename names standard input, but '-' is not among the paths (add '-' to read standard input; see --help).",
    );
  }
  const parameters = new Map<string, string>();
  for (const entry of v.parameter ?? []) {
    const eq = entry.indexOf('=');
    if (eq <= 0) throw new UsageError(`--parameter expects KEY=VALUE; got '${entry}'.`);
    parameters.set(entry.slice(0, eq), entry.slice(eq + 1));
  }
  const reports: ReportTarget[] = [];
  for (const entry of v.report ?? []) {
    const eq = entry.indexOf('=');
    const reportFormat = entry.slice(0, eq) as ReportFormat;
    if (eq <= 0 || eq === entry.length - 1 || !FORMATS.includes(reportFormat)) {
      throw new UsageError(`--report expects FORMAT=FILE with FORMAT one of ${FORMATS.join(', ')}; got '${entry}'.`);
    }
    reports.push({ format: reportFormat, file: entry.slice(eq + 1) });
  }
  for (const [flag, value] of [
    ['--output', v.output],
    ['--baseline', v.baseline],
    ['--write-baseline', v['write-baseline']],
    ['--explain', v.explain],
  ] as const) {
    if (value === '') throw new UsageError(`${flag} needs a value.`);
  }
  // Refused before any file is read, as the config file's globs are (src/util/glob.ts).
  for (const flag of ['include', 'exclude'] as const) {
    for (const glob of v[flag] ?? []) {
      const compiled = compileGlob(glob.replace(/^\.\//, ''));
      if (isGlobRefusal(compiled)) throw new UsageError(`--${flag}: the glob ${compiled.refused}.`);
    }
  }
  // The account options only mean something with --aws: alone they are a mistake, not a no-op.
  // (--allow-partial also accepts a saved snapshot read in part, so it stands alone.)
  if (!v.aws) {
    for (const flag of ['profile', 'region', 'save-account', 'aws-services'] as const) {
      if (v[flag] !== undefined) throw new UsageError(`--${flag} goes with --aws (read an AWS account); see --help.`);
    }
  }
  for (const [flag, value] of [
    ['--profile', v.profile],
    ['--save-account', v['save-account']],
    ...(v.region ?? []).map((r) => ['--region', r] as const),
  ] as const) {
    if (value === '') throw new UsageError(`${flag} needs a value.`);
  }
  return {
    paths: parsed.positionals,
    format,
    output: v.output,
    reports,
    baseline: v.baseline,
    writeBaseline: v['write-baseline'],
    sarifOmitSuppressed: v['sarif-omit-suppressed'] ?? false,
    reportUnusedSuppressions: v['report-unused-suppressions'] ?? false,
    allowNoInput: v['allow-no-input'] ?? false,
    explain: v.explain,
    failOn: failOn as Severity | 'none' | undefined,
    config: v.config,
    noConfig: v['no-config'] ?? false,
    noIgnore: v['no-ignore'] ?? false,
    include: v.include ?? [],
    exclude: v.exclude ?? [],
    parameters,
    parameterFiles: v['parameters-file'] ?? [],
    stdinFilename: v['stdin-filename'],
    shard: v.shard === undefined ? undefined : parseShard(v.shard),
    maxTotalBytes: maxTotal === undefined ? undefined : Math.floor(Number(maxTotal) * 1024 * 1024),
    jobs: v.jobs === undefined ? undefined : parseJobs(v.jobs),
    aws: v.aws ?? false,
    profile: v.profile,
    regions: v.region ?? [],
    awsServices: v['aws-services'] === undefined ? undefined : parseAwsServices(v['aws-services']),
    saveAccount: v['save-account'],
    allowPartial: v['allow-partial'] ?? false,
    color: v['no-color'] ? false : v.color,
    verbose: v.verbose ?? false,
    listRules: v['list-rules'] ?? false,
    version: v.version ?? false,
    help: v.help ?? false,
  };
}

/** More workers than this is a typo: each holds a copy of the parser and its share of the parses. */
const MAX_JOBS = 64;

function parseJobs(value: string): number {
  const jobs = /^[0-9]+$/.test(value) ? Number(value) : NaN;
  if (!(jobs >= 1 && jobs <= MAX_JOBS))
    throw new UsageError(`--jobs expects a number of threads from 1 to ${MAX_JOBS}; got '${value}'.`);
  return jobs;
}

/** More shards than this is a typo, not a matrix (GitHub Actions runs at most 256 jobs per matrix). */
const MAX_SHARDS = 10_000;

/** `2/3` → { index: 2, count: 3 }. */
function parseShard(value: string): Shard {
  const match = /^([0-9]{1,6})\/([0-9]{1,6})$/.exec(value);
  const index = match ? Number(match[1]) : NaN;
  const count = match ? Number(match[2]) : NaN;
  if (!(index >= 1 && index <= count && count <= MAX_SHARDS)) {
    throw new UsageError(
      `--shard expects i/n with 1 <= i <= n <= ${MAX_SHARDS} (2/3: the second of three shares); got '${value}'.`,
    );
  }
  return { index, count };
}

/**
 * node:util's parseArgs errors, in one line; an unknown option gets the nearest known one and a
 * pointer to --help (`--fromat` → `--format`).
 */
function describeParseError(error: unknown): string {
  const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  const unknown = /^Unknown option '([^']*)'/.exec(message)?.[1];
  if (code !== 'ERR_PARSE_ARGS_UNKNOWN_OPTION' || unknown === undefined) return message;
  const known = Object.entries(OPTIONS).flatMap(([name, option]) => [
    '--' + name,
    ...('short' in option ? ['-' + option.short] : []),
  ]);
  return `unknown option '${unknown}' (${didYouMean(unknown, known)}see --help).`;
}

/** `--aws-services iam,cognito,apigateway`: known names, at least one. */
function parseAwsServices(value: string): AwsService[] {
  const names = value
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter((name) => name !== '');
  const unknown = names.find((name) => !(AWS_SERVICES as readonly string[]).includes(name));
  if (unknown !== undefined)
    throw new UsageError(`--aws-services: unknown service \`${unknown}\` (known: ${AWS_SERVICES.join(', ')}).`);
  if (names.length === 0) throw new UsageError('--aws-services needs a value.');
  return [...new Set(names)] as AwsService[];
}
