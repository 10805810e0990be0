/**
 * Fingerprints never contain prose (README, "Baseline" and the 0.1.0 changelog): rewording a message of policy/invalid or
 * input/parse-error must leave the fingerprints, and so a baseline written before, as they were.
 * The wording is changed where it is made: the rules' message templates (the grammar checker, the
 * parsers and the input readers give codes and values only: the rules' templates hold all the words).
 */
import { describe, expect, it } from 'vitest';
import { applyBaseline, createBaseline } from '../../src/engine/baseline.js';
import type { Rule } from '../../src/engine/rule.js';
import { lint, lintInputs, rules, type LintReport } from '../../src/index.js';
import type { LoadedInputs } from '../../src/inputs/types.js';
import { memoryFileSystem } from '../../src/inputs/memory-fs.js';

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

/** Two stack artifacts whose templates cannot be read: one is missing, one is outside the assembly. */
const MANIFEST = JSON.stringify({
  version: '55.0.0',
  artifacts: {
    Missing: { type: 'aws:cloudformation:stack', properties: { templateFile: 'Missing.template.json' } },
    Escape: { type: 'aws:cloudformation:stack', properties: { templateFile: '../../etc/passwd' } },
  },
});

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
  const messages = Object.fromEntries(
    Object.entries(rule.meta.messages).map(([id, template]) => [id, `Reworded — ${template}`]),
  );
  return { ...rule, meta: { ...rule.meta, messages } };
}

describe('policy/invalid fingerprints are built from codes and values', () => {
  const RULE = 'policy/invalid';
  const inputs = (): LoadedInputs => load({ 'app.yaml': POLICY_TEMPLATE });

  it('keeps a baseline written before the templates were reworded', () => {
    const before = lintInputs(inputs(), { rules: only(RULE) });
    expect(findingsOf(before, RULE).map((f) => f.range.start.line)).toEqual([8, 8, 11]);
    const baseline = createBaseline(before);

    const after = lintInputs(inputs(), { rules: only(RULE).map(withRewordedTemplates) });
    const reworded = findingsOf(after, RULE);
    // The rewording took effect: every message differs from before.
    expect(reworded.map((f) => f.message.startsWith('Reworded — In `AppPolicy`: ')).every(Boolean)).toBe(true);
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

describe('input/parse-error fingerprints are built from codes and pointers', () => {
  const RULE = 'input/parse-error';
  const inputs = (): LoadedInputs => load({ 'cdk.out/manifest.json': MANIFEST });

  it("keeps a baseline written before the loader's problem messages were reworded", () => {
    const before = lintInputs(inputs(), { rules: only(RULE) });
    expect(findingsOf(before, RULE).map((f) => f.messageId)).toEqual(['template-missing', 'template-outside']);
    const baseline = createBaseline(before);

    // The loader's problems carry codes and values; their words are the rule's templates.
    const after = lintInputs(inputs(), { rules: only(RULE).map(withRewordedTemplates) });
    const reworded = findingsOf(after, RULE);
    expect(reworded.map((f) => f.message)).toEqual([
      'Reworded — manifest.json: artifact `Missing` names template `Missing.template.json`, which does not exist.',
      'Reworded — manifest.json: artifact `Escape` names template `../../etc/passwd`, which is outside the assembly directory.',
    ]);
    expect(reworded.map((f) => f.fingerprint)).toEqual(findingsOf(before, RULE).map((f) => f.fingerprint));
    const { report, absent } = applyBaseline(after, baseline);
    expect(findingsOf(report, RULE).map((f) => f.baselineState)).toEqual(['unchanged', 'unchanged']);
    expect(absent).toEqual([]);
  });

  it('gives two problems of one manifest (reported on the whole document) different fingerprints', () => {
    const [missing, escape] = findingsOf(lintInputs(inputs(), { rules: only(RULE) }), RULE);
    expect(missing!.message).toContain('which does not exist');
    expect(escape!.message).toContain('outside the assembly directory');
    expect(missing!.fingerprint).not.toBe(escape!.fingerprint);
  });

  it('keeps the fingerprint of a syntax error when its wording changes (the message is not hashed)', () => {
    const files = { 'broken.json': '{\n  "Resources": {},\n}\n' };
    const before = findingsOf(lintInputs(load(files), { rules: only(RULE) }), RULE);
    const after = findingsOf(lintInputs(load(files), { rules: only(RULE).map(withRewordedTemplates) }), RULE);
    expect(before.map((f) => f.messageId)).toEqual(['json/trailing-comma']);
    expect(after[0]!.message).not.toBe(before[0]!.message);
    expect(after.map((f) => f.fingerprint)).toEqual(before.map((f) => f.fingerprint));
  });
});
