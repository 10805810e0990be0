import type { CliArgs } from './args.js';
import { type CliIo } from './io.js';
/**
 * The account as one document of the run. The calls that failed are in it (`Incomplete`), which
 * the run reports as it does for a snapshot read back (src/inputs/aws-account.ts unreadCalls).
 */
export interface AccountInput {
    file: string;
    text: string;
}
export declare function readAwsAccount(io: CliIo, args: CliArgs): Promise<AccountInput>;
/** `--save-account FILE`: what was read, as the run linted it. */
export declare function saveAccount(io: CliIo, target: string, account: AccountInput): void;
