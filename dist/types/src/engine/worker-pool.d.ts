import type { MessagePort } from 'node:worker_threads';
import type { ConditionPlan } from '../dialects/cloudformation/scenarios.js';
import type { PrefetchingParser } from '../inputs/load.js';
import type { LoadedInputs } from '../inputs/types.js';
import type { ParsedDocument, SourceFormat } from '../parsers/types.js';
import { type TransferredParse } from '../parsers/transferred.js';
import type { UnitResult } from './lint-plan.js';
import { type TransferredSettings, type TransferredUnit } from './unit-transfer.js';
/**
 * Auto mode starts workers only from this much input: below it, starting them (about 100 ms of
 * module loading and warm-up each) costs more than they save, and a pre-commit hook on a few files
 * stays as fast as before.
 */
export declare const PARALLEL_MIN_BYTES: number;
export declare const PARALLEL_MIN_FILES = 64;
/**
 * ... and only with this many cores. The serial run is not one core's work: V8 collects garbage on
 * helper threads, and a bulk run keeps about 1.6 of two cores busy. Workers cost CPU time of their
 * own (their start-up and warm-up, about 0.5 s of CPU each on the bench's bulk case, and the data
 * crossing between threads, about 12% more), which the 0.4 core left on a two-core machine does
 * not pay for: measured in README "Benchmark". With more cores, one is left to the main thread
 * and the garbage collector.
 */
export declare const PARALLEL_MIN_CORES = 4;
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
export type WorkerRequest = {
    kind: 'parse';
    jobs: ParseJob[];
} | {
    kind: 'lint';
    batch: number;
    units: TransferredUnit[];
    settings: TransferredSettings;
};
export type WorkerReply = 
/** Parses in the order sent; no `parse`: the worker could not read the file (the loader reads it again and says why). */
{
    kind: 'parsed';
    parses: Array<{
        id: number;
        parse?: TransferredParse;
    }>;
} | {
    kind: 'linted';
    batch: number;
    results: UnitResult[];
} | {
    kind: 'failed';
    message: string;
};
/**
 * How many workers a run of `files` has: `jobs` when given (1: none, the serial run), else, in auto
 * mode, one per available core but one, with enough cores and a large enough input; never more
 * than files.
 */
export declare function workerCount(jobs: number | undefined, files: ReadonlyArray<{
    size: number;
}>, cores?: number): number;
export declare class WorkerPool implements PrefetchingParser {
    private readonly jobs;
    private readonly workers;
    private readonly signal;
    /** Display name → job id, for the files sent and not yet used. */
    private readonly pending;
    private readonly parsed;
    private readonly linted;
    /** `jobs`: --jobs (undefined: auto). */
    constructor(jobs: number | undefined);
    /** Starts the workers when the run is worth them, and has them parse `files` in this order. */
    prefetch(files: ReadonlyArray<{
        path: string;
        file: string;
        size: number;
    }>): void;
    readonly parse: (file: string, text: string, format?: SourceFormat) => ParsedDocument;
    /**
     * The results of the plan's units, linted by the workers, in the plan's order; undefined (lint them
     * here) without workers, with fewer than two units, or when the units cannot cross.
     */
    lintUnits(inputs: LoadedInputs, plan: ConditionPlan, settings: TransferredSettings): UnitResult[] | undefined;
    /** Ends the workers: what they have not done yet is not needed. */
    close(): void;
    private send;
    /** Waits until `take` finds what it looks for among the replies. */
    private wait;
    /** Takes every reply that has arrived; whether there was any. */
    private drain;
}
