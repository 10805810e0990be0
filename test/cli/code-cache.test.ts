/**
 * The code cache's folder and its safety checks (src/cli/code-cache.ts): a cache is code the
 * process runs, so it is read only from a folder and a file of the user's own that no one else can
 * write. The launcher's use of it, end to end, is test/distribution/code-cache.test.ts.
 */
import {
  chmodSync,
  chownSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { codeCacheDirectory, openCodeCache, type CodeCacheEnvironment } from '../../src/cli/code-cache.js';

const work = mkdtempSync(join(tmpdir(), 'cil-code-cache-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const uid = process.getuid?.();

function environment(overrides: Partial<CodeCacheEnvironment> = {}): CodeCacheEnvironment {
  return {
    env: {},
    platform: 'linux',
    home: '/home/dev',
    uid,
    nodeVersion: 'v20.20.2',
    arch: 'x64',
    ...overrides,
  };
}

const SOURCE = { path: '/pkg/dist/cli.cjs', size: 1234, mtimeMs: 1700000000000.5 };

describe('codeCacheDirectory', () => {
  it('is the platform’s per-user cache folder', () => {
    expect(codeCacheDirectory(environment())).toBe('/home/dev/.cache/cognito-iam-lint');
    expect(codeCacheDirectory(environment({ env: { XDG_CACHE_HOME: '/xdg' } }))).toBe('/xdg/cognito-iam-lint');
    expect(codeCacheDirectory(environment({ platform: 'darwin' }))).toBe('/home/dev/Library/Caches/cognito-iam-lint');
    expect(
      codeCacheDirectory(environment({ platform: 'win32', env: { LOCALAPPDATA: 'C:\\Users\\dev\\AppData\\Local' } })),
    ).toBe(join('C:\\Users\\dev\\AppData\\Local', 'cognito-iam-lint'));
  });

  it('is the folder COGNITO_IAM_LINT_CACHE_DIR names', () => {
    expect(codeCacheDirectory(environment({ env: { COGNITO_IAM_LINT_CACHE_DIR: '/ci/cache' } }))).toBe('/ci/cache');
  });

  it('is none with NODE_DISABLE_COMPILE_CACHE, or when no per-user folder is known', () => {
    expect(codeCacheDirectory(environment({ env: { NODE_DISABLE_COMPILE_CACHE: '1' } }))).toBeUndefined();
    expect(
      codeCacheDirectory(environment({ env: { NODE_DISABLE_COMPILE_CACHE: '1', COGNITO_IAM_LINT_CACHE_DIR: '/c' } })),
    ).toBeUndefined();
    // Node's switch is off when 0 or empty.
    expect(codeCacheDirectory(environment({ env: { NODE_DISABLE_COMPILE_CACHE: '0' } }))).toBe(
      '/home/dev/.cache/cognito-iam-lint',
    );
    expect(codeCacheDirectory(environment({ home: undefined }))).toBeUndefined();
    expect(codeCacheDirectory(environment({ platform: 'win32' }))).toBeUndefined();
  });
});

describe('openCodeCache', () => {
  const cacheIn = (dir: string) => openCodeCache(SOURCE, environment({ env: { COGNITO_IAM_LINT_CACHE_DIR: dir } }));

  it('creates a private folder, saves, and reads back what it saved', () => {
    const dir = join(work, 'fresh', 'nested');
    const first = cacheIn(dir)!;
    expect(first.data).toBeUndefined();
    if (uid !== undefined) expect(lstatSync(dir).mode & 0o777).toBe(0o700);
    first.save(Buffer.from('compiled'));
    // One file, named after the bundle, its size and time, and the Node build; no temporary left.
    expect(readdirSync(dir)).toEqual(['cli.cjs-1234-1700000000000-v20.20.2-x64.v8-code-cache']);
    if (uid !== undefined) expect(lstatSync(join(dir, readdirSync(dir)[0]!)).mode & 0o777).toBe(0o600);
    expect(cacheIn(dir)!.data?.toString()).toBe('compiled');
    // Another build of the bundle, or another Node, has a cache of its own.
    const other = openCodeCache({ ...SOURCE, size: 999 }, environment({ env: { COGNITO_IAM_LINT_CACHE_DIR: dir } }))!;
    expect(other.data).toBeUndefined();
    expect(
      openCodeCache(SOURCE, environment({ env: { COGNITO_IAM_LINT_CACHE_DIR: dir }, nodeVersion: 'v22.1.0' }))!.data,
    ).toBeUndefined();
  });

  it('keeps the eight most recent caches of the folder', () => {
    const dir = join(work, 'many');
    for (let size = 1; size <= 10; size++) {
      const cache = openCodeCache({ ...SOURCE, size }, environment({ env: { COGNITO_IAM_LINT_CACHE_DIR: dir } }))!;
      cache.save(Buffer.from(String(size)));
    }
    expect(readdirSync(dir).filter((f) => f.endsWith('.v8-code-cache'))).toHaveLength(8);
  });

  it.runIf(uid !== undefined)('refuses a folder others may write, or a symbolic link to one', () => {
    const shared = join(work, 'shared');
    mkdirSync(shared);
    chmodSync(shared, 0o777);
    expect(cacheIn(shared)).toBeUndefined();
    const link = join(work, 'link');
    const target = join(work, 'target');
    mkdirSync(target, { mode: 0o700 });
    symlinkSync(target, link);
    expect(cacheIn(link)).toBeUndefined();
    // Nothing was written in either.
    expect(readdirSync(shared)).toEqual([]);
    expect(readdirSync(target)).toEqual([]);
  });

  it.runIf(uid !== undefined)('does not read a cache file others may write, or one that is a link', () => {
    const dir = join(work, 'files');
    const cache = cacheIn(dir)!;
    cache.save(Buffer.from('mine'));
    const file = join(dir, readdirSync(dir)[0]!);
    chmodSync(file, 0o666);
    expect(cacheIn(dir)!.data).toBeUndefined();
    chmodSync(file, 0o600);
    expect(cacheIn(dir)!.data?.toString()).toBe('mine');
    rmSync(file);
    const elsewhere = join(work, 'elsewhere.bin');
    writeFileSync(elsewhere, 'planted', { mode: 0o600 });
    symlinkSync(elsewhere, file);
    expect(cacheIn(dir)!.data).toBeUndefined();
  });

  it.runIf(uid === 0)('does not read a cache file, or use a folder, owned by another user', () => {
    const dir = join(work, 'owned');
    const cache = cacheIn(dir)!;
    cache.save(Buffer.from('mine'));
    const file = join(dir, readdirSync(dir)[0]!);
    chownSync(file, 4242, 4242);
    expect(cacheIn(dir)!.data).toBeUndefined();
    chownSync(dir, 4242, 4242);
    expect(cacheIn(dir)).toBeUndefined();
  });

  it('is none where the folder cannot be made (a file is in the way)', () => {
    const blocked = join(work, 'blocked');
    writeFileSync(blocked, '');
    expect(cacheIn(join(blocked, 'cache'))).toBeUndefined();
    expect(cacheIn(blocked)).toBeUndefined();
  });
});
