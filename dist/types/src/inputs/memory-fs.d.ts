import type { FileSystem } from './types.js';
export declare function memoryFileSystem(files: Record<string, string | Uint8Array>): FileSystem;
