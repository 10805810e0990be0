import { describe, expect, it } from 'vitest';
import { fixtureFiles, lintRuleFixture, seen } from '../helpers.js';

const RULE = 'trust/unexpected-action';
const f = (messageId: string, file: string, line: number, column: number, resource: string) => ({
  ruleId: RULE,
  messageId,
  severity: 'medium',
  file: `test/fixtures/rules/${RULE}/invalid/${file}`,
  line,
  column,
  resource,
});

describe(RULE, () => {
  it('reports sts:AssumeRole, sts:*, other STS actions at the action value and NotAction at the element', () => {
    expect(seen(lintRuleFixture(RULE, 'invalid/actions.yaml'), RULE)).toEqual([
      f('assumeRole', 'actions.yaml', 15, 53, 'AssumeRoleRole'),
      f('wildcard', 'actions.yaml', 29, 21, 'StsWildcardRole'),
      f('other', 'actions.yaml', 43, 53, 'SourceIdentityRole'),
      f('notAction', 'actions.yaml', 57, 24, 'NotActionRole'),
    ]);
  });

  it('reports "*" (JSON)', () => {
    expect(seen(lintRuleFixture(RULE, 'invalid/actions.json'), RULE)).toEqual([f('wildcard', 'actions.json', 12, 25, 'EverythingRole')]);
  });

  it.each(fixtureFiles(RULE, 'valid'))('reports nothing on valid/%s', (file) => {
    expect(seen(lintRuleFixture(RULE, `valid/${file}`), RULE)).toEqual([]);
  });

  it('records an action it cannot resolve as unresolved', () => {
    const report = lintRuleFixture(RULE, 'valid/actions.yaml');
    expect(report.notifications.filter((n) => n.ruleId === RULE)).toEqual([
      expect.objectContaining({ kind: 'unresolved', range: expect.objectContaining({ start: { line: 40, column: 21 } }) }),
    ]);
  });
});
