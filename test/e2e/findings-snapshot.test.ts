/**
 * The reviewed findings snapshot (cfn-lint's test/fixtures/results habit): every finding the linter
 * reports on the real third-party corpus, one line each, compared as a whole. Any change to real-world
 * output shows up as a diff of test/fixtures/results/real-corpus.jsonl that a reviewer reads.
 *
 * Regenerate after an intended change with `npm run snapshot`, read the diff, and give every finding
 * at medium or above a reviewer's verdict in test/fixtures/results/verdicts.json (this test fails
 * for a finding without one, and for a verdict whose finding is gone).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/index.js';
import { lintPaths, REPO_ROOT } from '../rules/helpers.js';

export const CORPUS_DIRS = ['test/fixtures/corpus/real', 'test/fixtures/corpus/unseen'];
const SNAPSHOT = join(REPO_ROOT, 'test/fixtures/results/real-corpus.jsonl');
const VERDICTS = join(REPO_ROOT, 'test/fixtures/results/verdicts.json');
const REVIEWED = new Set(['critical', 'high', 'medium']);

/** One finding as the snapshot records it: what a reviewer judges, in a stable key order. */
function line(f: Finding): string {
  return JSON.stringify({
    file: f.file,
    line: f.range.start.line,
    column: f.range.start.column,
    rule: f.ruleId,
    severity: f.severity,
    resource: f.resource?.logicalId ?? null,
    message: f.message,
    fingerprint: f.fingerprint,
  });
}

interface Verdict {
  fingerprint: string;
  rule: string;
  file: string;
  line: number;
  verdict: 'keep' | 'dismiss';
  why: string;
}

describe('findings snapshot of the real corpus', () => {
  const report = lintPaths(CORPUS_DIRS);
  const actual = report.findings.map(line).join('\n') + '\n';

  it('matches the reviewed snapshot (npm run snapshot regenerates it)', () => {
    if (process.env.UPDATE_SNAPSHOT === '1') writeFileSync(SNAPSHOT, actual);
    const expected = readFileSync(SNAPSHOT, 'utf8');
    // Compared line by line so that a failure lists only the findings that changed.
    const want = new Set(expected.split('\n').filter(Boolean));
    const got = new Set(actual.split('\n').filter(Boolean));
    expect({ added: [...got].filter((l) => !want.has(l)), removed: [...want].filter((l) => !got.has(l)) }).toEqual({
      added: [],
      removed: [],
    });
    expect(actual).toBe(expected);
  });

  it('has a reviewer verdict for every finding at medium and above, and none for findings that are gone', () => {
    const verdicts = (JSON.parse(readFileSync(VERDICTS, 'utf8')) as { verdicts: Verdict[] }).verdicts;
    const byFingerprint = new Map(verdicts.map((v) => [`${v.fingerprint} ${v.rule} ${v.file}:${v.line}`, v]));
    const reviewed = report.findings
      .filter((f) => REVIEWED.has(f.severity))
      .map((f) => `${f.fingerprint} ${f.ruleId} ${f.file}:${f.range.start.line}`);
    expect(reviewed.filter((key) => !byFingerprint.has(key))).toEqual([]);
    const present = new Set(reviewed);
    expect([...byFingerprint.keys()].filter((key) => !present.has(key))).toEqual([]);
    for (const v of verdicts) {
      expect(['keep', 'dismiss']).toContain(v.verdict);
      expect(v.why.length).toBeGreaterThan(10);
    }
  });
});
