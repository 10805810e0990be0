import type { Shard } from '../engine/shard.js';
import { type Severity } from '../engine/types.js';
import { type ReportFormat } from '../reporters/index.js';
import { type AwsService } from '../inputs/aws-account.js';
export declare class UsageError extends Error {
}
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
export declare const HELP = "Usage: cognito-iam-lint [options] [paths...]\n       cognito-iam-lint merge <report>... [-o <file>]\n\nLint the identity architecture of AWS apps: CloudFormation/SAM templates (YAML or JSON),\nCDK synth output (cdk.out) and raw IAM policy JSON. Default path: the current directory.\n\nOptions:\n  -f, --format <format>                  Output format: text (default), json, sarif, github\n                                         (workflow commands), markdown (a CI job summary) or\n                                         html (one self-contained page: graph and findings)\n  -o, --output <file>                    Write the --format report to a file instead of stdout\n      --report <format>=<file>           Also write a report in another format to a file\n                                         (repeatable): --report sarif=results.sarif\n      --fail-on <severity|none>          Exit 1 when a finding is at or above this severity:\n                                         critical, high, medium, low, info, none (default: high)\n      --baseline <file>                  Fail only on findings that are not in this baseline\n      --write-baseline <file>            Record the current findings as the baseline and exit 0\n      --sarif-omit-suppressed            Leave suppressed findings out of SARIF (GitHub code\n                                         scanning does not read SARIF suppressions)\n      --report-unused-suppressions       Warn about suppressions that matched no finding\n      --allow-no-input                   Exit 0 when no path is something to lint (pre-commit)\n      --explain <rule-id>                Print the documentation page of a rule and exit\n  -c, --config <file>                    Config file (default: .cognito-iam-lint.yaml/.yml/.json,\n                                         searched upward from the working directory)\n      --no-config                        Ignore config files\n      --no-ignore                        Lint what .cognito-iam-lintignore and the config's\n                                         `ignores` would leave out\n      --include <glob>                   Only lint files matching the glob (repeatable)\n      --exclude <glob>                   Never lint files matching the glob (repeatable)\n  -p, --parameter <KEY=VALUE>            Template parameter value (repeatable)\n      --parameters-file <file>           Parameter file: [{\"ParameterKey\": \u2026, \"ParameterValue\": \u2026}]\n      --stdin-filename <name>            Name to report for '-' (stdin); its extension picks JSON/YAML\n      --shard <i>/<n>                    Lint only share i of n (a CI matrix job); linked templates\n                                         and a cloud assembly stay in one share. Join the shares'\n                                         SARIF, JSON reports or baselines with `merge`\n      --max-total-mb <n>                 Read at most n MB of input files in all (default: 100);\n                                         files past it are named on stderr and the run fails\n  -j, --jobs <n>                         Parse and lint in n worker threads (1: none, all in the\n                                         main thread). Default: 1, or one per core but one on\n                                         machines of 4 or more cores for inputs of 64 files and\n                                         2 MB or more. The report is the same either way\n      --aws                              Read the AWS account (the SDK's default credentials) and\n                                         lint its roles, policies and Cognito pools (read-only calls)\n      --profile <name>                   With --aws: the profile of the shared AWS config files\n      --region <region>                  With --aws: a region whose Cognito pools are read\n                                         (repeatable; default: AWS_REGION or the profile's)\n      --aws-services <list>              With --aws: what is read, of iam,cognito,apigateway\n                                         (comma-separated; default: iam,cognito)\n      --save-account <file>              With --aws: write what was read to a file, which\n                                         `cognito-iam-lint <file>` lints offline with the same findings\n      --allow-partial                    An account read in part (--aws, or a saved snapshot\n                                         that records failed calls): exit as usual (default: 2)\n      --color / --no-color               Force colours on or off (default: on for a TTY without NO_COLOR)\n      --verbose                          Also list notes (unresolved values), suppressed and\n                                         baseline-accepted findings, absent baseline entries\n      --list-rules                       List the rules with their severities and exit\n                                         (-f json: a JSON array of the rules' metadata)\n  -v, --version                          Print the version and exit\n  -h, --help                             Print this help and exit\n\nExit codes: 0 no finding at or above --fail-on (suppressed and baseline findings never count)\n\u00B7 1 at least one, or a file could not be read \u00B7 2 usage error, a named path that does not exist, invalid config or\nbaseline, or nothing could be linted.";
export declare function parseCliArgs(argv: string[]): CliArgs;
