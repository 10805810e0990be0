import { describe, expect, it } from 'vitest';
import { fixtureFiles, lintRuleFixture, seen } from '../helpers.js';

const RULE = 'identity-pool/no-token-check';
const f = (messageId: string, file: string, line: number, column: number) => ({
  ruleId: RULE,
  messageId,
  severity: 'low',
  file: `test/fixtures/rules/${RULE}/invalid/${file}`,
  line,
  column,
  resource: 'IdentityPool',
});

describe(RULE, () => {
  it('reports an absent ServerSideTokenCheck at the provider entry and a false one at its value', () => {
    expect(seen(lintRuleFixture(RULE, 'invalid/providers.yaml'), RULE)).toEqual([f('absent', 'providers.yaml', 17, 11), f('disabled', 'providers.yaml', 21, 33)]);
  });

  it('reads the string "false" (JSON)', () => {
    expect(seen(lintRuleFixture(RULE, 'invalid/providers.json'), RULE)).toEqual([f('disabled', 'providers.json', 8, 144)]);
  });

  it('names the provider', () => {
    const [first] = lintRuleFixture(RULE, 'invalid/providers.yaml').findings.filter((x) => x.ruleId === RULE);
    expect(first?.message).toContain('accepts tokens of `${UserPool.ProviderName}`');
  });

  it.each(fixtureFiles(RULE, 'valid'))('reports nothing on valid/%s', (file) => {
    expect(seen(lintRuleFixture(RULE, `valid/${file}`), RULE)).toEqual([]);
  });
});
