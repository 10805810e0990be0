export interface CodeCacheEnvironment {
    env: Readonly<Record<string, string | undefined>>;
    platform: NodeJS.Platform;
    /** The user's home folder (`$HOME`, `%USERPROFILE%`); undefined when unknown. */
    home: string | undefined;
    /** The process's user ID; undefined where there is none (Windows). */
    uid: number | undefined;
    /** `process.version` and `process.arch`: a cache is V8's data for one Node build. */
    nodeVersion: string;
    arch: string;
}
/** The folder the cache lives in, or undefined when caching is off or no per-user folder is known. */
export declare function codeCacheDirectory(environment: CodeCacheEnvironment): string | undefined;
/** The cache of one compiled source: what was saved before (if usable) and how to save anew. */
export interface CodeCache {
    /** The saved data, undefined when there is none (or it is not safe to read). */
    readonly data: Buffer | undefined;
    /** Saves `data` for the next run (atomically; failures are ignored). */
    save(data: Buffer): void;
}
/**
 * The cache for `source` (the bundle's path) with its size and modification time, which name the
 * file: a new build or another installed version gets a cache of its own. Undefined when caching
 * is off or the folder is not safe to use.
 */
export declare function openCodeCache(source: {
    path: string;
    size: number;
    mtimeMs: number;
}, environment: CodeCacheEnvironment): CodeCache | undefined;
