/**
 * The launcher of the command (bin/cognito-iam-lint.js imports it, built as dist/launch.js, a small
 * module of its own): compiles the CLI bundle dist/cli.cjs with V8's code cache
 * (src/cli/code-cache.ts says why and where it is kept), runs it, and at exit saves what V8
 * compiled when there was no usable cache. A second run of the command skips most of the
 * compiling: about a fifth of a one-template run (README "Benchmark").
 *
 * The bundle is CommonJS because only a `vm.Script` takes a code cache on Node 20 (an ES module
 * would need `vm.SourceTextModule`, behind a flag). It is run as Node runs a CommonJS module: a
 * function of `exports`, `require`, `module`, `__filename` and `__dirname`.
 *
 * It also sets how V8 optimises the run (src/cli/v8-tuning.ts).
 */
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';
import { openCodeCache, type CodeCache } from './code-cache.js';
import { tuneV8 } from './v8-tuning.js';

/** What dist/cli.cjs exports (src/cli/entry.ts). */
interface CliModule {
  runProcess(): Promise<number>;
  writesCodeCache(): boolean;
}

export async function launch(): Promise<void> {
  // Before any of the bundle is compiled, and the same in every run: V8 keys its code cache to its
  // flags, and rejects a cache made under others.
  tuneV8();
  const file = fileURLToPath(new URL('./cli.cjs', import.meta.url));
  let source: string;
  let size: number;
  let mtimeMs: number;
  try {
    ({ size, mtimeMs } = statSync(file));
    source = readFileSync(file, 'utf8');
  } catch {
    process.stderr.write(
      'cognito-iam-lint: its code (dist/cli.cjs) is missing: reinstall the package (in a checkout, run `npm run build`).\n',
    );
    process.exitCode = 2;
    return;
  }
  const cache = cacheOf({ path: file, size, mtimeMs });
  // The wrapper starts on the bundle's first line, so positions in stack traces stay the bundle's.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    ...(cache?.data ? { cachedData: cache.data } : {}),
  });
  const module = { exports: {} as Partial<CliModule> };
  (script.runInThisContext() as (...args: unknown[]) => void).call(
    module.exports,
    module.exports,
    createRequire(file),
    module,
    file,
    dirname(file),
  );
  const cli = module.exports as CliModule;
  if (cache && (cache.data === undefined || script.cachedDataRejected === true)) {
    process.on('exit', (code) => {
      // Exit codes 0 and 1 are runs that linted to the end: they compiled what the next one needs.
      if (code !== 0 && code !== 1) return;
      try {
        if (cli.writesCodeCache()) cache.save(script.createCachedData());
      } catch {
        // Best effort (src/cli/code-cache.ts): the run's outcome is already decided.
      }
    });
  }
  process.exitCode = await cli.runProcess();
}

function cacheOf(source: { path: string; size: number; mtimeMs: number }): CodeCache | undefined {
  return openCodeCache(source, {
    env: process.env,
    platform: process.platform,
    home: process.env.HOME ?? process.env.USERPROFILE,
    uid: process.getuid?.(),
    nodeVersion: process.version,
    arch: process.arch,
  });
}
