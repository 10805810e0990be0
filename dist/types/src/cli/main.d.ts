import type { RuleMetadata } from '../engine/types.js';
import type { FileSystem } from '../inputs/types.js';
export interface CliIo {
    argv: string[];
    cwd: string;
    env: Record<string, string | undefined>;
    stdoutIsTTY: boolean;
    stdout(text: string): void;
    stderr(text: string): void;
    readStdin(): string;
    /** Writes a report or baseline; bin/ passes writeFileAtomic (src/cli/write-file.ts). */
    writeFile(path: string, text: string): void;
    fs: FileSystem;
    now: Date;
}
export declare const EXIT_OK = 0;
export declare const EXIT_FINDINGS = 1;
export declare const EXIT_USAGE = 2;
export declare function runCli(io: CliIo): number;
/** The page as it ships (Markdown, printed as is), or one built from the metadata of a rule that has none yet. */
export declare function ruleExplanation(meta: RuleMetadata): string;
