/**
 * Shared plumbing of the input layer: path arithmetic that works for the in-memory and the real
 * file system on every platform, and a file reader that never throws on what users hand it.
 */
import { posix } from 'node:path';
import type { ParsedDocument, SourceFormat } from '../parsers/types.js';
import { type InvalidText } from './decode.js';
import { type ReadFailure } from './read-failures.js';
import type { FileSystem } from './types.js';
/** `parseText` from src/parsers, injected so the input layer can be tested and reused without it. */
export type ParseFn = (file: string, text: string, format?: SourceFormat) => ParsedDocument;
export type PathApi = typeof posix;
/** Files larger than this are not read: no real template comes close, and a huge file would stall the run. */
export declare const MAX_FILE_BYTES: number;
/** Windows paths (`C:\…`, `\\server\share`) need win32 arithmetic; everything else, tests included, is posix. */
export declare function pathApiFor(path: string): PathApi;
export declare function toSlashes(path: string): string;
/** The path a user should see: relative to `cwd`, '/'-separated; a path outside `cwd` keeps its `../`. */
export declare function displayPath(path: PathApi, cwd: string, absolute: string): string;
/**
 * A path as reports show it (relative to `cwd`, '/'-separated) seen from another folder `base`:
 * config globs are relative to the config file's folder, baseline fingerprints to the baseline's.
 * When `base` is `cwd` the path is returned as it is, so a run from that folder reads as before.
 */
export declare function rebaser(path: PathApi, cwd: string, base: string): (file: string) => string;
/**
 * Is `target` strictly inside `dir` (both absolute)? Outside means a relative path that is `..` or
 * starts with `../`, not any that starts with `..`: `..x` and `...json` are names like any other.
 */
export declare function isInside(path: PathApi, dir: string, target: string): boolean;
export type ReadResult = 
/** `invalid`: where the text is not valid UTF-8 (decoded with U+FFFD there); see parseRead. */
{
    ok: true;
    text: string;
    invalid?: InvalidText;
}
/**
 * `reason` is `failure` in words (src/inputs/read-failures.ts). `binary` lets a directory walk stay
 * silent about images and archives that happen to be named `.json`.
 */
 | {
    ok: false;
    reason: string;
    failure: ReadFailure;
    binary?: boolean;
    missing?: boolean;
};
/** A failed read: the failure and its words. */
export declare function failedRead(failure: ReadFailure): {
    ok: false;
    reason: string;
    failure: ReadFailure;
};
/**
 * What a run may still read, in bytes, across all its files (`--max-total-mb`): each file is under
 * MAX_FILE_BYTES, but a few of them together can still exhaust the heap once parsed and modelled.
 */
export interface ReadBudget {
    remaining: number;
    /** For the message: the budget the run started with. */
    readonly totalBytes: number;
}
export declare function readBudget(totalBytes: number): ReadBudget;
/** A short reason for a failed file-system call, in the words `ls` and friends use. */
export declare function describeFsError(error: unknown): string;
/** Why a file-system call failed, as a code. */
export declare function fsFailure(error: unknown): ReadFailure;
export type StatResult = ReturnType<FileSystem['stat']>;
/** `fs.stat` that reports failures (EACCES on a parent directory) instead of throwing. */
export declare function safeStat(fs: FileSystem, path: string): {
    stat: StatResult;
} | {
    error: string;
    failure: ReadFailure;
};
/** The real path (links resolved), or undefined when there is none (missing, dangling, unreadable). */
export declare function safeRealpath(fs: FileSystem, path: string): string | undefined;
/** Is `target` `dir` itself or inside it (both absolute)? */
export declare function isWithin(path: PathApi, dir: string, target: string): boolean;
export declare function safeReaddir(fs: FileSystem, path: string): {
    names: string[];
} | {
    error: string;
};
/**
 * Reads a text file, refusing missing, huge, unreadable and binary files with a reason. A BOM
 * decides the encoding (src/inputs/decode.ts). With a `budget`, a file that does not fit in what
 * is left of it is not read, and what is read is taken from it.
 */
export declare function readTextFile(fs: FileSystem, path: string, budget?: ReadBudget): ReadResult;
/**
 * Bytes read from a file or standard input → text, the same way for both: a BOM decides the
 * encoding, invalid UTF-8 is kept with its position, a NUL early on means binary.
 */
export declare function decodeRead(bytes: Uint8Array): ReadResult;
/**
 * Parses what readTextFile read. Invalid UTF-8 becomes the document's first syntax error, at its
 * position (input/parse-error reports it there), and the rest of the file is still linted.
 */
export declare function parseRead(parse: ParseFn, file: string, read: Extract<ReadResult, {
    ok: true;
}>): ParsedDocument;
