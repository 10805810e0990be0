/**
 * `--jobs`: worker threads that parse the files while the main thread reads them, then lint the
 * units of the condition plan (the linked groups, src/engine/lint-plan.ts) while the main thread
 * waits, which the main thread merges in the plan's order.
 *
 * Both steps share the work without doing any of it twice. Reading and parsing is about 60% of a
 * bulk run; a parse crosses back as plain data (src/parsers/transferred.ts), about a tenth of its
 * cost, and a document is parsed again, for positions, only when it has a finding or a note. The
 * linking of templates (cloud assemblies, nested stacks, Export/ImportValue, a policy and the role
 * it names) needs every parse, so it stays here, between the two steps: the plan the serial run
 * makes, whose units cross to the workers as plain data too (src/engine/unit-transfer.ts). A
 * design where each worker read and parsed everything itself, to link on its own, was measured:
 * on two cores, two such runs side by side take as long as one after the other.
 *
 * The output is the serial run's byte for byte: the loader reads every file itself in its own
 * order (its read budget, its checks, its decoding), and uses a worker's parse only when the
 * worker parsed the very text it read, with the same function; a unit's results are merged where
 * the serial run has them. Anything else (manifests, nested templates, parameter files, stdin, a
 * file that changed between the two reads) is parsed here, and a run whose units cannot cross
 * (large documents kept as text, an AWS account) is linted here.
 *
 * The main thread waits synchronously (Atomics.wait on a counter the workers bump with each
 * reply, then receiveMessageOnPort), so lint() stays synchronous. A worker that throws or exits
 * says so before it ends; one that stops answering (killed, out of memory) is given up after
 * STALL_MS without a sign of life. Either is an internal error of the run, never a hang.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { MessagePort, Worker } from 'node:worker_threads';
import type { ConditionPlan } from '../dialects/cloudformation/scenarios.js';
import type { PrefetchingParser } from '../inputs/load.js';
import type { LoadedInputs } from '../inputs/types.js';
import { parseText } from '../parsers/index.js';
import type { ParsedDocument, SourceFormat } from '../parsers/types.js';
import { TransferredDocument, type TransferredParse } from '../parsers/transferred.js';
import { nodeOs, nodeWorkerThreads } from '../util/node-builtins.js';
import { packageRoot } from '../util/package-root.js';
import type { UnitResult } from './lint-plan.js';
import { transferUnits, type TransferredSettings, type TransferredUnit } from './unit-transfer.js';

/**
 * Auto mode starts workers only from this much input: below it, starting them (about 100 ms of
 * module loading and warm-up each) costs more than they save, and a pre-commit hook on a few files
 * stays as fast as before.
 */
export const PARALLEL_MIN_BYTES = 2 * 1024 * 1024;
export const PARALLEL_MIN_FILES = 64;
/**
 * ... and only with this many cores. The serial run is not one core's work: V8 collects garbage on
 * helper threads, and a bulk run keeps about 1.6 of two cores busy. Workers cost CPU time of their
 * own (their start-up and warm-up, about 0.5 s of CPU each on the bench's bulk case, and the data
 * crossing between threads, about 12% more), which the 0.4 core left on a two-core machine does
 * not pay for: measured in README "Benchmark". With more cores, one is left to the main thread
 * and the garbage collector.
 */
export const PARALLEL_MIN_CORES = 4;

/**
 * A worker that has given no sign of life for this long while the main thread waits on it is given
 * up: it replies after each small batch of parses and signals after each unit it lints.
 */
const STALL_MS = 120_000;

/** Units are sent in batches of about this much text: few messages, and shares small enough to even out at the end. */
const BATCH_CHARS = 128 * 1024;

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

export type WorkerRequest =
  | { kind: 'parse'; jobs: ParseJob[] }
  | { kind: 'lint'; batch: number; units: TransferredUnit[]; settings: TransferredSettings };

export type WorkerReply =
  /** Parses in the order sent; no `parse`: the worker could not read the file (the loader reads it again and says why). */
  | { kind: 'parsed'; parses: Array<{ id: number; parse?: TransferredParse }> }
  | { kind: 'linted'; batch: number; results: UnitResult[] }
  | { kind: 'failed'; message: string };

/**
 * How many workers a run of `files` has: `jobs` when given (1: none, the serial run), else, in auto
 * mode, one per available core but one, with enough cores and a large enough input; never more
 * than files.
 */
export function workerCount(jobs: number | undefined, files: ReadonlyArray<{ size: number }>, cores?: number): number {
  // The cores are counted only in auto mode, for an input large enough to share out.
  const available = (): number => cores ?? nodeOs().availableParallelism();
  const wanted = jobs ?? (isLargeInput(files) && available() >= PARALLEL_MIN_CORES ? available() - 1 : 1);
  const workers = Math.min(wanted, files.length);
  return workers > 1 ? workers : 0;
}

function isLargeInput(files: ReadonlyArray<{ size: number }>): boolean {
  let bytes = 0;
  for (const file of files) bytes += file.size;
  return files.length >= PARALLEL_MIN_FILES && bytes >= PARALLEL_MIN_BYTES;
}

/** The bundled worker (build/build.mjs), undefined when it is missing. */
function workerFile(): string | undefined {
  const file = join(packageRoot(), 'dist', 'worker.js');
  return existsSync(file) ? file : undefined;
}

export class WorkerPool implements PrefetchingParser {
  private readonly workers: Array<{ worker: Worker; port: MessagePort }> = [];
  private readonly signal = new Int32Array(new SharedArrayBuffer(4));
  /** Display name → job id, for the files sent and not yet used. */
  private readonly pending = new Map<string, number>();
  private readonly parsed = new Map<number, { parse?: TransferredParse }>();
  private readonly linted: Array<{ worker: number; reply: Extract<WorkerReply, { kind: 'linted' }> }> = [];

