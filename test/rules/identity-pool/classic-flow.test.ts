import { describe, expect, it } from 'vitest';
import { lintFixture, ruleTester } from '../rule-tester.js';

const RULE = 'identity-pool/classic-flow';

ruleTester.run(RULE, {
  valid: 'all',
  invalid: {
    // Reads the string "true" (JSON) and says when guests are off.
    'classic.json': [{ messageId: 'signedInOnlyNoRole', line: 5, column: 84, resource: 'StaffPool' }],
    // Reports AllowClassicFlow: true at the property value, naming the roles a client can pick.
    'classic.yaml': [
      {
        messageId: 'withGuests',
        line: 6,
        column: 25,
        resource: 'KioskPool',
        messageIncludes: 'any role that trusts the pool (`KioskGuestRole`)',
      },
    ],
  },
});

describe(`${RULE}: beyond findings`, () => {
  it('records a parameter-driven flag as unresolved', () => {
    const report = lintFixture(RULE, 'valid/enhanced.yaml');
    expect(report.notifications.filter((n) => n.ruleId === RULE)).toEqual([
      expect.objectContaining({
        kind: 'unresolved',
        message: 'Identity pool ParameterPool: AllowClassicFlow is not statically known.',
      }),
    ]);
  });
});
