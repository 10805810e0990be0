// cognito-iam-lint: built by build/build.mjs from src/ and rules/; do not edit.
import { createRequire as __cilCreateRequire } from 'node:module';
const require = __cilCreateRequire(import.meta.url);
import {
  nodeFileSystem,
  parseText,
  readTextFile,
  toTransferred
} from "./chunks/chunk-M6TIPZE5.js";
import "./chunks/chunk-E426XDER.js";
import "./chunks/chunk-I26O3X7O.js";

// src/engine/parse-worker.ts
import { workerData } from "node:worker_threads";
var { port, signal } = workerData;
var fault = process.env.COGNITO_IAM_LINT_TEST_WORKER_FAULT;
function reply(message) {
  port.postMessage(message);
  Atomics.add(signal, 0, 1);
  Atomics.notify(signal, 0);
}
var finished = false;
process.on("exit", () => {
  if (!finished) reply({ kind: "failed", message: "the worker exited" });
});
port.on("message", (jobs) => {
  for (const job of jobs) {
    try {
      if (fault === "throw") throw new Error("injected failure");
      if (fault === "exit") process.exit(3);
      const read = readTextFile(nodeFileSystem, job.path);
      reply(
        read.ok ? { kind: "parsed", id: job.id, parse: toTransferred(parseText(job.file, read.text)) } : { kind: "unread", id: job.id }
      );
    } catch (error) {
      finished = true;
      reply({ kind: "failed", message: error instanceof Error ? error.stack ?? error.message : String(error) });
      port.close();
      return;
    }
  }
});
port.on("close", () => {
  finished = true;
});
