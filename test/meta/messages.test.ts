/**
 * Messages and hand-offs, checked over every registered rule (the README's "Adding a rule": typed messages
 * and cfn-lint's parent/child rules):
 *
 * - every `{{placeholder}}` of a message or note template is well formed, so `formatMessage` fills
 *   it (the compiler makes each report fill every placeholder: test/meta/typed-messages/);
 * - no finding of the rule fixtures and example apps keeps a `{{`, and each names a message ID of its rule;
 * - notes are sentences like messages;
 * - `meta.defersTo` names existing rules, never the rule itself, and the rule's page says it
 *   (`Defers to: …` after the severity line, which `--explain` prints); the role/ rules' deferral
 *   table in src/analysis/granularity.ts agrees with it.
 */
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { DEFERS_TO } from '../../src/analysis/granularity.js';
import { lintPaths } from '../rules/helpers.js';
import { parseRuleDoc, readDoc } from './rule-docs.js';

/** A placeholder `formatMessage` fills: `{{name}}`, spaces allowed inside the braces. */
const PLACEHOLDER = /\{\{\s*[\w-]+\s*\}\}/g;

function templatesOf(rule: (typeof rules)[number]): Array<[string, string]> {
  return [
    ...Object.entries(rule.meta.messages).map(([id, t]) => [`message \`${id}\``, t] as [string, string]),
    ...Object.entries(rule.meta.notes ?? {}).map(([id, t]) => [`note \`${id}\``, t] as [string, string]),
  ];
}

describe('message templates', () => {
  it('hold only placeholders formatMessage fills (no stray or malformed braces)', () => {
    const problems: string[] = [];
    for (const rule of rules) {
      for (const [what, template] of templatesOf(rule)) {
        const rest = template.replace(PLACEHOLDER, '');
        if (rest.includes('{{') || rest.includes('}}'))
          problems.push(`${rule.meta.id}: ${what} has a malformed placeholder: ${template}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('have notes that are one sentence each, starting like a sentence and ending with punctuation', () => {
    const problems: string[] = [];
    for (const rule of rules) {
      for (const [id, note] of Object.entries(rule.meta.notes ?? {})) {
        if (!/^([A-Z`]|\{\{)/.test(note) || !/[.!?]$/.test(note))
          problems.push(`${rule.meta.id}: note \`${id}\` is not a sentence: ${note}`);
        const prose = note.replace(/`[^`]*`/g, 'x').replace(PLACEHOLDER, 'x');
        if (/[.!?]\s+[A-Z]/.test(prose)) problems.push(`${rule.meta.id}: note \`${id}\` holds more than one sentence`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('findings of the rule fixtures and example apps', () => {
  const report = lintPaths(['test/fixtures/rules', 'examples']);
  const byId = new Map(rules.map((rule) => [rule.meta.id, rule]));

  it('are many (the run did read the fixtures)', () => {
    expect(report.findings.length).toBeGreaterThan(200);
  });

  it('keep no unfilled placeholder, and each names a message ID of its rule', () => {
    const problems: string[] = [];
    for (const finding of report.findings) {
      const where = `${finding.ruleId} at ${finding.file}:${finding.range.start.line}`;
      if (finding.message.includes('{{') || finding.message.includes('}}'))
        problems.push(`${where}: ${finding.message}`);
      const rule = byId.get(finding.ruleId);
      if (rule && !Object.prototype.hasOwnProperty.call(rule.meta.messages, finding.messageId)) {
        problems.push(`${where}: message ID \`${finding.messageId}\` is not in meta.messages`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('meta.defersTo', () => {
  const ids = new Set(rules.map((rule) => rule.meta.id));

  it('names existing rules, never the rule itself, each once', () => {
    const problems: string[] = [];
    for (const { meta } of rules) {
      const defersTo = meta.defersTo ?? [];
      if (meta.defersTo && defersTo.length === 0) problems.push(`${meta.id}: meta.defersTo is empty (leave it out)`);
      if (new Set(defersTo).size !== defersTo.length) problems.push(`${meta.id}: meta.defersTo names a rule twice`);
      for (const other of defersTo) {
        if (other === meta.id) problems.push(`${meta.id}: meta.defersTo names the rule itself`);
        else if (!ids.has(other))
          problems.push(`${meta.id}: meta.defersTo names \`${other}\`, which is no registered rule`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('is said on the rule page, after the severity line (and only where there is one)', () => {
    const problems: string[] = [];
    for (const { meta } of rules) {
      const preamble = parseRuleDoc(readDoc(meta.id) ?? '').preamble.map((line) => line.text);
      const said = preamble.filter((line) => line.startsWith('Defers to'));
      const expected = meta.defersTo ? [`Defers to: ${meta.defersTo.map((id) => `\`${id}\``).join(', ')}.`] : [];
      if (said.join('\n') !== expected.join('\n')) {
        problems.push(
          `${meta.id}: the page must say ${expected.length ? `"${expected[0]}" after the severity line` : 'no "Defers to" line'}; it says ${JSON.stringify(said)}`,
        );
      }
    }
    expect(problems).toEqual([]);
  });

  it('agrees with the deferrals the role/ rules apply (src/analysis/granularity.ts)', () => {
    for (const [id, parents] of Object.entries(DEFERS_TO)) {
      const meta = rules.find((rule) => rule.meta.id === id)?.meta;
      expect({ id, parents: parents.filter((parent) => !meta?.defersTo?.includes(parent)) }).toEqual({
        id,
        parents: [],
      });
    }
  });
});
