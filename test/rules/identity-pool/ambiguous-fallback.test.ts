import { describe, expect, it } from 'vitest';
import { lintFixture, ruleTester } from '../rule-tester.js';

const RULE = 'identity-pool/ambiguous-fallback';

ruleTester.run(RULE, {
  valid: 'all',
  invalid: {
    // Reports a social provider mapping keyed by the provider name (JSON).
    'rules.json': [{ messageId: 'fallback', line: 15, column: 40, resource: 'Attachment' }],
    // Reports a Rules mapping with AmbiguousRoleResolution: AuthenticatedRole at the value, naming the fallback role.
    'rules.yaml': [
      {
        messageId: 'fallback',
        line: 57,
        column: 36,
        resource: 'Attachment',
        messageIncludes: 'to the default authenticated role `StaffRole`',
      },
    ],
  },
  variants: [
    // The CDK corpus variants a2 and b map roles with `Type: Token` and `AmbiguousRoleResolution:
    // AuthenticatedRole`: users in no group (or in groups of equal precedence) get the default
    // authenticated role, which is those apps' design. Its page (rules/identity-pool/ambiguous-fallback.md) limits the rule to Rules mappings.
    ...['a2-secure-l1', 'b-trust-no-aud'].map((variant) => ({
      name: `does not report the Token mapping of the CDK corpus variant ${variant}`,
      paths: [`test/fixtures/corpus/cdk/${variant}/cdk.out`],
      findings: [],
    })),
  ],
});

describe(`${RULE}: beyond findings`, () => {
  it('records a parameter-driven resolution as unresolved', () => {
    expect(lintFixture(RULE, 'valid/deny.yaml').notifications.filter((n) => n.ruleId === RULE)).toEqual([
      expect.objectContaining({
        kind: 'unresolved',
        range: expect.objectContaining({ start: { line: 35, column: 36 } }),
      }),
    ]);
  });
});
