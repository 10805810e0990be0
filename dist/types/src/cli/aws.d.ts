import type { CliArgs } from './args.js';
import { type CliIo } from './io.js';
/** The account as one document of the run, and the calls that failed (the read is then incomplete). */
export interface AccountInput {
    file: string;
    text: string;
    failures: string[];
}
export declare function readAwsAccount(io: CliIo, args: CliArgs): Promise<AccountInput>;
/** `--save-account FILE`: what was read, as the run linted it. */
export declare function saveAccount(io: CliIo, target: string, account: AccountInput): void;
