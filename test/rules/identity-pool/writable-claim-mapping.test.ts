import { describe, expect, it } from 'vitest';
import { lintFixture, ruleTester } from '../rule-tester.js';

const RULE = 'identity-pool/writable-claim-mapping';

ruleTester.run(RULE, {
  valid: 'all',
  invalid: {
    // Reports a writable claim without self sign-up as reachable by every user (JSON, Fn::Join provider key).
    'claims.json': [
      {
        messageId: 'equalsProvider',
        line: 28,
        column: 36,
        resource: 'Attachment',
        messageIncludes: 'but every user of the provider can set `custom:dept` themselves',
      },
    ],
    // Reports each rule on a claim the user can write, at the claim; every client of the pool counts when the mapping names none of the run.
    'claims.yaml': [
      {
        messageId: 'equalsSignUp',
        line: 52,
        column: 24,
        resource: 'Attachment',
        message:
          'The role mapping `web` of identity pool `IdentityPool` gives role `PremiumRole` to users whose `custom:tier` equals `premium`, but anyone who signs up to user pool `UserPool` can set `custom:tier` themselves, so they pick the role. App client `WebClient` lists `custom:tier` in `WriteAttributes`.',
      },
      { messageId: 'equalsSignUp', line: 56, column: 24, resource: 'Attachment' },
      {
        messageId: 'startsWithSignUp',
        line: 72,
        column: 24,
        resource: 'Attachment',
        messageIncludes:
          'App client `MobileClient` has no `WriteAttributes`, so it may write every standard attribute.',
      },
    ],
  },
});

describe(`${RULE}: beyond findings`, () => {
  it('records a computed claim as unresolved', () => {
    expect(lintFixture(RULE, 'valid/claims.yaml').notifications.filter((n) => n.ruleId === RULE)).toEqual([
      expect.objectContaining({
        kind: 'unresolved',
        range: expect.objectContaining({ start: { line: 51, column: 24 } }),
      }),
    ]);
  });
});
