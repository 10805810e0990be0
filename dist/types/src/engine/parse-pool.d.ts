import { type MessagePort } from 'node:worker_threads';
import type { PrefetchingParser } from '../inputs/load.js';
import type { ParsedDocument, SourceFormat } from '../parsers/types.js';
import { type TransferredParse } from '../parsers/transferred.js';
/**
 * Auto mode parses in workers only from this much input: below it, starting a worker (about 60 ms
 * of module loading on a core the run would otherwise leave to the garbage collector) costs more
 * than it saves, and a pre-commit hook on a few files stays as fast as before. Measured with
 * bench/run.js (README "Performance").
 */
export declare const PARALLEL_MIN_BYTES: number;
export declare const PARALLEL_MIN_FILES = 64;
export interface WorkerData {
    port: MessagePort;
    /** Bumped by the worker after each reply (Int32Array over a SharedArrayBuffer). */
    signal: Int32Array;
}
export interface ParseJob {
    id: number;
    path: string;
    file: string;
}
export type ParseReply = {
    kind: 'parsed';
    id: number;
    parse: TransferredParse;
}
/** The worker could not read the file (the loader reads it again and says why). */
 | {
    kind: 'unread';
    id: number;
} | {
    kind: 'failed';
    message: string;
};
/**
 * How many workers parse `files`: `jobs` when given (1: none, the serial run), else, in auto mode,
 * one per available core once the input is large enough to pay for them, never more than files.
 */
export declare function parseWorkers(jobs: number | undefined, files: ReadonlyArray<{
    size: number;
}>, cores?: number): number;
export declare class ParsePool implements PrefetchingParser {
    private readonly jobs;
    private readonly workers;
    private readonly signal;
    /** Display name → job id, for the files sent and not yet used. */
    private readonly pending;
    private readonly replies;
    /** `jobs`: --jobs (undefined: auto). */
    constructor(jobs: number | undefined);
    prefetch(files: ReadonlyArray<{
        path: string;
        file: string;
        size: number;
    }>): void;
    readonly parse: (file: string, text: string, format?: SourceFormat) => ParsedDocument;
    /** Ends the workers (the load is done): what they have not parsed yet is not needed. */
    close(): void;
    private reply;
    private drain;
}
