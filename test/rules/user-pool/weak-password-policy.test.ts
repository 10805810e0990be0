import { describe, expect, it } from 'vitest';
import { fixtureFiles, lintPaths, lintRuleFixture, seen } from '../helpers.js';

const RULE = 'user-pool/weak-password-policy';
const f = (messageId: string, file: string, line: number, column: number, resource: string) => ({
  ruleId: RULE,
  messageId,
  severity: 'low',
  file: `test/fixtures/rules/${RULE}/invalid/${file}`,
  line,
  column,
  resource,
});

describe(RULE, () => {
  it('reports a length under 8, and under 12 with no character class, at MinimumLength', () => {
    expect(seen(lintRuleFixture(RULE, 'invalid/weak.yaml'), RULE)).toEqual([
      f('tooShort', 'weak.yaml', 9, 26, 'Short'),
      f('noCharacterClass', 'weak.yaml', 19, 26, 'NoClasses'),
      f('noCharacterClass', 'weak.yaml', 25, 26, 'TenPlain'),
    ]);
  });

  it('reports it in JSON', () => {
    expect(seen(lintRuleFixture(RULE, 'invalid/weak.json'), RULE)).toEqual([f('tooShort', 'weak.json', 7, 48, 'Users')]);
  });

  it('says the length', () => {
    const messages = lintRuleFixture(RULE, 'invalid/weak.yaml').findings.filter((x) => x.ruleId === RULE).map((x) => x.message);
    expect(messages).toEqual([
      'User pool `Short` accepts passwords of 6 characters: its password policy sets `MinimumLength` under 8.',
      'User pool `NoClasses` accepts 8-character passwords that need no lowercase letter, uppercase letter, number or symbol: under 12 characters, such passwords are easy to guess.',
      'User pool `TenPlain` accepts 10-character passwords that need no lowercase letter, uppercase letter, number or symbol: under 12 characters, such passwords are easy to guess.',
    ]);
  });

  it('reports nothing on the real CDK synth output (12 characters, every class)', () => {
    expect(seen(lintPaths(['test/fixtures/corpus/cdk/a-secure-l2/cdk.out']), RULE)).toEqual([]);
  });

  it('records a length from a parameter nobody gave instead of judging its default', () => {
    const report = lintRuleFixture(RULE, 'valid/strong.yaml');
    expect(report.notifications.filter((n) => n.ruleId === RULE).map((n) => [n.kind, n.range?.start.line])).toEqual([['unresolved', 29]]);
  });

  it.each(fixtureFiles(RULE, 'valid'))('reports nothing on valid/%s', (file) => {
    expect(seen(lintRuleFixture(RULE, `valid/${file}`), RULE)).toEqual([]);
  });
});
