#!/usr/bin/env node
/**
 * Benchmark: how fast cognito-iam-lint lints real corpora, next to the floor of only reading and
 * parsing the same files. See bench/README.md.
 *
 *   npm run bench                      build, then every case, 3 runs each
 *   node bench/run.js --repeat 5       more runs per measurement (the median is reported)
 *   node bench/run.js --only bulk,cdk  some cases only
 *
 * Every measurement runs in a fresh child process (`node bench/run.js --case <name> --mode
 * floor|lint`), so module caches, JIT state and the peak RSS belong to that case alone.
 */
import { spawnSync } from 'node:child_process';
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
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';

const SELF = fileURLToPath(import.meta.url);
const ROOT = resolve(dirname(SELF), '..');
/** The shared corpus sits next to the repository: <repo>/../shared/corpus. */
const CORPUS = resolve(ROOT, '..', 'shared', 'corpus');

/** `path` is relative to the corpus directory, which is also the working directory of a run. */
const CASES = [
  {
    name: 'bulk',
    path: 'bulk',
    cfnLint: ['bulk/**/*.yaml', 'bulk/**/*.yml', 'bulk/**/*.json', 'bulk/**/*.template'],
    what: 'CloudFormation/SAM templates from five open-source projects (cfn-lint, cfn_nag, checkov, SAM, aws-cloudformation-templates)',
  },
  {
    name: 'large-json',
    path: 'large/Big100.template.json',
    cfnLint: ['large/Big100.template.json'],
    what: 'one cdk synth template, 4,568 resources (ten times the 500-resource limit of a stack)',
  },
  {
    name: 'large-yaml-tenth',
    path: 'large/Big10.template.yaml',
    what: 'a tenth of it (458 resources), as YAML: how the time grows with the template (issue 11: at most 12× for ten times the resources)',
  },
  {
    name: 'large-yaml',
    path: 'large/Big100.template.yaml',
    cfnLint: ['large/Big100.template.yaml'],
    what: 'the same template as YAML',
  },
  {
    name: 'cdk',
    path: 'cdk',
    cfnLint: ['cdk/**/*.template.json'],
    what: 'eight real cdk.out cloud assemblies (stages, nested stacks, cross-stack references)',
  },
];

/**
 * lint: the serial run (`jobs: 1`); parallel: files parsed in one worker thread per available core
 * (`jobs: availableParallelism()`, src/engine/worker-pool.ts), forced whatever the input's size.
 */
const MODES = ['floor', 'lint', 'parallel'];

function argValue(argv, name) {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}

// ── child: one measurement ────────────────────────────────────────────────────────────────────

async function measure(caseName, mode) {
  const spec = CASES.find((c) => c.name === caseName);
  if (!spec) throw new Error(`unknown case ${caseName}`);
  const importStart = performance.now();
  // The floor only reads and parses the same files with the same parsers (yaml, JSON.parse);
  // lint loads the shipped bundle (dist/index.js) and lints.
  const api =
    mode === 'floor' ? await import('yaml') : await import(pathToFileURL(join(ROOT, 'dist', 'index.js')).href);
  const jobs = mode === 'parallel' ? availableParallelism() : 1;
  const importMs = performance.now() - importStart;

  const cpuStart = process.cpuUsage();
  const start = performance.now();
  let documents;
  let report;
  let templates;
  if (mode === 'floor') {
    documents = floor(api, resolve(CORPUS, spec.path));
    templates = documents.filter((d) => d.template).length;
  } else {
    let inputs;
    ({ inputs, report } = api.lint([spec.path], { fs: api.nodeFileSystem, cwd: CORPUS, jobs }));
    documents = inputs.documents.map((d) => ({ text: d.text, failed: d.syntaxErrors.length > 0 }));
    templates = inputs.dialects.cloudformation.length;
  }
  const wallMs = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);

  let bytes = 0;
  for (const doc of documents) bytes += Buffer.byteLength(doc.text, 'utf8');
  const byRule = {};
  for (const finding of report?.findings ?? []) byRule[finding.ruleId] = (byRule[finding.ruleId] ?? 0) + 1;
  return {
    case: caseName,
    mode,
    jobs,
    files: documents.length,
    templates,
    parseErrors: documents.filter((d) => d.failed).length,
    bytes,
    importMs,
    wallMs,
    // User + system CPU of the whole process during the call (GC threads included): less sensitive
    // than wall time to other processes competing for the CPUs.
    cpuMs: (cpu.user + cpu.system) / 1000,
    // Kilobytes on Linux and macOS (libuv normalises it): the peak of this whole process.
    maxRssBytes: process.resourceUsage().maxRSS * 1024,
    findings: report ? report.findings.length : null,
    byRule: report ? byRule : null,
  };
}

