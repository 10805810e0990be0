/**
 * Linting in-memory projects through the real pipeline (parse → model → rules → findings) for
 * the engine tests. Only the rules in PINNED are run, so that rules added later do not change
 * what these tests see; every other rule ID is still known (suppressions may name them).
 */
import type { Config } from '../../src/config/types.js';
import { lint, rules, type LintReport } from '../../src/index.js';
import { memoryFileSystem } from '../../src/inputs/memory-fs.js';

export const PINNED = ['input/parse-error', 'trust/missing-aud', 'trust/missing-amr'];

export const NOW = new Date('2026-03-15T12:00:00Z');

/** Lint `files` (paths relative to /proj) with the pinned rules; every path is linted unless `paths` says otherwise. */
export function lintFiles(
  files: Record<string, string>,
  options: { config?: Config; now?: Date; paths?: string[] } = {},
): LintReport {
  const fs = memoryFileSystem(Object.fromEntries(Object.entries(files).map(([path, text]) => [`/proj/${path}`, text])));
  const off = Object.fromEntries(
    rules
      .map((r) => r.meta.id)
      .filter((id) => !PINNED.includes(id))
      .map((id) => [id, 'off' as const]),
  );
  const config: Config = { ...options.config, rules: { ...off, ...options.config?.rules } };
  return lint(options.paths ?? ['.'], { fs, cwd: '/proj', config, now: options.now ?? NOW }).report;
}

/** `ruleId resource` → fingerprint, for comparing two runs. Fails on two findings with one key. */
export function fingerprints(report: LintReport): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of report.findings) {
    const key = `${f.ruleId} ${f.resource?.logicalId ?? '-'}`;
    if (key in out) throw new Error(`two findings of ${key}: the test template is ambiguous`);
    out[key] = f.fingerprint;
  }
  return out;
}
