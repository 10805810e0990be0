import { describe, expect, it } from 'vitest';
import { fixtureFiles, lintRuleFixture, seen } from '../helpers.js';

const RULE = 'trust/missing-amr';
const f = (messageId: string, severity: string, file: string, line: number, column: number, resource: string) => ({
  ruleId: RULE,
  messageId,
  severity,
  file: `test/fixtures/rules/${RULE}/invalid/${file}`,
  line,
  column,
  resource,
});

describe(RULE, () => {
  it('is high when the pool named by aud allows guests and the classic flow', () => {
    expect(seen(lintRuleFixture(RULE, 'invalid/guests-and-classic-flow.yaml'), RULE)).toEqual([
      f('guestsCanAssume', 'high', 'guests-and-classic-flow.yaml', 15, 13, 'AuthRole'),
    ]);
  });

  it('is medium for a closed pool, high for a pool whose classic flow is a parameter, high when no pool resolves', () => {
    expect(seen(lintRuleFixture(RULE, 'invalid/defence-in-depth.json'), RULE)).toEqual([
      f('defenceInDepth', 'medium', 'defence-in-depth.json', 20, 13, 'ClosedRole'),
      f('guestsCanAssume', 'high', 'defence-in-depth.json', 36, 13, 'ParameterRole'),
      f('noPoolResolved', 'high', 'defence-in-depth.json', 52, 13, 'LiteralRole'),
    ]);
  });

  it('does not take a pool that aud excludes (StringNotEquals) for one it trusts', () => {
    expect(seen(lintRuleFixture(RULE, 'invalid/negated-aud.yaml'), RULE)).toEqual([f('noPoolResolved', 'high', 'negated-aud.yaml', 13, 13, 'AuthRole')]);
  });

  it('recognises a principal chosen from a map when every value is an identity-pool host (not when one is another provider)', () => {
    expect(seen(lintRuleFixture(RULE, 'invalid/partition-principal.yaml'), RULE)).toEqual([f('defenceInDepth', 'medium', 'partition-principal.yaml', 22, 13, 'AuthRole')]);
  });

  it('names the pool in the message', () => {
    const messages = lintRuleFixture(RULE, 'invalid/defence-in-depth.json').findings.map((x) => x.message);
    expect(messages.some((m) => m.includes('identity pool `ClosedPool`'))).toBe(true);
  });

  it.each(fixtureFiles(RULE, 'valid'))('reports nothing on valid/%s', (file) => {
    expect(seen(lintRuleFixture(RULE, `valid/${file}`), RULE)).toEqual([]);
  });
});
