import { describe, expect, it } from 'vitest';
import { fixtureFiles, lintPaths, lintRuleFixture, seen } from '../helpers.js';

const RULE = 'identity-pool/ambiguous-fallback';
const f = (file: string, line: number, column: number) => ({
  ruleId: RULE,
  messageId: 'fallback',
  severity: 'low',
  file: `test/fixtures/rules/${RULE}/invalid/${file}`,
  line,
  column,
  resource: 'Attachment',
});

describe(RULE, () => {
  it('reports a Rules mapping with AmbiguousRoleResolution: AuthenticatedRole at the value, naming the fallback role', () => {
    const report = lintRuleFixture(RULE, 'invalid/rules.yaml');
    expect(seen(report, RULE)).toEqual([f('rules.yaml', 57, 36)]);
    expect(report.findings.find((x) => x.ruleId === RULE)?.message).toContain('to the default authenticated role `StaffRole`');
  });

  it('reports a social provider mapping keyed by the provider name (JSON)', () => {
    expect(seen(lintRuleFixture(RULE, 'invalid/rules.json'), RULE)).toEqual([f('rules.json', 15, 40)]);
  });

  it.each(fixtureFiles(RULE, 'valid'))('reports nothing on valid/%s', (file) => {
    expect(seen(lintRuleFixture(RULE, `valid/${file}`), RULE)).toEqual([]);
  });

  it('records a parameter-driven resolution as unresolved', () => {
    expect(lintRuleFixture(RULE, 'valid/deny.yaml').notifications.filter((n) => n.ruleId === RULE)).toEqual([
      expect.objectContaining({ kind: 'unresolved', range: expect.objectContaining({ start: { line: 35, column: 36 } }) }),
    ]);
  });

  // The CDK corpus variants a2 and b map roles with `Type: Token` and `AmbiguousRoleResolution:
  // AuthenticatedRole`: users in no group (or in groups of equal precedence) get the default
  // authenticated role, which is those apps' design. Its page (rules/identity-pool/ambiguous-fallback.md) limits the rule to Rules mappings.
  it.each(['a2-secure-l1', 'b-trust-no-aud'])('does not report the Token mapping of the CDK corpus variant %s', (variant) => {
    expect(seen(lintPaths([`test/fixtures/corpus/cdk/${variant}/cdk.out`]), RULE)).toEqual([]);
  });
});
