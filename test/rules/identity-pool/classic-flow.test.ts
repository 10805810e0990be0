import { describe, expect, it } from 'vitest';
import { fixtureFiles, lintRuleFixture, seen } from '../helpers.js';

const RULE = 'identity-pool/classic-flow';
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
  it('reports AllowClassicFlow: true at the property value, naming the roles a client can pick', () => {
    const report = lintRuleFixture(RULE, 'invalid/classic.yaml');
    expect(seen(report, RULE)).toEqual([f('withGuests', 'classic.yaml', 6, 25, 'KioskPool')]);
    expect(report.findings.find((x) => x.ruleId === RULE)?.message).toContain('any role that trusts the pool (`KioskGuestRole`)');
  });

  it('reads the string "true" (JSON) and says when guests are off', () => {
    expect(seen(lintRuleFixture(RULE, 'invalid/classic.json'), RULE)).toEqual([f('signedInOnly', 'classic.json', 5, 84, 'StaffPool')]);
  });

  it.each(fixtureFiles(RULE, 'valid'))('reports nothing on valid/%s', (file) => {
    expect(seen(lintRuleFixture(RULE, `valid/${file}`), RULE)).toEqual([]);
  });

  it('records a parameter-driven flag as unresolved', () => {
    const report = lintRuleFixture(RULE, 'valid/enhanced.yaml');
    expect(report.notifications.filter((n) => n.ruleId === RULE)).toEqual([
      expect.objectContaining({ kind: 'unresolved', message: 'Identity pool ParameterPool: AllowClassicFlow is not statically known.' }),
    ]);
  });
});
