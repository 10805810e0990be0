#!/usr/bin/env node
/**
 * The build: what ships, made from the sources deterministically.
 *
 *   node build/build.mjs           write src/generated/ and dist/
 *   node build/build.mjs --check   build into a temporary folder and compare, byte for byte, with
 *                                  the committed src/generated/ and dist/ (exit 1 naming every
 *                                  difference): the test suite runs this, so what a user installs
 *                                  from git is what the sources say
 *
 * What it makes (see "Distribution" in README.md for why the output is committed):
 * - src/generated/: the JSON Schemas compiled to validation code (build/validators.mjs), and the
 *   HTML report's browser script bundled with its layout library (build/html-viewer.mjs);
 * - dist/data/: the action catalogue and AWS managed policies in compact form (build/data.mjs);
 * - dist/index.js and dist/chunks/: the API as ES modules with every dependency bundled (esbuild),
 *   so an install needs no dependencies and no build step; dist/worker.js: the worker thread of
 *   `--jobs`;
 * - dist/launch.js, dist/cli.cjs and dist/aws.cjs: the command, bundled the same way: the launcher
 *   compiles the CommonJS bundle with V8's code cache (src/cli/launch.ts), and the `--aws` reader
 *   with the AWS SDK is a file of its own;
 * - dist/types/: declarations of the API (tsc);
 * - dist/THIRD-PARTY-LICENSES.txt: the licences of the bundled packages.
 */
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIamCatalog, buildManagedPolicies } from './data.mjs';
import { buildHtmlViewer, VIEWER_PACKAGES } from './html-viewer.mjs';
import { generateValidators } from './validators.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
/** The committed outputs, relative to the root. */
const OUTPUTS = ['src/generated', 'dist'];

async function build(out) {
  for (const dir of OUTPUTS) rmSync(join(out, dir), { recursive: true, force: true });

  const generated = join(out, 'src', 'generated');
  mkdirSync(generated, { recursive: true });
  for (const [name, text] of Object.entries(generateValidators(ROOT))) writeFileSync(join(generated, name), text);
  // The HTML report's browser script, with its layout library, as a string the report inlines.
  for (const [name, text] of Object.entries(await buildHtmlViewer(ROOT))) writeFileSync(join(generated, name), text);

  const dataDir = join(out, 'dist', 'data');
  await buildIamCatalog(dataDir);
  buildManagedPolicies(dataDir);

  // The bundle is made from the committed src/generated/ (a check that finds the generated files
  // differ fails on them), with paths relative to the root, so a build anywhere is the same bytes.
  const esbuild = await import('esbuild');
  const common = {
    absWorkingDir: ROOT,
    bundle: true,
    platform: 'node',
    // Packages' ES module builds (jsonc-parser's CommonJS entry is a UMD wrapper esbuild cannot follow).
    mainFields: ['module', 'main'],
    // A checkout whose node_modules is a symbolic link (a git worktree sharing one) must build the
    // same bytes: module paths stay `node_modules/…` instead of the link's target.
    preserveSymlinks: true,
    target: 'node20',
    outdir: join(out, 'dist'),
    // Whitespace and comments dropped: every run compiles the code it loads, and a one-file run
    // compiles about a third less code (README "Benchmark"). Names are kept (no identifier or
    // syntax minification), so the stack trace of an internal error still names real functions.
    minifyWhitespace: true,
    sourcemap: false,
    legalComments: 'none',
    metafile: true,
    logLevel: 'warning',
  };
  const esmBanner = [
    '// cognito-iam-lint: built by build/build.mjs from src/ and rules/; do not edit.',
    // Bundled CommonJS packages (yaml's Node build) `require` Node's built-ins, which an ES
    // module has no `require` for: give them one.
    "import { createRequire as __cilCreateRequire } from 'node:module';",
    'const require = __cilCreateRequire(import.meta.url);',
  ].join('\n');
  // The API (index) and the worker thread of --jobs (src/engine/worker-pool.ts) as ES modules
  // sharing chunks.
  const api = await esbuild.build({
    ...common,
    entryPoints: { index: 'src/index.ts', worker: 'src/cli/worker.ts' },
    splitting: true,
    format: 'esm',
    chunkNames: 'chunks/[name]-[hash]',
    banner: { js: esmBanner },
  });
  // The launcher the command starts with: small and self-contained, it loads no chunk.
  const launcher = await esbuild.build({
    ...common,
    entryPoints: { launch: 'src/cli/launch.ts' },
    format: 'esm',
    banner: { js: '// cognito-iam-lint: built by build/build.mjs from src/; do not edit.' },
  });
  // The command as CommonJS, which the launcher compiles with V8's code cache (src/cli/launch.ts
  // says why), and the `--aws` reader with the AWS SDK in a file of its own, required only by a
  // run with --aws (esbuild turns `import()` into `require` where dynamic import is "unsupported").
  const cjs = {
    ...common,
    format: 'cjs',
    outExtension: { '.js': '.cjs' },
    supported: { 'dynamic-import': false },
    define: { 'import.meta.url': '__cilModuleUrl' },
    banner: {
      js: [
        '// cognito-iam-lint: built by build/build.mjs from src/ and rules/; do not edit.',
        "const __cilModuleUrl = require('node:url').pathToFileURL(__filename).href;",
      ].join('\n'),
    },
  };
  const awsReaderApart = {
    name: 'aws-reader-apart',
    setup(build) {
      build.onResolve({ filter: /\/aws\/read\.js$/ }, () => ({ path: './aws.cjs', external: true }));
    },
  };
  const command = await esbuild.build({ ...cjs, entryPoints: { cli: 'src/cli/entry.ts' }, plugins: [awsReaderApart] });
  const awsReader = await esbuild.build({ ...cjs, entryPoints: { aws: 'src/aws/read.ts' } });
  const metafile = { inputs: {} };
  for (const result of [api, launcher, command, awsReader]) Object.assign(metafile.inputs, result.metafile.inputs);
  writeFileSync(join(out, 'dist', 'THIRD-PARTY-LICENSES.txt'), thirdPartyLicenses(metafile));

  // Declarations of the API only; tsc resolves the generated validators' .d.ts from src/generated.
  execFileSync(
    process.execPath,
    [
      require.resolve('typescript/bin/tsc'),
      '-p',
      join(ROOT, 'tsconfig.build.json'),
      '--emitDeclarationOnly',
      '--declarationMap',
      'false',
      '--outDir',
      join(out, 'dist', 'types'),
    ],
    {
      cwd: ROOT,
      stdio: 'inherit',
    },
  );
}

