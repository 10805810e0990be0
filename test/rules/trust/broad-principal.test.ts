import { describe, expect, it } from 'vitest';
import { fixtureFiles, lintRuleFixture, seen } from '../helpers.js';

const RULE = 'trust/broad-principal';
const f = (file: string, line: number, column: number, resource: string, messageId = 'anyone') => ({
  ruleId: RULE,
  messageId,
  severity: 'critical',
  file: `test/fixtures/rules/${RULE}/invalid/${file}`,
  line,
  column,
  resource,
});

describe(RULE, () => {
  it('reports "*", {"AWS": "*"} (also in a list) and {"Federated": "*"} at the principal value when no condition pins the caller', () => {
    expect(seen(lintRuleFixture(RULE, 'invalid/principals.yaml'), RULE)).toEqual([
      f('principals.yaml', 10, 24, 'EveryoneRole'),
      f('principals.yaml', 21, 53, 'AnyAccountRole', 'anyAwsPrincipal'),
      f('principals.yaml', 34, 26, 'AnyProviderRole', 'anyToken'),
      f('principals.yaml', 44, 31, 'IfExistsRole', 'anyAwsPrincipal'),
    ]);
  });

  it('does not count a bare wildcard as pinning (JSON)', () => {
    expect(seen(lintRuleFixture(RULE, 'invalid/principals.json'), RULE)).toEqual([f('principals.json', 11, 37, 'WildcardArnRole', 'anyAwsPrincipal')]);
  });

  it('says who can assume the role', () => {
    const messages = lintRuleFixture(RULE, 'invalid/principals.yaml').findings.filter((x) => x.ruleId === RULE).map((x) => x.message);
    expect(messages[0]).toContain('anyone, from any AWS account or identity provider, can assume it');
    expect(messages[2]).toContain('a token from any identity provider can assume it');
  });

  it.each(fixtureFiles(RULE, 'valid'))('reports nothing on valid/%s', (file) => {
    expect(seen(lintRuleFixture(RULE, `valid/${file}`), RULE)).toEqual([]);
  });
});
