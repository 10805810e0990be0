/**
 * Command-line arguments. Usage errors throw UsageError (exit 2, one line, no stack trace).
 */
import { parseArgs } from 'node:util';
import { SEVERITIES, type Severity } from '../engine/types.js';
import type { ReportFormat } from '../reporters/index.js';

export class UsageError extends Error {}

export interface CliArgs {
  paths: string[];
  format: ReportFormat;
  output: string | undefined;
  failOn: Severity | 'none' | undefined;
  config: string | undefined;
  noConfig: boolean;
  include: string[];
  exclude: string[];
  parameters: Map<string, string>;
  parameterFiles: string[];
  stdinFilename: string | undefined;
  color: boolean | undefined;
  verbose: boolean;
  listRules: boolean;
  version: boolean;
  help: boolean;
}

const FORMATS: readonly ReportFormat[] = ['text', 'json', 'sarif', 'github'];

export const HELP = `Usage: cognito-iam-lint [options] [paths...]

Lint the identity architecture of AWS apps: CloudFormation/SAM templates (YAML or JSON),
CDK synth output (cdk.out) and raw IAM policy JSON. Default path: the current directory.

Options:
  -f, --format <text|json|sarif|github>  Output format (default: text)
  -o, --output <file>                    Write the report to a file instead of stdout
      --fail-on <severity|none>          Exit 1 when a finding is at or above this severity:
                                         critical, high, medium, low, info, none (default: high)
  -c, --config <file>                    Config file (default: .cognito-iam-lint.yaml/.yml/.json,
                                         searched upward from the working directory)
      --no-config                        Ignore config files
      --include <glob>                   Only lint files matching the glob (repeatable)
      --exclude <glob>                   Never lint files matching the glob (repeatable)
  -p, --parameter <KEY=VALUE>            Template parameter value (repeatable)
      --parameters-file <file>           Parameter file: [{"ParameterKey": …, "ParameterValue": …}]
      --stdin-filename <name>            Name to report for '-' (stdin); its extension picks JSON/YAML
      --color / --no-color               Force colours on or off (default: on for a TTY without NO_COLOR)
      --verbose                          Also show notifications (unresolved values, skipped files)
      --list-rules                       List the rules with their severities and exit
  -v, --version                          Print the version and exit
  -h, --help                             Print this help and exit

Exit codes: 0 no finding at or above --fail-on · 1 at least one · 2 usage error, invalid config,
or nothing could be linted.`;

export function parseCliArgs(argv: string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        output: { type: 'string', short: 'o' },
        'fail-on': { type: 'string' },
        config: { type: 'string', short: 'c' },
        'no-config': { type: 'boolean' },
        include: { type: 'string', multiple: true },
        exclude: { type: 'string', multiple: true },
        parameter: { type: 'string', short: 'p', multiple: true },
        'parameters-file': { type: 'string', multiple: true },
        'stdin-filename': { type: 'string' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        verbose: { type: 'boolean' },
        'list-rules': { type: 'boolean' },
        version: { type: 'boolean', short: 'v' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message.split('\n')[0]! : String(error));
  }
  const v = parsed.values;
  const format = (v.format ?? 'text') as ReportFormat;
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}; got '${v.format}'.`);
  const failOn = v['fail-on'];
  if (failOn !== undefined && failOn !== 'none' && !(SEVERITIES as readonly string[]).includes(failOn)) {
    throw new UsageError(`--fail-on must be one of ${SEVERITIES.join(', ')}, none; got '${failOn}'.`);
  }
  const parameters = new Map<string, string>();
  for (const entry of v.parameter ?? []) {
    const eq = entry.indexOf('=');
    if (eq <= 0) throw new UsageError(`--parameter expects KEY=VALUE; got '${entry}'.`);
    parameters.set(entry.slice(0, eq), entry.slice(eq + 1));
  }
  return {
    paths: parsed.positionals,
    format,
    output: v.output,
    failOn: failOn as Severity | 'none' | undefined,
    config: v.config,
    noConfig: v['no-config'] ?? false,
    include: v.include ?? [],
    exclude: v.exclude ?? [],
    parameters,
    parameterFiles: v['parameters-file'] ?? [],
    stdinFilename: v['stdin-filename'],
    color: v['no-color'] ? false : v.color,
    verbose: v.verbose ?? false,
    listRules: v['list-rules'] ?? false,
    version: v.version ?? false,
    help: v.help ?? false,
  };
}
