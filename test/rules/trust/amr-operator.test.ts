import { describe, expect, it } from 'vitest';
import { fixtureFiles, lintRuleFixture, seen } from '../helpers.js';

const RULE = 'trust/amr-operator';
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
  it('reports single-valued, ForAllValues, IfExists and negated operators on amr at the condition entry, and only the wrong Fn::If branch', () => {
    expect(seen(lintRuleFixture(RULE, 'invalid/operators.yaml'), RULE)).toEqual([
      f('singleValued', 'operators.yaml', 21, 53, 'SingleValuedRole'),
      f('forAllValues', 'operators.yaml', 35, 53, 'ForAllValuesRole'),
      f('ifExists', 'operators.yaml', 49, 53, 'IfExistsRole'),
      f('negated', 'operators.yaml', 63, 53, 'NegatedRole'),
      f('singleValued', 'operators.yaml', 83, 55, 'ConditionalRole'),
    ]);
  });

  it('reads partition variants and case-insensitive key names (JSON)', () => {
    expect(seen(lintRuleFixture(RULE, 'invalid/operators.json'), RULE)).toEqual([
      f('forAllValues', 'operators.json', 19, 89, 'ChinaRole'),
      f('negated', 'operators.json', 38, 86, 'NotLikeRole'),
    ]);
  });

  it('says what the operator does', () => {
    const messages = lintRuleFixture(RULE, 'invalid/operators.yaml').findings.filter((x) => x.ruleId === RULE).map((x) => x.message);
    expect(messages[1]).toContain('true for a token that carries no `amr`');
    expect(messages[3]).toContain('a token that carries no `amr` at all');
    // What the statement admits comes from the shared amr logic (src/iam/trust.ts).
    expect(messages[0]).toContain('(as written, the statement admits tokens that depend on undocumented or unresolved behaviour)');
    expect(messages[1]).toContain('(as written, the statement admits no real token)');
    expect(messages[2]).toContain('(as written, the statement admits signed-in users only)');
    const json = lintRuleFixture(RULE, 'invalid/operators.json').findings.filter((x) => x.ruleId === RULE).map((x) => x.message);
    // ForAnyValue: is false on a missing key, so the negated set form does not claim otherwise.
    expect(json[1]).not.toContain('carries no `amr` at all');
    // ForAllValues over [authenticated, graph.facebook.com] lets exactly Facebook sign-ins through.
    expect(json[0]).toContain('(as written, the statement admits only users signed in through `graph.facebook.com`)');
    expect(json[1]).toContain('(as written, the statement admits signed-in users only)');
  });

  it.each(fixtureFiles(RULE, 'valid'))('reports nothing on valid/%s', (file) => {
    expect(seen(lintRuleFixture(RULE, `valid/${file}`), RULE)).toEqual([]);
  });
});
