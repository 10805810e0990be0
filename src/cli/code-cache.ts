/**
 * V8's code cache for the command's bundle (dist/cli.cjs), kept per user between runs.
 *
 * Most of a one-template run that is not Node's own start-up is V8 compiling our code: parsing the
 * bundle as it loads and compiling each function on its first call (README "Benchmark"). V8 can
 * save what it compiled (`vm.Script#createCachedData`) and take it back in the next process
 * (`cachedData`), which then skips that work. Node 22.1 does this itself for modules
 * (`module.enableCompileCache`); Node 20, which this package supports, has nothing of the kind for
 * ES modules, so the launcher (src/cli/launch.ts) compiles the CommonJS bundle as a `vm.Script` and
 * keeps the cache here.
 *
 * A cache is code this process will run, so it is only read from a place no one else can write:
 * a directory of the user's own, not a symbolic link, that neither group nor others may write
 * (the launcher creates it with mode 0700), holding a regular file of the user's. V8 itself
 * rejects data made by another V8 version, other flags or another source, and the launcher then
 * compiles as usual and writes a fresh cache. Everything here is best effort: whatever fails, the
 * run goes on uncached, and nothing is ever reported.
 *
 * Where: `COGNITO_IAM_LINT_CACHE_DIR`, else the platform's per-user cache folder
 * (`$XDG_CACHE_HOME` or `~/.cache` on Linux, `~/Library/Caches` on macOS, `%LOCALAPPDATA%` on
 * Windows) + `cognito-iam-lint`. `NODE_DISABLE_COMPILE_CACHE=1`, Node's own switch for its
 * compile cache, turns this one off too.
 */
import {
  closeSync,
  lstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { basename, join } from 'node:path';

/** What a cache may weigh: the bundle's cache is about 1.5 MB; a larger file is not ours. */
const MAX_CACHE_BYTES = 64 * 1024 * 1024;
/** Cache files kept in the folder (one per bundle and Node version in use), oldest removed first. */
const MAX_CACHE_FILES = 8;
const SUFFIX = '.v8-code-cache';

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
export function codeCacheDirectory(environment: CodeCacheEnvironment): string | undefined {
  const { env, platform, home } = environment;
  if (isSet(env.NODE_DISABLE_COMPILE_CACHE)) return undefined;
  const chosen = env.COGNITO_IAM_LINT_CACHE_DIR;
  if (chosen !== undefined && chosen !== '') return chosen;
  let base: string | undefined;
  if (platform === 'win32') base = nonEmpty(env.LOCALAPPDATA);
  else if (platform === 'darwin') base = home === undefined ? undefined : join(home, 'Library', 'Caches');
  else base = nonEmpty(env.XDG_CACHE_HOME) ?? (home === undefined ? undefined : join(home, '.cache'));
  return base === undefined ? undefined : join(base, 'cognito-iam-lint');
}

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
export function openCodeCache(
  source: { path: string; size: number; mtimeMs: number },
  environment: CodeCacheEnvironment,
): CodeCache | undefined {
  const dir = codeCacheDirectory(environment);
  if (dir === undefined) return undefined;
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
  } catch {
    return undefined;
  }
  if (!isPrivate(dir, 'directory', environment.uid)) return undefined;
  const name = [
    basename(source.path),
    source.size,
    Math.trunc(source.mtimeMs),
    environment.nodeVersion,
    environment.arch,
  ].join('-');
  const file = join(dir, safeName(name) + SUFFIX);
  return {
    data: readPrivate(file, environment.uid),
    save: (data) => save(dir, file, data),
  };
}

function readPrivate(file: string, uid: number | undefined): Buffer | undefined {
  if (!isPrivate(file, 'file', uid)) return undefined;
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/**
 * Is `path` a directory (or regular file) of this user that no one else may write? `lstat`, so a
 * symbolic link is refused rather than followed.
 */
function isPrivate(path: string, kind: 'directory' | 'file', uid: number | undefined): boolean {
  try {
    const stat = lstatSync(path);
    if (kind === 'directory' ? !stat.isDirectory() : !stat.isFile() || stat.size > MAX_CACHE_BYTES) return false;
    // Windows has neither user IDs nor these mode bits; the per-user folder is the user's there.
    if (uid === undefined) return true;
    return stat.uid === uid && (stat.mode & 0o022) === 0;
  } catch {
    return false;
  }
}

/** Writes a temporary file, then renames it over the cache: a run never reads half a cache. */
function save(dir: string, file: string, data: Buffer): void {
  const temp = `${file}.${process.pid}.tmp`;
  try {
    const fd = openSync(temp, 'wx', 0o600);
    try {
      writeSync(fd, data);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, file);
    prune(dir);
  } catch {
    rmSync(temp, { force: true });
  }
}

/** Keeps the MAX_CACHE_FILES most recently written caches of the folder. */
function prune(dir: string): void {
  const caches = readdirSync(dir)
    .filter((name) => name.endsWith(SUFFIX))
    .map((name) => ({ path: join(dir, name), mtimeMs: lstatSync(join(dir, name)).mtimeMs }))
    .sort((a, b) => b.mtimeMs - a.mtimeMs);
  for (const old of caches.slice(MAX_CACHE_FILES)) rmSync(old.path, { force: true });
}

function safeName(name: string): string {
  return name.replace(/[^A-Za-z0-9._-]/g, '_');
}

function isSet(value: string | undefined): boolean {
  return value !== undefined && value !== '' && value !== '0' && value.toLowerCase() !== 'false';
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value;
}
