import type { FileSystem } from '../inputs/types.js';
export interface CliIo {
    argv: string[];
    cwd: string;
    env: Record<string, string | undefined>;
    stdoutIsTTY: boolean;
    stdout(text: string): void;
    stderr(text: string): void;
    /** Bytes are decoded as a file's are (a BOM may say UTF-16); a string is taken as it is (tests). */
    readStdin(): string | Uint8Array;
    /** Writes a report or baseline; bin/ passes writeFileAtomic (src/cli/write-file.ts). */
    writeFile(path: string, text: string): void;
    fs: FileSystem;
    now: Date;
}
export declare const EXIT_OK = 0;
export declare const EXIT_FINDINGS = 1;
export declare const EXIT_USAGE = 2;
/**
 * Where a path leads on disk: symbolic links resolved (the file system's realpath, the one input
 * loading uses), or for a file not yet there, its directory's real path and its name.
 */
export declare function realPath(io: CliIo, path: string): string;
export declare function writeOutput(io: CliIo, file: string, text: string, what: string): void;
export declare function displayPath(cwd: string, path: string): string;
