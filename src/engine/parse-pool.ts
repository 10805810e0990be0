/**
 * `--jobs`: files parsed in worker threads while the main thread reads, classifies and lints.
 *
 * Why the parse and not the linting is what goes to the workers: reading and parsing is about
 * 60% of a bulk run (the bench's bulk case), and it is the one part that needs nothing from the
 * other files. Linking templates (a cloud assembly, nested stacks, Export/ImportValue, a policy and
 * the role it names) needs every parse first, and a worker that linted a group would have to
 * parse its files again: on two cores, a run that parses twice is no faster than one that parses
 * once (measured: README "Performance"). A parse crosses back as plain data, which costs about a
 * tenth of the parse to receive (src/parsers/transferred.ts).
 *
 * The output is the serial run's byte for byte: the loader reads every file itself in its own
 * order (its read budget, its checks, its decoding), and uses a worker's parse only when the
 * worker parsed the very text it read, with the same function; positions come from the same
 * parser run again on that text. Anything else (manifests, nested templates, parameter files,
 * stdin, a file that changed between the two reads) is parsed here.
 *
 * The main thread waits synchronously (Atomics.wait on a counter the workers bump with each
 * reply, then receiveMessageOnPort), so lint() stays synchronous. A worker that throws or exits
 * says so before it ends; one that stops answering (killed, out of memory) is given up after
 * STALL_MS without any reply. Either is an internal error of the run, never a hang.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { PrefetchingParser } from '../inputs/load.js';
import { parseText } from '../parsers/index.js';
import type { ParsedDocument, SourceFormat } from '../parsers/types.js';
import { TransferredDocument, type TransferredParse } from '../parsers/transferred.js';
import { packageRoot } from '../util/package-root.js';

/**
 * Auto mode parses in workers only from this much input: below it, starting a worker (about 60 ms
 * of module loading on a core the run would otherwise leave to the garbage collector) costs more
 * than it saves, and a pre-commit hook on a few files stays as fast as before. Measured with
 * bench/run.js (README "Performance").
 */
export const PARALLEL_MIN_BYTES = 2 * 1024 * 1024;
export const PARALLEL_MIN_FILES = 64;

/** A worker that has sent nothing for this long while the main thread waits on it is given up. */
const STALL_MS = 60_000;

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

export type ParseReply =
  | { kind: 'parsed'; id: number; parse: TransferredParse }
  /** The worker could not read the file (the loader reads it again and says why). */
  | { kind: 'unread'; id: number }
  | { kind: 'failed'; message: string };

/**
 * How many workers parse `files`: `jobs` when given (1: none, the serial run), else, in auto mode,
 * one per available core once the input is large enough to pay for them, never more than files.
 */
export function parseWorkers(
  jobs: number | undefined,
  files: ReadonlyArray<{ size: number }>,
  cores: number = availableParallelism(),
): number {
  const wanted = jobs ?? (isLargeInput(files) ? cores : 1);
  const workers = Math.min(wanted, files.length);
  return workers > 1 ? workers : 0;
}

function isLargeInput(files: ReadonlyArray<{ size: number }>): boolean {
  let bytes = 0;
  for (const file of files) bytes += file.size;
  return files.length >= PARALLEL_MIN_FILES && bytes >= PARALLEL_MIN_BYTES;
}

/** The bundled worker (build/build.mjs); undefined when running from the sources (tests), where auto mode stays serial. */
function workerFile(): string | undefined {
  const file = join(packageRoot(), 'dist', 'worker.js');
  return existsSync(file) ? file : undefined;
}

export class ParsePool implements PrefetchingParser {
  private readonly workers: Array<{ worker: Worker; port: MessagePort }> = [];
  private readonly signal = new Int32Array(new SharedArrayBuffer(4));
  /** Display name → job id, for the files sent and not yet used. */
  private readonly pending = new Map<string, number>();
  private readonly replies = new Map<number, ParseReply>();

  /** `jobs`: --jobs (undefined: auto). */
  constructor(private readonly jobs: number | undefined) {}

  prefetch(files: ReadonlyArray<{ path: string; file: string; size: number }>): void {
    // From the sources (vitest), the bundled worker may be older than the code: only an explicit --jobs uses it.
    const fromSources = import.meta.url.endsWith('.ts');
    const file = workerFile();
    const count = file === undefined || (fromSources && this.jobs === undefined) ? 0 : parseWorkers(this.jobs, files);
    if (count === 0) return;
    const jobs: ParseJob[][] = Array.from({ length: count }, () => []);
    // Round robin, in the loader's order: each worker parses a little ahead of where the loader reads.
    files.forEach(({ path, file: name }, id) => {
      this.pending.set(name, id);
      jobs[id % count]!.push({ id, path, file: name });
    });
    for (const list of jobs) {
      const { port1, port2 } = new MessageChannel();
      const data: WorkerData = { port: port2, signal: this.signal };
      const worker = new Worker(file!, { workerData: data, transferList: [port2] });
      // Its failures come as replies (or as silence); an 'error' event must not end the process later.
      worker.on('error', () => {});
      worker.unref();
      port1.postMessage(list);
      this.workers.push({ worker, port: port1 });
    }
  }

  readonly parse = (file: string, text: string, format?: SourceFormat): ParsedDocument => {
    const id = format === undefined ? this.pending.get(file) : undefined;
    if (id === undefined) return parseText(file, text, format);
    this.pending.delete(file);
    const reply = this.reply(id);
    // Parsed from another text (the file changed between the reads, or the loader decoded it otherwise): parse what was read.
    if (reply.kind !== 'parsed' || reply.parse.text !== text) return parseText(file, text);
    return new TransferredDocument(reply.parse, () => parseText(file, text));
  };

  /** Ends the workers (the load is done): what they have not parsed yet is not needed. */
  close(): void {
    for (const { worker, port } of this.workers) {
      port.close();
      void worker.terminate();
    }
    this.workers.length = 0;
    this.pending.clear();
    this.replies.clear();
  }

  private reply(id: number): ParseReply {
    for (;;) {
      const reply = this.replies.get(id);
      if (reply) {
        this.replies.delete(id);
        return reply;
      }
      // Read the counter before draining: a reply posted after the drain changes it, and the wait returns at once.
      const seen = Atomics.load(this.signal, 0);
      this.drain();
      if (this.replies.has(id)) continue;
      if (Atomics.wait(this.signal, 0, seen, STALL_MS) === 'timed-out') {
        throw new Error(`a parsing worker (--jobs) sent nothing for ${STALL_MS / 1000} s: given up.`);
      }
    }
  }

  private drain(): void {
    for (const { port } of this.workers) {
      for (let received = receiveMessageOnPort(port); received !== undefined; received = receiveMessageOnPort(port)) {
        const reply = received.message as ParseReply;
        if (reply.kind === 'failed') throw new Error(`a parsing worker (--jobs) failed: ${reply.message}`);
        this.replies.set(reply.id, reply);
      }
    }
  }
}