/** Read and parse every JSON/YAML file under `path` (or `path` itself), as the linter's walk would find them. */
function floor(yaml, path) {
  const files = statSync(path).isDirectory()
    ? readdirSync(path, { recursive: true })
        .map((f) => join(path, String(f)))
        .filter((f) => /\.(json|ya?ml|template)$/i.test(f) && statSync(f).isFile())
        .sort()
    : [path];
  return files.map((file) => {
    const text = readFileSync(file, 'utf8');
    let failed = false;
    let data;
    if (file.endsWith('.json')) {
      try {
        data = JSON.parse(text);
      } catch {
        failed = true;
      }
    } else {
      const doc = yaml.parseDocument(text, { uniqueKeys: false });
      failed = doc.errors.length > 0;
      data = failed ? undefined : doc.toJS({ maxAliasCount: -1 });
    }
    return { text, failed, template: typeof data === 'object' && data !== null && 'Resources' in data };
  });
}

// ── whole processes: one template, as a pre-commit hook or an editor runs the linter ──────────

/** The bundled example (22 KB of YAML): it ships with the repository, so this workload needs no corpus. */
const ONE_TEMPLATE = join(ROOT, 'examples', 'flawed', 'app.yaml');

/** Wall time of a whole process in ms (start-up included); its exit code is not judged. */
function timeProcess(command, args, cwd, env = process.env) {
  const start = performance.now();
  const child = spawnSync(command, args, { cwd, env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (child.error) throw child.error;
  return performance.now() - start;
}

function cfnLintVersion() {
  const child = spawnSync('cfn-lint', ['--version'], { encoding: 'utf8' });
  return child.error || child.status !== 0 ? undefined : child.stdout.trim().replace(/^cfn-lint\s*/, '');
}

function oneTemplate(repeat, withCfnLint) {
  const bytes = statSync(ONE_TEMPLATE).size;
  console.log('');
  console.log(
    `one: ${relative(ROOT, ONE_TEMPLATE)} (${num(bytes / 1000)} KB), a fresh process each time (node start-up included), the floor and the linter in turn, median of ${repeat}`,
  );
  /** The median wall time of `repeat` fresh processes. */
  const medianRun = (command, args, env) =>
    median(Array.from({ length: repeat }, () => timeProcess(command, args, ROOT, env)));
  // The command keeps V8's code cache between runs (src/cli/launch.ts): `lint` is a run with the
  // cache a previous run left (a private folder, primed once), as on every commit after the first;
  // `first run` is one with none (NODE_DISABLE_COMPILE_CACHE), as in a fresh CI container.
  const cacheDir = mkdtempSync(join(tmpdir(), 'cognito-iam-lint-bench-cache-'));
  const lintArgs = [join(ROOT, 'bin', 'cognito-iam-lint.js'), '--format', 'json', ONE_TEMPLATE];
  const cachedEnv = { ...process.env, COGNITO_IAM_LINT_CACHE_DIR: cacheDir };
  const uncachedEnv = { ...process.env, NODE_DISABLE_COMPILE_CACHE: '1' };
  timeProcess(process.execPath, lintArgs, ROOT, cachedEnv);
  // The floor and the linter take turns, so that a change in the machine's load (another job
  // starting) weighs on both alike and the ratio stays comparable.
  const floorRuns = [];
  const lintRuns = [];
  const firstRuns = [];
  for (let i = 0; i < repeat; i++) {
    floorRuns.push(timeProcess(process.execPath, [SELF, '--parse-only', ONE_TEMPLATE], ROOT));
    lintRuns.push(timeProcess(process.execPath, lintArgs, ROOT, cachedEnv));
    firstRuns.push(timeProcess(process.execPath, lintArgs, ROOT, uncachedEnv));
  }
  const floorMs = median(floorRuns);
  const lintMs = median(lintRuns);
  const firstMs = median(firstRuns);
  console.log(
    `  floor (node + yaml parse) ${num(floorMs)} ms; cognito-iam-lint ${num(lintMs)} ms: ${num(lintMs / floorMs, 2)}× the floor (code cache of an earlier run); without a code cache (a first run) ${num(firstMs)} ms: ${num(firstMs / floorMs, 2)}×`,
  );
  // What `--aws` adds at start-up: the SDK's chunks load, and every call is refused at once by a
  // closed local port (no network leaves the machine), so the time is start-up, not AWS.
  const awsEnv = {
    ...cachedEnv,
    AWS_ENDPOINT_URL: 'http://127.0.0.1:9',
    AWS_MAX_ATTEMPTS: '1',
    AWS_ACCESS_KEY_ID: 'bench',
    AWS_SECRET_ACCESS_KEY: 'bench',
    AWS_REGION: 'us-east-1',
  };
  const awsMs = medianRun(
    process.execPath,
    [join(ROOT, 'bin', 'cognito-iam-lint.js'), '--aws', '--format', 'json'],
    awsEnv,
  );
  console.log(
    `  cognito-iam-lint --aws, start-up only (SDK loaded, calls refused by a closed local port): ${num(awsMs)} ms`,
  );
  rmSync(cacheDir, { recursive: true, force: true });
  const result = { case: 'one', bytes, floorMs, lintMs, firstMs, awsMs, floorRuns, lintRuns, firstRuns };
  if (withCfnLint) {
    result.cfnLintMs = medianRun('cfn-lint', [ONE_TEMPLATE]);
    console.log(`  cfn-lint ${num(result.cfnLintMs)} ms: ${num(result.cfnLintMs / lintMs, 1)}× cognito-iam-lint`);
  }
  return result;
}

/**
 * A case linted by the command, `cognito-iam-lint --format json <path>`, as a CI job runs it, next to
 * the floor as a whole process, in turn (`repeat` of each; medians). Unlike `lint()` in the table,
 * this includes node's start-up, and the command's own settings: the code cache (primed once, in a
 * private folder) and the V8 flags it sets for a short run (src/cli/v8-tuning.ts), which a library
 * call leaves to its host.
 */
function commandRuns(spec, repeat) {
  const cacheDir = mkdtempSync(join(tmpdir(), 'cognito-iam-lint-bench-cache-'));
  const env = { ...process.env, COGNITO_IAM_LINT_CACHE_DIR: cacheDir };
  const args = [join(ROOT, 'bin', 'cognito-iam-lint.js'), '--format', 'json', spec.path];
  timeProcess(process.execPath, args, CORPUS, env);
  const floorRuns = [];
  const commandRuns = [];
  for (let i = 0; i < repeat; i++) {
    floorRuns.push(timeProcess(process.execPath, [SELF, '--parse-only', spec.path], CORPUS));
    commandRuns.push(timeProcess(process.execPath, args, CORPUS, env));
  }
  rmSync(cacheDir, { recursive: true, force: true });
  return { floorMs: median(floorRuns), commandMs: median(commandRuns), floorRuns, commandRuns };
}

// ── parent: spawn, collect, print ─────────────────────────────────────────────────────────────

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function runChild(caseName, mode) {
  const child = spawnSync(process.execPath, [SELF, '--case', caseName, '--mode', mode], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  if (child.status !== 0) {
    throw new Error(
      `case ${caseName} (${mode}) failed with exit ${child.status}${child.signal ? ` (${child.signal})` : ''}:\n${child.stderr}`,
    );
  }
  return JSON.parse(child.stdout.trim().split('\n').pop());
}

const num = (value, digits = 0) =>
  value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const MB = 1e6;

function row(label, r) {
  const seconds = r.wallMs / 1000;
  const cells = [
    label.padEnd(8),
    num(r.files).padStart(7),
    num(r.bytes / MB, 2).padStart(7),
    num(r.wallMs).padStart(9),
    num(r.cpuMs).padStart(8),
    num(r.files / seconds).padStart(9),
    num(r.bytes / MB / seconds, 2).padStart(8),
    num(r.maxRssBytes / MB).padStart(12),
    (r.findings === null ? '–' : num(r.findings)).padStart(9),
  ];
  return '  ' + cells.join(' ');
}

async function main() {
  const argv = process.argv.slice(2);
  const parseOnly = argValue(argv, '--parse-only');
  if (parseOnly !== undefined) {
    // The floor of a fresh process: start node, load the yaml package, read and parse one file.
    floor(await import('yaml'), resolve(parseOnly));
    return;
  }
  const caseName = argValue(argv, '--case');
  if (caseName !== undefined) {
    const result = await measure(caseName, argValue(argv, '--mode') ?? 'lint');
    process.stdout.write(JSON.stringify(result) + '\n');
    return;
  }

  const repeat = Math.max(1, Number(argValue(argv, '--repeat') ?? 3));
  const only = argValue(argv, '--only')?.split(',');
  const withCfnLint = !argv.includes('--no-cfn-lint') && cfnLintVersion() !== undefined;
  const cpu = cpus();
  console.log(
    `cognito-iam-lint benchmark: node ${process.version}, ${process.platform} ${process.arch}, ${cpu.length} CPU × ${cpu[0]?.model.trim() ?? '?'}, ${num(totalmem() / 2 ** 30, 1)} GiB RAM`,
  );
  console.log(
    `load average at start: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')} (${cpu.length} CPUs): wall times of a busy machine are not comparable.`,
  );
  console.log(
    withCfnLint
      ? `cfn-lint ${cfnLintVersion()} found: its time is shown for comparison.`
      : 'cfn-lint not found (pip install cfn-lint) or --no-cfn-lint: no comparison with it.',
  );
  const results = [];
  if (!only || only.includes('one')) results.push(oneTemplate(repeat, withCfnLint));

  if (!existsSync(CORPUS)) {
    console.log(
      `benchmark corpus not found at ${CORPUS}; the benchmark needs ../shared/corpus (next to the repository).`,
    );
    return;
  }
  if (!existsSync(join(ROOT, 'dist', 'index.js'))) {
    console.error('dist/ not found: run `npm run build` first (`npm run bench` does).');
    process.exitCode = 1;
    return;
  }

  const cases = CASES.filter((c) => !only || only.includes(c.name));

  console.log('');
  console.log(`corpus ${CORPUS}; ${repeat} run(s) per measurement, each in a fresh process; medians shown.`);
  console.log(
    "floor = read + parse every JSON/YAML file of the case with JSON.parse and the yaml package (no linter code); lint = the shipped bundle's lint().",
  );
  console.log(
    "wall, cpu = the floor's reading and parsing or the lint() call only, not node start-up or module loading; cpu = user + system time of the process.",
  );

  const summaries = {};
  for (const spec of cases) {
    const target = join(CORPUS, spec.path);
    console.log('');
    console.log(`${spec.name}: ${relative(ROOT, target)} (${spec.what})`);
    if (!existsSync(target)) {
      console.log(`  skipped: ${target} not found`);
      continue;
    }
    console.log('           files      MB   wall ms  cpu ms   files/s     MB/s  peak RSS MB  findings');
    const summary = {};
    for (const mode of MODES) {
      const runs = [];
      for (let i = 0; i < repeat; i++) runs.push(runChild(spec.name, mode));
      const first = runs[0];
      const med = {
        ...first,
        wallMs: median(runs.map((r) => r.wallMs)),
        cpuMs: median(runs.map((r) => r.cpuMs)),
        importMs: median(runs.map((r) => r.importMs)),
        maxRssBytes: median(runs.map((r) => r.maxRssBytes)),
        runs: runs.map((r) => ({ wallMs: r.wallMs, cpuMs: r.cpuMs, importMs: r.importMs, maxRssBytes: r.maxRssBytes })),
      };
      summary[mode] = med;
      results.push(med);
      console.log(row(mode, med));
    }
    summaries[spec.name] = summary;
    const { floor, lint, parallel } = summary;
    console.log(
      `  lint/floor: ${num(lint.wallMs / floor.wallMs, 2)}× the wall time, ${num(lint.cpuMs / floor.cpuMs, 2)}× the CPU time, ${num((lint.maxRssBytes - floor.maxRssBytes) / MB)} MB more peak RSS;` +
        ` module load ${num(floor.importMs)} ms (floor) / ${num(lint.importMs)} ms (lint); ${num(lint.templates)} templates, ${num(lint.parseErrors)} with parse errors`,
    );
    // The same report either way (test/cli/jobs.e2e.test.ts): a difference here is a bug, not noise.
    const same = parallel.findings === lint.findings && JSON.stringify(parallel.byRule) === JSON.stringify(lint.byRule);
    console.log(
      `  parallel (jobs ${parallel.jobs}) vs serial: speed-up ${num(lint.wallMs / parallel.wallMs, 2)}× (${num(parallel.wallMs)} ms vs ${num(lint.wallMs)} ms wall; below 1× is slower), ${num(parallel.cpuMs / lint.cpuMs, 2)}× the CPU time, ${num((parallel.maxRssBytes - lint.maxRssBytes) / MB)} MB more peak RSS${same ? '' : '; FINDINGS DIFFER'}`,
    );
    const command = commandRuns(spec, repeat);
    summary.command = command;
    results.push({ case: spec.name, mode: 'command', ...command });
    console.log(
      `  the command as CI runs it, a whole process (node start-up, the code cache, its V8 tuning, the JSON report): ${num(command.commandMs)} ms; the floor as a whole process (node, the yaml package, read and parse): ${num(command.floorMs)} ms; ${num(command.commandMs / command.floorMs, 2)}× the floor`,
    );
    if (withCfnLint && spec.cfnLint) {
      const seconds = timeProcess('cfn-lint', spec.cfnLint, CORPUS) / 1000;
      console.log(
        `  cfn-lint on the same templates (${spec.cfnLint.join(' ')}): ${num(seconds, 2)} s for the whole process, ${num((seconds * 1000) / lint.wallMs, 1)}× our lint() call`,
      );
      results.push({ case: spec.name, mode: 'cfn-lint', wallMs: seconds * 1000 });
    }
    if (lint.byRule && Object.keys(lint.byRule).length > 0) {
      const rules = Object.entries(lint.byRule).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
      console.log(`  findings by rule: ${rules.map(([id, n]) => `${id} ${num(n)}`).join(', ')}`);
    }
  }

  const [tenth, whole] = [summaries['large-yaml-tenth']?.lint, summaries['large-yaml']?.lint];
  if (tenth && whole) {
    console.log('');
    console.log(
      `large-yaml vs large-yaml-tenth (ten times the resources): ${num(whole.wallMs / tenth.wallMs, 1)}× the wall time, ${num(whole.cpuMs / tenth.cpuMs, 1)}× the CPU time (linear: 10×; the issue's bound: 12×)`,
    );
  }

  // Raw numbers for comparing runs (bench/results/ is git-ignored).
  const dir = join(ROOT, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(
    file,
    JSON.stringify(
      {
        node: process.version,
        platform: `${process.platform} ${process.arch}`,
        cpus: cpu.length,
        loadavg: loadavg(),
        repeat,
        results,
      },
      null,
      2,
    ) + '\n',
  );
  console.log('');
  console.log(`raw results: ${relative(ROOT, file)}`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
