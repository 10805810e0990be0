import { describe, expect, it } from 'vitest';
import { lintFixture, ruleTester } from '../rule-tester.js';

const RULE = 'trust/unexpected-action';

ruleTester.run(RULE, {
  valid: 'all',
  invalid: {
    // Reports "*" (JSON).
    'actions.json': [{ messageId: 'wildcard', line: 12, column: 25, resource: 'EverythingRole' }],
    // Reports sts:AssumeRole, sts:*, other STS actions at the action value and NotAction at the element.
    'actions.yaml': [
      { messageId: 'assumeRole', line: 15, column: 53, resource: 'AssumeRoleRole' },
      { messageId: 'wildcard', line: 29, column: 21, resource: 'StsWildcardRole' },
      { messageId: 'other', line: 43, column: 53, resource: 'SourceIdentityRole' },
      { messageId: 'notAction', line: 57, column: 24, resource: 'NotActionRole' },
    ],
  },
});

describe(`${RULE}: beyond findings`, () => {
  it('records an action it cannot resolve as unresolved', () => {
    const report = lintFixture(RULE, 'valid/actions.yaml');
    expect(report.notifications.filter((n) => n.ruleId === RULE)).toEqual([
      expect.objectContaining({
        kind: 'unresolved',
        range: expect.objectContaining({ start: { line: 40, column: 21 } }),
      }),
    ]);
  });
});
