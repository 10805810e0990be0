import { describe, expect, it } from 'vitest';
import { lintFixture, ruleTester } from '../rule-tester.js';

const RULE = 'trust/missing-tag-session';

ruleTester.run(RULE, {
  valid: 'all',
  invalid: {
    // Follows the wiring across stacks: tags and pool in one stack, the role in a nested stack of another (Fn::GetStackOutput).
    'cross-stack': [
      {
        messageId: 'missing',
        file: 'cdk.out/DataRolesNestedE5F6A7B8.nested.template.json',
        line: 13,
        column: 7,
        resource: 'AuthenticatedRole',
        cdkPath: 'Data/RolesNested/AuthenticatedRole/Resource',
      },
    ],
    // Reports the provider's default tags and the mapping's own, in that order.
    'defaults-and-custom.yaml': [
      {
        messageId: 'missingDefaultsAnd',
        line: 23,
        column: 13,
        resource: 'AuthRole',
        message:
          'Identity pool `IdentityPool` maps principal tags (the default tags, `department`) for `Fn::GetAtt UserPool.ProviderName`, but role `AuthRole`, its authenticated role, does not allow `sts:TagSession` in the statement that allows `sts:AssumeRoleWithWebIdentity`: STS refuses to issue tagged credentials for it, so those users get no credentials.',
      },
    ],
    // Reports the authenticated role, a Rules-mapped role of the provider and a group role of its user pool at the statement; the guest role is exempt.
    'roles.yaml': [
      {
        messageId: 'missingDefaults',
        line: 23,
        column: 13,
        resource: 'AuthRole',
        messageIncludes:
          'Identity pool `IdentityPool` maps principal tags (the default tags) for `Fn::GetAtt UserPool.ProviderName`',
      },
      { messageId: 'missingMappingRuleDefaults', line: 52, column: 13, resource: 'EditorsRole' },
      {
        messageId: 'missingGroupRoleDefaults',
        line: 66,
        column: 13,
        resource: 'AdminRole',
        messageIncludes: 'role `AdminRole`, the role of user pool group `Admins`',
      },
    ],
  },
});

describe(`${RULE}: beyond findings`, () => {
  it('records a computed UseDefaults as unresolved', () => {
    expect(lintFixture(RULE, 'valid/roles.yaml').notifications.filter((n) => n.ruleId === RULE)).toEqual([
      expect.objectContaining({
        kind: 'unresolved',
        range: expect.objectContaining({ start: { line: 76, column: 20 } }),
      }),
    ]);
  });
});
