#!/usr/bin/env node
/**
 * Precision on real templates: lints the real third-party corpus the way a user would and counts,
 * per part of the corpus, the findings at medium and above and how many of them a reviewer kept
 * (test/fixtures/results/verdicts.json). Prints the Markdown table the README carries.
 *
 *   npm run precision        build, lint, print the table
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'dist');
const PARTS = [
  { name: 'Cognito templates seen while building the rules', prefix: 'test/fixtures/corpus/real/cognito/' },
  { name: 'IAM policy documents seen while building the rules', prefix: 'test/fixtures/corpus/real/policies/' },
  { name: 'templates nobody had seen (issue 9, 25 repositories)', prefix: 'test/fixtures/corpus/unseen/' },
];
const REVIEWED = new Set(['critical', 'high', 'medium']);

const { lint, nodeFileSystem } = await import(pathToFileURL(join(DIST, 'index.js')).href);
const { report } = lint(['test/fixtures/corpus/real', 'test/fixtures/corpus/unseen'], {
  fs: nodeFileSystem,
  cwd: ROOT,
});
const verdicts = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/results/verdicts.json'), 'utf8')).verdicts;
const verdictOf = new Map(verdicts.map((v) => [`${v.fingerprint} ${v.rule} ${v.file}:${v.line}`, v.verdict]));

const rows = [
  ['part of the corpus', 'files linted', 'findings at medium and above', 'kept by a reviewer', 'precision'],
];
const total = { files: 0, findings: 0, kept: 0 };
for (const part of PARTS) {
  const files = report.files.filter((f) => f.startsWith(part.prefix)).length;
  const findings = report.findings.filter((f) => f.file.startsWith(part.prefix) && REVIEWED.has(f.severity));
  const kept = findings.filter(
    (f) => verdictOf.get(`${f.fingerprint} ${f.ruleId} ${f.file}:${f.range.start.line}`) === 'keep',
  ).length;
  const unjudged = findings.filter(
    (f) => !verdictOf.has(`${f.fingerprint} ${f.ruleId} ${f.file}:${f.range.start.line}`),
  ).length;
  if (unjudged > 0)
    console.error(`${part.prefix}: ${unjudged} findings have no verdict yet (see test/e2e/findings-snapshot.test.ts)`);
  rows.push([part.name, String(files), String(findings.length), String(kept), percent(kept, findings.length)]);
  total.files += files;
  total.findings += findings.length;
  total.kept += kept;
}
rows.push([
  '**all**',
  String(total.files),
  String(total.findings),
  String(total.kept),
  percent(total.kept, total.findings),
]);
console.log(
  rows.map((r, i) => `| ${r.join(' | ')} |` + (i === 0 ? `\n|${r.map(() => '---').join('|')}|` : '')).join('\n'),
);

function percent(part, whole) {
  return whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)} %`;
}
