import type { RuleMetadata } from '../engine/types.js';
import { type CliIo } from './io.js';
export { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, type CliIo } from './io.js';
export declare function runCli(io: CliIo): number;
/** The page as it ships (Markdown, printed as is), or one built from the metadata of a rule that has none yet. */
export declare function ruleExplanation(meta: RuleMetadata): string;