  /** `jobs`: --jobs (undefined: auto). */
  constructor(private readonly jobs: number | undefined) {}

  /** Starts the workers when the run is worth them, and has them parse `files` in this order. */
  prefetch(files: ReadonlyArray<{ path: string; file: string; size: number }>): void {
    // From the sources (vitest) the bundled worker may be older than the code: only an explicit --jobs uses it.
    const fromSources = import.meta.url.endsWith('.ts');
    const file = workerFile();
    const count = file === undefined || (fromSources && this.jobs === undefined) ? 0 : workerCount(this.jobs, files);
    if (count === 0) return;
    const jobs: ParseJob[][] = Array.from({ length: count }, () => []);
    // Round robin, in the loader's order: each worker parses a little ahead of where the loader reads.
    files.forEach(({ path, file: name }, id) => {
      this.pending.set(name, id);
      jobs[id % count]!.push({ id, path, file: name });
    });
    const { MessageChannel, Worker } = nodeWorkerThreads();
    for (const list of jobs) {
      const { port1, port2 } = new MessageChannel();
      const data: WorkerData = { port: port2, signal: this.signal };
      const worker = new Worker(file!, { workerData: data, transferList: [port2] });
      // Its failures come as replies (or as silence); an 'error' event must not end the process later.
      worker.on('error', () => {});
      worker.unref();
      this.workers.push({ worker, port: port1 });
      this.send(this.workers.length - 1, { kind: 'parse', jobs: list });
    }
  }

  readonly parse = (file: string, text: string, format?: SourceFormat): ParsedDocument => {
    const id = format === undefined ? this.pending.get(file) : undefined;
    if (id === undefined) return parseText(file, text, format);
    this.pending.delete(file);
    const reply = this.wait(() => this.parsed.get(id));
    this.parsed.delete(id);
    // Parsed from another text (the file changed between the reads, or the loader decoded it otherwise): parse what was read.
    if (reply.parse?.text !== text) return parseText(file, text);
    return new TransferredDocument(reply.parse, () => parseText(file, text));
  };

  /**
   * The results of the plan's units, linted by the workers, in the plan's order; undefined (lint them
   * here) without workers, with fewer than two units, or when the units cannot cross.
   */
  lintUnits(inputs: LoadedInputs, plan: ConditionPlan, settings: TransferredSettings): UnitResult[] | undefined {
    // The parses not used (files the loader did not parse after all) are not needed any more.
    this.pending.clear();
    this.parsed.clear();
    if (this.workers.length === 0 || plan.base.length + plan.groups.length < 2) return undefined;
    const units = transferUnits(inputs, plan);
    if (!units) return undefined;
    const batches = inBatches(units);
    const results: UnitResult[][] = [];
    let next = 0;
    const sendNext = (worker: number): void => {
      if (next < batches.length) {
        this.send(worker, { kind: 'lint', batch: next, units: batches[next]!, settings });
        next++;
      }
    };
    // Two batches each: a worker never idles while its next batch crosses.
    for (let round = 0; round < 2; round++) this.workers.forEach((_, worker) => sendNext(worker));
    for (let done = 0; done < batches.length; done++) {
      const { worker, reply } = this.wait(() => this.linted.shift());
      results[reply.batch] = reply.results;
      sendNext(worker);
    }
    return results.flat();
  }

  /** Ends the workers: what they have not done yet is not needed. */
  close(): void {
    for (const { worker, port } of this.workers) {
      port.close();
      void worker.terminate();
    }
    this.workers.length = 0;
    this.pending.clear();
    this.parsed.clear();
  }

  private send(worker: number, request: WorkerRequest): void {
    this.workers[worker]!.port.postMessage(request);
  }

  /** Waits until `take` finds what it looks for among the replies. */
  private wait<T>(take: () => T | undefined): T {
    for (;;) {
      const found = take();
      if (found !== undefined) return found;
      // Read the counter before draining: a reply posted after the drain changes it, and the wait returns at once.
      const seen = Atomics.load(this.signal, 0);
      if (this.drain()) continue;
      if (Atomics.wait(this.signal, 0, seen, STALL_MS) === 'timed-out') {
        throw new Error(`a worker thread (--jobs) gave no sign of life for ${STALL_MS / 1000} s: given up.`);
      }
    }
  }

  /** Takes every reply that has arrived; whether there was any. */
  private drain(): boolean {
    if (this.workers.length === 0) return false;
    const { receiveMessageOnPort } = nodeWorkerThreads();
    let any = false;
    this.workers.forEach(({ port }, worker) => {
      for (let received = receiveMessageOnPort(port); received !== undefined; received = receiveMessageOnPort(port)) {
        any = true;
        const reply = received.message as WorkerReply;
        if (reply.kind === 'failed') throw new Error(`a worker thread (--jobs) failed: ${reply.message}`);
        if (reply.kind === 'linted') this.linted.push({ worker, reply });
        else for (const parsed of reply.parses) this.parsed.set(parsed.id, parsed);
      }
    });
    return any;
  }
}

/** Consecutive units, about BATCH_CHARS of text to a batch (at least one unit each). */
function inBatches(units: TransferredUnit[]): TransferredUnit[][] {
  const batches: TransferredUnit[][] = [];
  let current: TransferredUnit[] = [];
  let chars = 0;
  for (const unit of units) {
    current.push(unit);
    chars += unit.docs.reduce((sum, doc) => sum + doc.text.length, 0);
    if (chars >= BATCH_CHARS) {
      batches.push(current);
      current = [];
      chars = 0;
    }
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
