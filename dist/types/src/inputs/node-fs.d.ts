import type { FileSystem } from './types.js';
export declare const nodeFileSystem: FileSystem;
/**
 * Standard input, read up to `maxBytes` like a file (700 MB piped in is refused, not an out-of-memory
 * error). Throws an `EFBIG` error past the bound.
 */
export declare function readStdinBounded(maxBytes: number): string;
