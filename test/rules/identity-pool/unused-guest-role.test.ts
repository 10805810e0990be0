import { describe, expect, it } from 'vitest';
import { fixtureFiles, lintPaths, lintRuleFixture, seen } from '../helpers.js';

const RULE = 'identity-pool/unused-guest-role';
const f = (file: string, line: number, column: number) => ({
  ruleId: RULE,
  messageId: 'dormant',
  severity: 'info',
  file: `test/fixtures/rules/${RULE}/invalid/${file}`,
  line,
  column,
  resource: 'Attachment',
});

describe(RULE, () => {
  it('reports an unauthenticated role with grants attached to a pool without guests, at the slot', () => {
    const report = lintRuleFixture(RULE, 'invalid/dormant.yaml');
    expect(seen(report, RULE)).toEqual([f('dormant.yaml', 33, 26)]);
    expect(report.findings.find((x) => x.ruleId === RULE)?.message).toContain('with grants (`GuestUploads`)');
  });

  it('counts managed policy ARNs as grants and reads "false" (JSON)', () => {
    expect(seen(lintRuleFixture(RULE, 'invalid/dormant.json'), RULE)).toEqual([f('dormant.json', 28, 39)]);
  });

  it.each(fixtureFiles(RULE, 'valid'))('reports nothing on valid/%s', (file) => {
    expect(seen(lintRuleFixture(RULE, `valid/${file}`), RULE)).toEqual([]);
  });

  it('stays quiet on the grantless guest role CDK attaches by default (CDK corpus a-secure-l2, a2-secure-l1)', () => {
    for (const variant of ['a-secure-l2', 'a2-secure-l1']) {
      expect(seen(lintPaths([`test/fixtures/corpus/cdk/${variant}/cdk.out`]), RULE)).toEqual([]);
    }
  });
});
