import { type CliIo } from './io.js';
export declare const MERGE_HELP = "Usage: cognito-iam-lint merge <report>... [-o <file>]\n\nJoin the reports of a run split with --shard i/n into the report the single run writes: SARIF\nlogs, JSON reports (-f json) or baselines (--write-baseline), all of one kind and one version.\nGive every shard's report, each once.\n\nOptions:\n  -o, --output <file>    Write the merged report to a file instead of stdout\n  -h, --help             Print this help and exit";
export declare function runMerge(io: CliIo, argv: string[]): number;
