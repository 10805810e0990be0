/**
 * The worker of src/engine/parse-pool.ts (bundled as dist/worker.js): reads and parses the files
 * it is sent, in the order sent, and sends each parse back as plain data. It reads the file
 * itself (the main thread reads it too, in its own order, for its read budget and its checks) so
 * that nothing but paths crosses to it; the main thread uses a parse only for the very text it read.
 */
import { workerData } from 'node:worker_threads';
import { readTextFile } from '../inputs/files.js';
import { nodeFileSystem } from '../inputs/node-fs.js';
import { parseText } from '../parsers/index.js';
import { toTransferred } from '../parsers/transferred.js';
import type { ParseJob, ParseReply, WorkerData } from './parse-pool.js';

const { port, signal } = workerData as WorkerData;
/** A seam for the tests of a failing worker (test/cli/jobs.e2e.test.ts): `throw` or `exit` at the first file. */
const fault = process.env.COGNITO_IAM_LINT_TEST_WORKER_FAULT;

function reply(message: ParseReply): void {
  port.postMessage(message);
  // Wakes the main thread, which waits on this counter (Atomics.wait) rather than on an event loop.
  Atomics.add(signal, 0, 1);
  Atomics.notify(signal, 0);
}

let finished = false;
// process.exit() in a worker ends the thread, not the process: say so, or the main thread would wait.
process.on('exit', () => {
  if (!finished) reply({ kind: 'failed', message: 'the worker exited' });
});

port.on('message', (jobs: ParseJob[]) => {
  for (const job of jobs) {
    try {
      if (fault === 'throw') throw new Error('injected failure');
      if (fault === 'exit') process.exit(3);
      const read = readTextFile(nodeFileSystem, job.path);
      reply(
        read.ok
          ? { kind: 'parsed', id: job.id, parse: toTransferred(parseText(job.file, read.text)) }
          : { kind: 'unread', id: job.id },
      );
    } catch (error) {
      finished = true;
      reply({ kind: 'failed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
      port.close();
      return;
    }
  }
});
// The main thread closes the port when the load is done: the worker then ends by itself.
port.on('close', () => {
  finished = true;
});
