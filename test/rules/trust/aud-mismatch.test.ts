import { describe, expect, it } from 'vitest';
import { fixtureFiles, lintRuleFixture, seen } from '../helpers.js';

const RULE = 'trust/aud-mismatch';

describe(RULE, () => {
  it('reports a role attached to one pool whose aud names another pool, or a literal ID', () => {
    const report = lintRuleFixture(RULE, 'invalid/other-pool.yaml');
    const file = `test/fixtures/rules/${RULE}/invalid/other-pool.yaml`;
    expect(seen(report, RULE)).toEqual([
      { ruleId: RULE, messageId: 'mismatch', severity: 'high', file, line: 23, column: 53, resource: 'WebRole' },
      { ruleId: RULE, messageId: 'mismatch', severity: 'high', file, line: 38, column: 53, resource: 'LiteralRole' },
    ]);
    const messages = report.findings.filter((x) => x.ruleId === RULE).map((x) => x.message);
    expect(messages[0]).toContain('authenticated role of identity pool `MobilePool`');
    expect(messages[0]).toContain('the ID of identity pool `WebPool`');
    expect(messages[1]).toContain('role chosen by a role-mapping rule');
  });

  it('does not take the pool name (Fn::GetAtt Pool.Name) for its ID', () => {
    const file = `test/fixtures/rules/${RULE}/invalid/pool-name.json`;
    expect(seen(lintRuleFixture(RULE, 'invalid/pool-name.json'), RULE)).toEqual([
      { ruleId: RULE, messageId: 'mismatch', severity: 'high', file, line: 18, column: 73, resource: 'AuthRole' },
    ]);
  });

  it.each(fixtureFiles(RULE, 'valid'))('reports nothing on valid/%s', (file) => {
    expect(seen(lintRuleFixture(RULE, `valid/${file}`), RULE)).toEqual([]);
  });

  it('records an unresolved notification instead of guessing when aud is a parameter without a value', () => {
    const report = lintRuleFixture(RULE, 'valid/matching.yaml');
    expect(report.notifications).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: 'unresolved', ruleId: RULE })]),
    );
  });
});
