/**
 * Fingerprints never contain prose (ARCHITECTURE.md): rewording a message of policy/invalid must
 * leave the fingerprints, and so a baseline written before, as they were. The wording is changed
 * where it is made: the grammar checker's messages (mocked below, behind a switch) and the rule's
 * message templates.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { applyBaseline, createBaseline } from '../../src/engine/baseline.js';
import type { Rule } from '../../src/engine/rule.js';
import { lint, lintInputs, rules, type LintReport } from '../../src/index.js';
import type { LoadedInputs } from '../../src/inputs/types.js';
import { memoryFileSystem } from '../../src/inputs/memory-fs.js';

const reword = vi.hoisted(() => ({ grammar: false }));

vi.mock('../../src/model/policy/grammar.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/model/policy/grammar.js')>();
  return {
    ...original,
    checkPolicyGrammar: (...args: Parameters<typeof original.checkPolicyGrammar>) =>
      original.checkPolicyGrammar(...args).map((problem) => (reword.grammar ? { ...problem, message: `Reworded: ${problem.message.toUpperCase()}` } : problem)),
  };
});

afterEach(() => {
  reword.grammar = false;
});

/** Two statements: the first lacks both `Effect` and `Action` (two problems at one pointer), the second misspells `Resource`. */
const POLICY_TEMPLATE = `Resources:
  AppPolicy:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Resource: '*'
          - Effect: Allow
            Action: s3:GetObject
            Resources: '*'
`;

function only(ruleId: string): Rule[] {
  return rules.filter((rule) => rule.meta.id === ruleId);
}

function load(files: Record<string, string>): LoadedInputs {
  const fs = memoryFileSystem(Object.fromEntries(Object.entries(files).map(([path, text]) => [`/proj/${path}`, text])));
  return lint(['.'], { fs, cwd: '/proj', rules: [] }).inputs;
}

function findingsOf(report: LintReport, ruleId: string) {
  return report.findings.filter((f) => f.ruleId === ruleId);
}

/** The same rule with every message template reworded (placeholders kept). */
function withRewordedTemplates(rule: Rule): Rule {
  const messages = Object.fromEntries(Object.entries(rule.meta.messages).map(([id, template]) => [id, `Reworded — ${template}`]));
  return { ...rule, meta: { ...rule.meta, messages } };
}

describe('policy/invalid fingerprints are built from codes and values', () => {
  const RULE = 'policy/invalid';
  const inputs = (): LoadedInputs => load({ 'app.yaml': POLICY_TEMPLATE });

  it('keeps a baseline written before the grammar messages and the template were reworded', () => {
    const before = lintInputs(inputs(), { rules: only(RULE) });
    expect(findingsOf(before, RULE).map((f) => f.range.start.line)).toEqual([8, 8, 11]);
    const baseline = createBaseline(before);

    reword.grammar = true;
    const after = lintInputs(inputs(), { rules: only(RULE).map(withRewordedTemplates) });
    const reworded = findingsOf(after, RULE);
    // The rewording took effect: every message differs from before.
    expect(reworded.map((f) => f.message.startsWith('Reworded — In `AppPolicy`: Reworded: ')).every(Boolean)).toBe(true);
    expect(reworded.map((f) => f.fingerprint)).toEqual(findingsOf(before, RULE).map((f) => f.fingerprint));
    const { report, absent } = applyBaseline(after, baseline);
    expect(findingsOf(report, RULE).map((f) => f.baselineState)).toEqual(['unchanged', 'unchanged', 'unchanged']);
    expect(absent).toEqual([]);
  });

  it('gives two problems at one pointer (no Effect, no Action in one statement) different fingerprints', () => {
    const findings = findingsOf(lintInputs(inputs(), { rules: only(RULE) }), RULE);
    expect(findings.map((f) => [f.range.start.line, f.range.start.column, f.message])).toEqual([
      [8, 13, 'In `AppPolicy`: Statement has neither `Action` nor `NotAction`.'],
      [8, 13, 'In `AppPolicy`: Statement has no `Effect`; it must say `Allow` or `Deny`.'],
      [11, 13, 'In `AppPolicy`: Statement key `Resources` is not part of the IAM grammar; did you mean `Resource`?'],
    ]);
    expect(new Set(findings.map((f) => f.fingerprint)).size).toBe(3);
  });
});
