/**
 * A worker thread of `--jobs` (src/engine/worker-pool.ts), bundled as dist/worker.js. It reads and
 * parses the files it is sent, in the order sent, sending each parse back as plain data; then it
 * lints the units of the condition plan it is sent, sending back their findings and notes. It reads
 * the files itself (the main thread reads them too, in its own order, for its read budget and its
 * checks) so that only paths cross to it; the main thread uses a parse only for the very text it read.
 */
import { workerData } from 'node:worker_threads';
import { rules } from '../../rules/index.js';
import { lintTransferredUnit } from '../engine/unit-transfer.js';
import type { WorkerData, WorkerReply, WorkerRequest } from '../engine/worker-pool.js';
import { readTextFile } from '../inputs/files.js';
import { nodeFileSystem } from '../inputs/node-fs.js';
import { parseText } from '../parsers/index.js';
import { toTransferred, type TransferredParse } from '../parsers/transferred.js';

const { port, signal } = workerData as WorkerData;
/** A reply of parses is sent once it holds this much text or this many files. */
const REPLY_CHARS = 32 * 1024;
const REPLY_FILES = 16;
/** A seam for the tests of a failing worker (test/cli/jobs.e2e.test.ts): `throw` or `exit` at the first file, `lint` at the first unit. */
const fault = process.env.COGNITO_IAM_LINT_TEST_WORKER_FAULT;

/** Wakes the main thread, which waits on this counter (Atomics.wait) rather than on an event loop: a reply, or a sign of life. */
function beat(): void {
  Atomics.add(signal, 0, 1);
  Atomics.notify(signal, 0);
}

function reply(message: WorkerReply): void {
  port.postMessage(message);
  beat();
}

let finished = false;
// process.exit() in a worker ends the thread, not the process: say so, or the main thread would wait.
process.on('exit', () => {
  if (!finished) reply({ kind: 'failed', message: 'the worker exited' });
});

function handle(request: WorkerRequest): void {
  if (request.kind === 'lint') {
    if (fault === 'lint') throw new Error('injected failure');
    const results = request.units.map((unit) => {
      const result = lintTransferredUnit(unit, rules, request.settings);
      // A batch may hold a large group linted under many scenarios: the main thread knows this one is alive.
      beat();
      return result;
    });
    reply({ kind: 'linted', batch: request.batch, results });
    return;
  }
  // Parses go back a few at a time: a message costs far more than a small parse's data.
  let parses: Array<{ id: number; parse?: TransferredParse }> = [];
  let chars = 0;
  const flush = (): void => {
    if (parses.length > 0) reply({ kind: 'parsed', parses });
    parses = [];
    chars = 0;
  };
  for (const job of request.jobs) {
    if (fault === 'throw') throw new Error('injected failure');
    if (fault === 'exit') process.exit(3);
    const read = readTextFile(nodeFileSystem, job.path);
    if (!read.ok) parses.push({ id: job.id });
    else {
      parses.push({ id: job.id, parse: toTransferred(parseText(job.file, read.text)) });
      chars += read.text.length;
    }
    if (chars >= REPLY_CHARS || parses.length >= REPLY_FILES) flush();
  }
  flush();
}

port.on('message', (request: WorkerRequest) => {
  try {
    handle(request);
  } catch (error) {
    finished = true;
    reply({ kind: 'failed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    port.close();
  }
});
// The main thread closes the port when the run is done: the worker then ends by itself.
port.on('close', () => {
  finished = true;
});