/** Every bundled package's licence, in package order: the bundle carries their code. */
function thirdPartyLicenses(metafile) {
  // The HTML viewer's packages are in the bundle as the text of a generated module.
  const packages = new Set(VIEWER_PACKAGES);
  for (const input of Object.keys(metafile.inputs)) {
    const match = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (match) packages.add(match[1]);
  }
  const sections = [...packages].sort().map((name) => {
    const dir = join(ROOT, 'node_modules', name);
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    const licenceFile = readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f));
    const text = licenceFile ? readFileSync(join(dir, licenceFile), 'utf8').trim() : `License: ${pkg.license}`;
    return `${name}@${pkg.version} (${pkg.license})\n\n${text}\n`;
  });
  return `cognito-iam-lint bundles the following packages in dist/.\n\n${sections.join(`\n${'-'.repeat(78)}\n\n`)}`;
}

function filesUnder(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true })
    .map((f) => join(dir, String(f)))
    .filter((f) => statSync(f).isFile())
    .sort();
}

async function check() {
  const out = mkdtempSync(join(tmpdir(), 'cognito-iam-lint-build-'));
  try {
    await build(out);
    const differences = [];
    for (const dir of OUTPUTS) {
      const built = new Set(filesUnder(join(out, dir)).map((f) => relative(out, f)));
      const committed = new Set(filesUnder(join(ROOT, dir)).map((f) => relative(ROOT, f)));
      for (const f of built) {
        if (!committed.has(f)) differences.push(`${f}: not committed`);
        else if (!readFileSync(join(out, f)).equals(readFileSync(join(ROOT, f)))) differences.push(`${f}: differs`);
      }
      for (const f of committed) if (!built.has(f)) differences.push(`${f}: not made by the build`);
    }
    if (differences.length > 0) {
      console.error(
        `The committed build differs from a fresh build (run \`npm run build\` and commit):\n  ${differences.join('\n  ')}`,
      );
      process.exitCode = 1;
    } else {
      console.log('The committed build is what a fresh build makes.');
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

if (process.argv.includes('--check')) await check();
else await build(ROOT);
