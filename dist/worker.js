// cognito-iam-lint: built by build/build.mjs from src/ and rules/; do not edit.
import { createRequire as __cilCreateRequire } from 'node:module';
const require = __cilCreateRequire(import.meta.url);
import {
  lintTransferredUnit,
  nodeFileSystem,
  parseText,
  readTextFile,
  rules,
  toTransferred
} from "./chunks/chunk-RKEA7363.js";
import "./chunks/chunk-SBWCWIWY.js";
import "./chunks/chunk-S6IGY6PS.js";

// src/cli/worker.ts
import { workerData } from "node:worker_threads";
var { port, signal } = workerData;
var REPLY_CHARS = 32 * 1024;
var REPLY_FILES = 16;
var fault = process.env.COGNITO_IAM_LINT_TEST_WORKER_FAULT;
function beat() {
  Atomics.add(signal, 0, 1);
  Atomics.notify(signal, 0);
}
function reply(message) {
  port.postMessage(message);
  beat();
}
var finished = false;
process.on("exit", () => {
  if (!finished) reply({ kind: "failed", message: "the worker exited" });
});
function handle(request) {
  if (request.kind === "lint") {
    if (fault === "lint") throw new Error("injected failure");
    const results = request.units.map((unit) => {
      const result = lintTransferredUnit(unit, rules, request.settings);
      beat();
      return result;
    });
    reply({ kind: "linted", batch: request.batch, results });
    return;
  }
  let parses = [];
  let chars = 0;
  const flush = () => {
    if (parses.length > 0) reply({ kind: "parsed", parses });
    parses = [];
    chars = 0;
  };
  for (const job of request.jobs) {
    if (fault === "throw") throw new Error("injected failure");
    if (fault === "exit") process.exit(3);
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
port.on("message", (request) => {
  try {
    handle(request);
  } catch (error) {
    finished = true;
    reply({ kind: "failed", message: error instanceof Error ? error.stack ?? error.message : String(error) });
    port.close();
  }
});
port.on("close", () => {
  finished = true;
});
