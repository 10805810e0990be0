/** `node:crypto`: fingerprints (src/engine/fingerprint.ts), shard weights, temporary file names. */
export declare function nodeCrypto(): typeof import('node:crypto');
/** `node:worker_threads`: the worker pool of `--jobs` (src/engine/worker-pool.ts). */
export declare function nodeWorkerThreads(): typeof import('node:worker_threads');
/** `node:os`: the number of cores, asked only when the run decides whether to start workers. */
export declare function nodeOs(): typeof import('node:os');
