import { describe, expect, it } from 'vitest';
import { fixtureFiles, lintRuleFixture, seen } from '../helpers.js';

const RULE = 'policy/variable-unsubstituted';
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
  it('reports a template policy without Version at the document, and one with 2008-10-17 at its Version', () => {
    const report = lintRuleFixture(RULE, 'invalid/no-version.yaml');
    expect(seen(report, RULE)).toEqual([
      f('no-version.yaml', 'missing', 25, 13, 'AuthenticatedRole'), // the UserFiles document (Resource via Fn::Join, s3:prefix condition)
      f('no-version.yaml', 'old', 42, 18, 'LegacyPolicy'), // Version: "2008-10-17"; `${!aws:username}` from Fn::Sub counts
    ]);
    const messages = report.findings.filter((x) => x.ruleId === RULE).map((x) => x.message);
    expect(messages[0]).toBe(
      'The policy `UserFiles` has no `Version`: IAM reads `${cognito-identity.amazonaws.com:sub}` in statement `ListOwnPrefix` and statement 2 as literal text. The `Allow` grants nothing there.',
    );
    expect(messages[1]).toBe(
      'The policy `LegacyPolicy` declares `Version` `2008-10-17`: IAM reads `${aws:username}` in statement `DenyOthersHomes` as literal text. The `Deny` fails open.',
    );
  });

  it('reports a JSON template policy without Version whose variable comes from Fn::Sub', () => {
    expect(seen(lintRuleFixture(RULE, 'invalid/template.json'), RULE)).toEqual([f('template.json', 'missing', 7, 27, 'HomePolicy')]);
  });

  it('reports a raw policy without Version', () => {
    expect(seen(lintRuleFixture(RULE, 'invalid/raw-policy.json'), RULE)).toEqual([f('raw-policy.json', 'missing', 1, 1, 'raw-policy')]);
  });

  it('records an unresolved notification when the Version is not known', () => {
    const report = lintRuleFixture(RULE, 'valid/versioned.yaml');
    expect(report.notifications.filter((n) => n.ruleId === RULE).map((n) => n.message)).toEqual([
      'The Version of policy `VersionParameterPolicy` could not be resolved; its policy variables may be literal text.',
    ]);
  });

  it.each(fixtureFiles(RULE, 'valid'))('reports nothing on valid/%s', (file) => {
    expect(seen(lintRuleFixture(RULE, `valid/${file}`), RULE)).toEqual([]);
  });
});
