/**
 * Node built-in modules that only some runs use, loaded on first use instead of when the bundle is
 * imported. A static `import … from 'node:crypto'` makes every run load it before reading any
 * input, and with it about twenty internal crypto modules and `node:stream`; `node:worker_threads`
 * and `node:os` likewise, though only `--jobs` (or a large input on many cores) starts workers.
 * A one-file run, as a pre-commit hook or an editor makes, should pay for what it uses (README
 * "Performance"; test/distribution/startup.test.ts checks that a plain run loads none of them).
 *
 * `createRequire` is the synchronous way for an ES module to load a built-in on demand (the rest of
 * the run is synchronous: lint() returns its report). The loader is named `load`, not `require`, so
 * that esbuild leaves the calls alone when it bundles this module.
 */
import { createRequire } from 'node:module';

const load = createRequire(import.meta.url);

/** `node:crypto`: fingerprints (src/engine/fingerprint.ts), shard weights, temporary file names. */
export function nodeCrypto(): typeof import('node:crypto') {
  return load('node:crypto') as typeof import('node:crypto');
}

/** `node:worker_threads`: the worker pool of `--jobs` (src/engine/worker-pool.ts). */
export function nodeWorkerThreads(): typeof import('node:worker_threads') {
  return load('node:worker_threads') as typeof import('node:worker_threads');
}

/** `node:os`: the number of cores, asked only when the run decides whether to start workers. */
export function nodeOs(): typeof import('node:os') {
  return load('node:os') as typeof import('node:os');
}
