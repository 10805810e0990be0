import { describe, expect, it } from 'vitest';
import { fixtureFiles, lintRuleFixture, seen } from '../helpers.js';

const RULE = 'trust/missing-aud';
const f = (messageId: string, file: string, line: number, column: number, resource: string) => ({
  ruleId: RULE,
  messageId,
  severity: 'critical',
  file: `test/fixtures/rules/${RULE}/invalid/${file}`,
  line,
  column,
  resource,
});

describe(RULE, () => {
  it('reports a trust statement with no aud condition at the statement', () => {
    expect(seen(lintRuleFixture(RULE, 'invalid/no-aud.yaml'), RULE)).toEqual([f('missing', 'no-aud.yaml', 14, 13, 'AuthRole')]);
  });

  it('reports a wildcard aud under StringLike at the value (JSON)', () => {
    expect(seen(lintRuleFixture(RULE, 'invalid/wildcard-string-like.json'), RULE)).toEqual([
      f('wildcard', 'wildcard-string-like.json', 18, 71, 'AuthRole'),
    ]);
  });

  it('reports negated, IfExists and ForAllValues operators, case-insensitive keys, sts:* / * actions and the us-gov principal', () => {
    expect(seen(lintRuleFixture(RULE, 'invalid/weak-operators.yaml'), RULE)).toEqual([
      f('negated', 'weak-operators.yaml', 14, 53, 'NegatedRole'),
      f('ifExists', 'weak-operators.yaml', 28, 53, 'IfExistsRole'),
      f('forAllValues', 'weak-operators.yaml', 42, 53, 'ForAllValuesRole'),
      f('missing', 'weak-operators.yaml', 51, 13, 'GovCloudRole'),
    ]);
  });

  it('reads a trust that YAML merge keys bring in, at the statement the anchored mapping writes, once per role; an own trust overrides it', () => {
    expect(seen(lintRuleFixture(RULE, 'invalid/merge-key.yaml'), RULE)).toEqual([
      f('missing', 'merge-key.yaml', 12, 11, 'AdminRole'),
      f('missing', 'merge-key.yaml', 12, 11, 'AuthRole'),
    ]);
  });

  it('reports a bare trust policy file, naming the file as the role', () => {
    expect(seen(lintRuleFixture(RULE, 'invalid/bare-trust-policy.json'), RULE)).toEqual([
      f('missing', 'bare-trust-policy.json', 4, 5, 'bare-trust-policy'),
    ]);
  });

  it('does not accept a Deny of another action as the deny form', () => {
    expect(seen(lintRuleFixture(RULE, 'invalid/deny-does-not-cover.json'), RULE)).toEqual([
      f('missing', 'deny-does-not-cover.json', 4, 5, 'deny-does-not-cover'),
    ]);
  });

  it('says the role is legacy or will not deploy', () => {
    const [finding] = lintRuleFixture(RULE, 'invalid/no-aud.yaml').findings.filter((x) => x.ruleId === RULE);
    expect(finding?.message).toContain('either legacy or will not deploy');
  });

  it.each(fixtureFiles(RULE, 'valid'))('reports nothing on valid/%s', (file) => {
    expect(seen(lintRuleFixture(RULE, `valid/${file}`), RULE)).toEqual([]);
  });

  it('covers every invalid fixture', () => {
    expect(fixtureFiles(RULE, 'invalid')).toEqual([
      'bare-trust-policy.json',
      'deny-does-not-cover.json',
      'merge-key.yaml',
      'no-aud.yaml',
      'weak-operators.yaml',
      'wildcard-string-like.json',
    ]);
  });
});
