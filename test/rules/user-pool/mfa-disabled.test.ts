import { describe, expect, it } from 'vitest';
import { fixtureFiles, lintPaths, lintRuleFixture, seen } from '../helpers.js';

const RULE = 'user-pool/mfa-disabled';
const f = (messageId: string, file: string, line: number, column: number, resource: string, cdkPath?: string) => ({
  ruleId: RULE,
  messageId,
  severity: 'low',
  file: file.startsWith('test/') ? file : `test/fixtures/rules/${RULE}/invalid/${file}`,
  line,
  column,
  resource,
  ...(cdkPath ? { cdkPath } : {}),
});

describe(RULE, () => {
  it('reports OFF at the value, an absent setting at the Properties, and OFF in one Fn::If branch', () => {
    expect(seen(lintRuleFixture(RULE, 'invalid/off.yaml'), RULE)).toEqual([
      f('off', 'off.yaml', 8, 25, 'Customers'),
      f('missing', 'off.yaml', 12, 7, 'Partners'),
      f('off', 'off.yaml', 16, 44, 'Staff'),
    ]);
    // The Fn::If is decided per condition value: OFF is the branch taken outside production.
    expect(lintRuleFixture(RULE, 'invalid/off.yaml').findings.find((x) => x.ruleId === RULE && x.resource?.logicalId === 'Staff')?.message).toBe(
      'User pool `Staff` sets `MfaConfiguration` to `OFF`: a stolen or guessed password is enough to sign in (when condition `IsProd` is false).',
    );
  });

  it('reports in JSON, at the resource when it has no Properties at all', () => {
    expect(seen(lintRuleFixture(RULE, 'invalid/off.json'), RULE)).toEqual([f('missing', 'off.json', 3, 14, 'Users'), f('off', 'off.json', 6, 43, 'Admins')]);
  });

  it('reports a CDK pool without mfa (excerpt of real synth output)', () => {
    expect(seen(lintRuleFixture(RULE, 'invalid/cdk-defaults.json'), RULE)).toEqual([f('missing', 'cdk-defaults.json', 6, 18, 'PartnerUserPool257FBB7D', 'WebApp/PartnerUserPool/Resource')]);
  });

  it('on the real CDK cloud assemblies: the partner pool of variant f, not the pools with optional MFA', () => {
    const file = 'test/fixtures/corpus/cdk/f-api-authz-gaps/cdk.out/WebApp.template.json';
    expect(seen(lintPaths(['test/fixtures/corpus/cdk/f-api-authz-gaps/cdk.out']), RULE)).toEqual([f('missing', file, 1951, 18, 'PartnerUserPool257FBB7D', 'WebApp/PartnerUserPool/Resource')]);
  });

  it('names the pool', () => {
    const messages = lintRuleFixture(RULE, 'invalid/off.yaml').findings.filter((x) => x.ruleId === RULE).map((x) => x.message);
    expect(messages[0]).toBe('User pool `Customers` sets `MfaConfiguration` to `OFF`: a stolen or guessed password is enough to sign in.');
  });

  it('records a parameter nobody gave instead of judging its default', () => {
    const report = lintRuleFixture(RULE, 'valid/mfa.yaml');
    expect(report.notifications.filter((n) => n.ruleId === RULE).map((n) => [n.kind, n.range?.start.line])).toEqual([['unresolved', 20]]);
  });

  it.each(fixtureFiles(RULE, 'valid'))('reports nothing on valid/%s', (file) => {
    expect(seen(lintRuleFixture(RULE, `valid/${file}`), RULE)).toEqual([]);
  });
});
