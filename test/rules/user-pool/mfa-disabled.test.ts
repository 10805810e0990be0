import { describe, expect, it } from 'vitest';
import { lintFixture, ruleTester } from '../rule-tester.js';

const RULE = 'user-pool/mfa-disabled';

ruleTester.run(RULE, {
  valid: 'all',
  invalid: {
    // Reports a CDK pool without mfa (excerpt of real synth output).
    'cdk-defaults.json': [
      {
        messageId: 'missing',
        line: 6,
        column: 18,
        resource: 'PartnerUserPool257FBB7D',
        cdkPath: 'WebApp/PartnerUserPool/Resource',
      },
    ],
    // Reports in JSON, at the resource when it has no Properties at all.
    'off.json': [
      { messageId: 'missing', line: 3, column: 14, resource: 'Users' },
      { messageId: 'off', line: 6, column: 43, resource: 'Admins' },
    ],
    // Reports OFF at the value, an absent setting at the Properties, and OFF in one Fn::If branch: the Fn::If
    // is decided per condition value, OFF is the branch taken outside production.
    'off.yaml': [
      {
        messageId: 'off',
        line: 8,
        column: 25,
        resource: 'Customers',
        message:
          'User pool `Customers` sets `MfaConfiguration` to `OFF`: a stolen or guessed password is enough to sign in.',
      },
      { messageId: 'missing', line: 12, column: 7, resource: 'Partners' },
      {
        messageId: 'off',
        line: 16,
        column: 44,
        resource: 'Staff',
        message:
          'User pool `Staff` sets `MfaConfiguration` to `OFF`: a stolen or guessed password is enough to sign in (when condition `IsProd` is false).',
      },
    ],
  },
  variants: [
    {
      name: 'on the real CDK cloud assemblies: the partner pool of variant f, not the pools with optional MFA',
      paths: ['test/fixtures/corpus/cdk/f-api-authz-gaps/cdk.out'],
      findings: [
        {
          messageId: 'missing',
          file: 'test/fixtures/corpus/cdk/f-api-authz-gaps/cdk.out/WebApp.template.json',
          line: 1951,
          column: 18,
          resource: 'PartnerUserPool257FBB7D',
          cdkPath: 'WebApp/PartnerUserPool/Resource',
        },
      ],
    },
  ],
});

describe(`${RULE}: beyond findings`, () => {
  it('records a parameter nobody gave instead of judging its default', () => {
    const report = lintFixture(RULE, 'valid/mfa.yaml');
    expect(report.notifications.filter((n) => n.ruleId === RULE).map((n) => [n.kind, n.range?.start.line])).toEqual([
      ['unresolved', 20],
    ]);
  });
});
