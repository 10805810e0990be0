import { describe, expect, it } from 'vitest';
import { fixtureFiles, lintRuleFixture, seen } from '../helpers.js';

const RULE = 'policy/variable-sub-escape';
const dir = `test/fixtures/rules/${RULE}/invalid`;
const f = (file: string, messageId: string, line: number, column: number, resource: string) => ({
  ruleId: RULE,
  messageId,
  severity: 'high',
  file: `${dir}/${file}`,
  line,
  column,
  resource,
});

describe(RULE, () => {
  it('reports IAM variables without `!` inside Fn::Sub and `${!…}` outside it, at the string', () => {
    const report = lintRuleFixture(RULE, 'invalid/escapes.yaml');
    expect(seen(report, RULE)).toEqual([
      f('escapes.yaml', 'unescapedInSub', 17, 17, 'FilesPolicy'), // !Sub short form
      f('escapes.yaml', 'unescapedInSubMany', 19, 21, 'FilesPolicy'), // Fn::Sub list form: the template string
      f('escapes.yaml', 'escapeOutsideSub', 28, 28, 'FilesPolicy'), // plain condition value
      f('escapes.yaml', 'escapeOutsideSub', 32, 61, 'FilesPolicy'), // Fn::Join piece
    ]);
    const messages = report.findings.filter((x) => x.ruleId === RULE).map((x) => x.message);
    expect(messages[1]).toBe(
      'In policy `FilesPolicy`, statement `OwnFiles`, `Fn::Sub` takes `${aws:username}` and `${aws:PrincipalTag/team}` for CloudFormation references, so the deployment fails with "Unresolved resource dependencies"; write `${!aws:username}` and `${!aws:PrincipalTag/team}`.',
    );
    expect(messages[2]).toBe(
      'In policy `FilesPolicy`, statement `ListOwnPrefix`, `${!cognito-identity.amazonaws.com:sub}` is outside `Fn::Sub`, so the `!` stays in the policy and the variable never matches; write `${cognito-identity.amazonaws.com:sub}`.',
    );
  });

  it('reports the long-form Fn::Sub of a JSON template', () => {
    expect(seen(lintRuleFixture(RULE, 'invalid/template.json'), RULE)).toEqual([f('template.json', 'unescapedInSub', 13, 40, 'HomePolicy')]);
  });

  it('reports `${!…}` in a raw policy', () => {
    expect(seen(lintRuleFixture(RULE, 'invalid/raw-policy.json'), RULE)).toEqual([f('raw-policy.json', 'escapeOutsideSub', 8, 19, 'raw-policy')]);
  });

  it.each(fixtureFiles(RULE, 'valid'))('reports nothing on valid/%s', (file) => {
    expect(seen(lintRuleFixture(RULE, `valid/${file}`), RULE)).toEqual([]);
  });
});
