import type { RuleMetadata } from '../engine/types.js';
import { type CliIo } from './io.js';
import { type AccountInput } from './aws.js';
export { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, type CliIo } from './io.js';
/** The command, synchronous: everything but `--aws` (see runCliAsync). `account`: the account `--aws` read. */
export declare function runCli(io: CliIo, account?: AccountInput): number;
/**
 * Does this command line lint input (rather than print help, the version, the rules or a rule's
 * page, or merge reports)? An unparsable one does not.
 */
export declare function lintsInput(argv: readonly string[]): boolean;
/**
 * The command as bin/ runs it: `--aws` first reads the account (the SDK is asynchronous, and
 * loaded only then), then lints it with the rest of the run; anything else is runCli.
 */
export declare function runCliAsync(io: CliIo): Promise<number>;
/** The `## Messages` section of `--explain`: message and note templates by ID, in the order the rule declares them. */
export declare function messageList(messages: Readonly<Record<string, string>>, notes: Readonly<Record<string, string>> | undefined): string;
/** The page as it ships (Markdown, printed as is), or one built from the metadata of a rule that has none yet. */
export declare function ruleExplanation(meta: RuleMetadata): string;
