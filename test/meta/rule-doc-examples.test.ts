/**
 * The examples on the rule pages are executable: each page's `## Incorrect` block is linted in
 * memory and must produce at least one (unsuppressed) finding of that rule; its `## Correct`
 * block must be read as a lintable document and produce none. The block's language picks the
 * file name (`/example.yaml` or `/example.json`), so a broken-JSON example works too.
 */
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { lint } from '../../src/index.js';
import { memoryFileSystem } from '../../src/inputs/memory-fs.js';
import { parseRuleDoc, readDoc, sectionBlocks, type FencedBlock } from './rule-docs.js';

/** Fixed, so suppression expiry in an example never depends on the day the test runs. */
const NOW = new Date('2026-01-01T00:00:00Z');

const documented = rules
  .map((rule) => ({ id: rule.meta.id, markdown: readDoc(rule.meta.id) }))
  .filter((entry): entry is { id: string; markdown: string } => entry.markdown !== undefined);

function lintExample(block: FencedBlock) {
  const path = block.lang === 'json' ? '/example.json' : '/example.yaml';
  return lint([path], { fs: memoryFileSystem({ [path]: block.code }), cwd: '/', now: NOW });
}

function only(blocks: FencedBlock[], id: string, heading: string): FencedBlock {
  expect(blocks, `${id}: rules/${id}.md "## ${heading}" must hold exactly one fenced example block`).toHaveLength(1);
  return blocks[0]!;
}

function describeFindings(findings: ReturnType<typeof lintExample>['report']['findings']): string {
  return findings.length === 0
    ? 'none'
    : findings.map((f) => `${f.ruleId} at ${f.range.start.line}:${f.range.start.column}: ${f.message}`).join('\n  ');
}

describe.each(documented.map((entry) => [entry.id, entry.markdown] as const))(
  'rules/%s.md examples',
  (id, markdown) => {
    const doc = parseRuleDoc(markdown);

    it('the Incorrect example is flagged by the rule', () => {
      const block = only(sectionBlocks(doc, 'Incorrect'), id, 'Incorrect');
      const { report } = lintExample(block);
      const own = report.findings.filter((f) => f.ruleId === id && f.suppressions.length === 0);
      expect(
        own.length,
        `${id}: the "## Incorrect" example (line ${block.line} of rules/${id}.md) produced no ${id} finding; it produced: ${describeFindings(report.findings)}`,
      ).toBeGreaterThan(0);
    });

    it('the Correct example is lintable and not flagged by the rule', () => {
      const block = only(sectionBlocks(doc, 'Correct'), id, 'Correct');
      const { report, inputs } = lintExample(block);
      expect(
        inputs.skipped.map((s) => `${s.file}: ${s.reason}`),
        `${id}: the "## Correct" example (line ${block.line} of rules/${id}.md) was not linted at all`,
      ).toEqual([]);
      expect(report.summary.filesLinted, `${id}: the "## Correct" example was not read as a document`).toBe(1);
      const unreadable = report.findings.filter((f) => f.ruleId === 'input/parse-error');
      expect(
        unreadable.map((f) => f.message),
        `${id}: the "## Correct" example does not parse`,
      ).toEqual([]);
      const own = report.findings.filter((f) => f.ruleId === id);
      expect(
        own.map((f) => `${f.range.start.line}:${f.range.start.column} ${f.message}`),
        `${id}: the "## Correct" example (line ${block.line} of rules/${id}.md) is flagged by its own rule`,
      ).toEqual([]);
    });
  },
);
