import { describe, expect, it } from 'vitest';
import { fixtureFiles, lintRuleFixture, seen } from '../helpers.js';

const RULE = 'trust/amr-role-mismatch';
const DIR = `test/fixtures/rules/${RULE}`;

describe(RULE, () => {
  it('reports one finding per (role, pool) at the amr condition: both slots and signed-in slots admitting guests are high, broken slots low', () => {
    const report = lintRuleFixture(RULE, 'invalid/slots.yaml');
    const file = `${DIR}/invalid/slots.yaml`;
    expect(seen(report, RULE)).toEqual([
      { ruleId: RULE, messageId: 'bothSlots', severity: 'high', file, line: 21, column: 53, resource: 'KioskRole' },
      { ruleId: RULE, messageId: 'signedInAdmitsGuests', severity: 'high', file, line: 47, column: 53, resource: 'WebAuthRole' },
      { ruleId: RULE, messageId: 'guestSlotBroken', severity: 'low', file, line: 62, column: 53, resource: 'WebGuestRole' },
      { ruleId: RULE, messageId: 'signedInSlotBroken', severity: 'low', file, line: 77, column: 53, resource: 'EditorsRole' },
    ]);
    const messages = report.findings.filter((x) => x.ruleId === RULE).map((x) => x.message);
    expect(messages[0]).toBe(
      'Guests of identity pool `KioskPool` receive role `KioskRole`, which is also its authenticated role, and its `amr` condition admits guest tokens: every visitor gets the signed-in permissions.',
    );
    expect(messages[1]).toContain('only `AllowClassicFlow: false` keeps guests from picking it');
    expect(messages[3]).toContain('role chosen by a role-mapping rule of identity pool `WebPool`');
  });

  it('follows the wiring across stacks: pool by Fn::GetStackOutput, aud by a nested-stack parameter fed by Fn::ImportValue, roles by nested outputs', () => {
    const report = lintRuleFixture(RULE, 'invalid/cross-stack');
    expect(seen(report, RULE)).toEqual([
      {
        ruleId: RULE,
        messageId: 'signedInAdmitsGuests',
        severity: 'high',
        file: `${DIR}/invalid/cross-stack/cdk.out/DataRolesNestedA1B2C3D4.nested.template.json`,
        line: 22,
        column: 48,
        resource: 'KioskRole',
        cdkPath: 'Data/RolesNested/KioskRole/Resource',
      },
    ]);
    expect(report.notifications.filter((n) => n.ruleId === RULE)).toEqual([]);
  });

  it.each(fixtureFiles(RULE, 'valid'))('reports nothing on valid/%s', (file) => {
    expect(seen(lintRuleFixture(RULE, `valid/${file}`), RULE)).toEqual([]);
  });

  it('records an unresolved notification instead of guessing when the amr value is a parameter', () => {
    const report = lintRuleFixture(RULE, 'valid/slots.yaml');
    expect(report.notifications.filter((n) => n.ruleId === RULE)).toEqual([
      expect.objectContaining({ kind: 'unresolved', file: `${DIR}/valid/slots.yaml`, range: expect.objectContaining({ start: { line: 59, column: 53 } }) }),
    ]);
  });
});
