import { describe, expect, it } from 'vitest';
import { fixtureFiles, lintRuleFixture, seen } from '../helpers.js';

const RULE = 'identity-pool/writable-claim-mapping';
const f = (file: string, line: number, column: number) => ({
  ruleId: RULE,
  messageId: 'writable',
  severity: 'critical',
  file: `test/fixtures/rules/${RULE}/invalid/${file}`,
  line,
  column,
  resource: 'Attachment',
});

describe(RULE, () => {
  it('reports each rule on a claim the user can write, at the claim; every client of the pool counts when the mapping names none of the run', () => {
    const report = lintRuleFixture(RULE, 'invalid/claims.yaml');
    expect(seen(report, RULE)).toEqual([f('claims.yaml', 52, 24), f('claims.yaml', 56, 24), f('claims.yaml', 72, 24)]);
    const messages = report.findings.filter((x) => x.ruleId === RULE).map((x) => x.message);
    expect(messages[0]).toBe(
      'The role mapping `web` of identity pool `IdentityPool` gives role `PremiumRole` to users whose `custom:tier` equals `premium`, but anyone who signs up to user pool `UserPool` can set `custom:tier` themselves (app client `WebClient` lists `custom:tier` in WriteAttributes), so they pick the role.',
    );
    expect(messages[2]).toContain('app client `MobileClient` has no WriteAttributes');
  });

  it('reports a writable claim without self sign-up as reachable by every user (JSON, Fn::Join provider key)', () => {
    const report = lintRuleFixture(RULE, 'invalid/claims.json');
    expect(seen(report, RULE)).toEqual([f('claims.json', 28, 36)]);
    expect(report.findings.find((x) => x.ruleId === RULE)?.message).toContain('but every user of the provider can set `custom:dept` themselves');
  });

  it.each(fixtureFiles(RULE, 'valid'))('reports nothing on valid/%s', (file) => {
    expect(seen(lintRuleFixture(RULE, `valid/${file}`), RULE)).toEqual([]);
  });

  it('records a computed claim as unresolved', () => {
    expect(lintRuleFixture(RULE, 'valid/claims.yaml').notifications.filter((n) => n.ruleId === RULE)).toEqual([
      expect.objectContaining({ kind: 'unresolved', range: expect.objectContaining({ start: { line: 51, column: 24 } }) }),
    ]);
  });
});
