import { describe, expect, it } from 'vitest';
import { lintFixture, ruleTester } from '../rule-tester.js';

const RULE = 'trust/amr-role-mismatch';

ruleTester.run(RULE, {
  valid: 'all',
  invalid: {
    // Follows the wiring across stacks: pool by Fn::GetStackOutput, aud by a nested-stack parameter fed by Fn::ImportValue, roles by nested outputs.
    'cross-stack': [
      {
        messageId: 'signedInAdmitsGuests',
        file: 'cdk.out/DataRolesNestedA1B2C3D4.nested.template.json',
        line: 22,
        column: 48,
        resource: 'KioskRole',
        cdkPath: 'Data/RolesNested/KioskRole/Resource',
      },
    ],
    // A user pool group's role is a signed-in role of the pool: one that admits only guest tokens is named by its group.
    'group-role.yaml': [
      {
        messageId: 'signedInSlotBrokenGroup',
        line: 31,
        column: 53,
        resource: 'AdminRole',
        severity: 'low',
        message:
          'Role `AdminRole` is the role of user pool group `Admins` of identity pool `IdentityPool`, but its `amr` condition admits only guest tokens, so signed-in users can never assume it.',
      },
    ],
    // An amr condition that admits no token at all is not said to admit "only guest" or "only signed-in" tokens.
    'no-token.yaml': [
      {
        messageId: 'signedInSlotNoToken',
        line: 30,
        column: 53,
        resource: 'AuthRole',
        severity: 'low',
        message:
          'Role `AuthRole` is the authenticated role of identity pool `IdentityPool`, but its `amr` condition admits no token, guest or signed-in, so signed-in users can never assume it.',
      },
      {
        messageId: 'guestSlotNoToken',
        line: 46,
        column: 53,
        resource: 'GuestRole',
        severity: 'low',
        message:
          'Role `GuestRole` is the unauthenticated (guest) role of identity pool `IdentityPool`, but its `amr` condition admits no token, guest or signed-in, so guests can never assume it and guest sign-in fails.',
      },
    ],
    // Reports one finding per (role, pool) at the amr condition: both slots and signed-in slots admitting guests are high, broken slots low.
    'slots.yaml': [
      {
        messageId: 'bothSlots',
        line: 21,
        column: 53,
        resource: 'KioskRole',
        message:
          'Guests of identity pool `KioskPool` receive role `KioskRole`, which is also its authenticated role, and its `amr` condition admits guest tokens: every visitor gets the signed-in permissions.',
      },
      {
        messageId: 'signedInAdmitsGuests',
        line: 47,
        column: 53,
        resource: 'WebAuthRole',
        messageIncludes: 'only `AllowClassicFlow: false` keeps guests from picking it',
      },
      { messageId: 'guestSlotBroken', line: 62, column: 53, resource: 'WebGuestRole', severity: 'low' },
      {
        messageId: 'signedInSlotBrokenRules',
        line: 77,
        column: 53,
        resource: 'EditorsRole',
        severity: 'low',
        messageIncludes: 'role chosen by a role-mapping rule of identity pool `WebPool`',
      },
    ],
  },
});

describe(`${RULE}: beyond findings`, () => {
  it('follows the wiring across stacks without leaving anything unresolved', () => {
    expect(lintFixture(RULE, 'invalid/cross-stack').notifications.filter((n) => n.ruleId === RULE)).toEqual([]);
  });

  it('records an unresolved notification instead of guessing when the amr value is a parameter', () => {
    const report = lintFixture(RULE, 'valid/slots.yaml');
    expect(report.notifications.filter((n) => n.ruleId === RULE)).toEqual([
      expect.objectContaining({
        kind: 'unresolved',
        file: `test/fixtures/rules/${RULE}/valid/slots.yaml`,
        range: expect.objectContaining({ start: { line: 59, column: 53 } }),
      }),
    ]);
  });
});
