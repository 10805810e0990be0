import { describe, expect, it } from 'vitest';
import { fixtureFiles, lintRuleFixture, seen } from '../helpers.js';

const RULE = 'identity-pool/writable-principal-tag';
const f = (file: string, line: number, column: number) => ({
  ruleId: RULE,
  messageId: 'writable',
  severity: 'high',
  file: `test/fixtures/rules/${RULE}/invalid/${file}`,
  line,
  column,
  resource: 'PrincipalTags',
});

describe(RULE, () => {
  it('reports a tag mapped from a user-writable attribute that a policy variable in a Resource relies on, at the mapping (Fn::Sub escape)', () => {
    const report = lintRuleFixture(RULE, 'invalid/tags.yaml');
    expect(seen(report, RULE)).toEqual([f('tags.yaml', 58, 21)]);
    expect(report.findings.find((x) => x.ruleId === RULE)?.message).toBe(
      'Identity pool `IdentityPool` sets principal tag `department` from `custom:dept`, which anyone who signs up to user pool `UserPool` can set themselves (app client `WebClient` lists `custom:dept` in WriteAttributes), and policy `DepartmentFiles` of role `AuthRole` relies on `aws:PrincipalTag/department`, so users choose what it grants them.',
    );
  });

  it('finds the variable in a condition value split across Fn::Join parts of an attached managed policy (JSON)', () => {
    expect(seen(lintRuleFixture(RULE, 'invalid/tags.json'), RULE)).toEqual([f('tags.json', 63, 37)]);
  });

  it.each(fixtureFiles(RULE, 'valid'))('reports nothing on valid/%s', (file) => {
    expect(seen(lintRuleFixture(RULE, `valid/${file}`), RULE)).toEqual([]);
  });
});
