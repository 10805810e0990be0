import type { FileSystem } from './types.js';
export declare const nodeFileSystem: FileSystem;
/**
 * Standard input, read up to `maxBytes` like a file (700 MB piped in is refused, not an out-of-memory
 * error), to its end and in order even when it is non-blocking. Throws an `EFBIG` error past the
 * bound. The bytes, not text: the loader decodes them as it decodes files (a BOM may say UTF-16).
 */
export declare function readStdinBounded(maxBytes: number): Uint8Array;
