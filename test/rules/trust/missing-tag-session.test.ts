import { describe, expect, it } from 'vitest';
import { fixtureFiles, lintRuleFixture, seen } from '../helpers.js';

const RULE = 'trust/missing-tag-session';
const DIR = `test/fixtures/rules/${RULE}`;
const f = (file: string, line: number, column: number, resource: string, messageId = 'missing') => ({
  ruleId: RULE,
  messageId,
  severity: 'medium',
  file: `${DIR}/invalid/${file}`,
  line,
  column,
  resource,
});

describe(RULE, () => {
  it('reports the authenticated role, a Rules-mapped role of the provider and a group role of its user pool at the statement; the guest role is exempt', () => {
    const report = lintRuleFixture(RULE, 'invalid/roles.yaml');
    expect(seen(report, RULE)).toEqual([
      f('roles.yaml', 23, 13, 'AuthRole'),
      f('roles.yaml', 52, 13, 'EditorsRole', 'missingMappingRule'),
      f('roles.yaml', 66, 13, 'AdminRole', 'missingGroupRole'),
    ]);
    const messages = report.findings.filter((x) => x.ruleId === RULE).map((x) => x.message);
    expect(messages[0]).toContain('Identity pool `IdentityPool` maps principal tags (the default tags)');
    expect(messages[2]).toContain('role `AdminRole`, the role of user pool group `Admins`');
  });

  it('follows the wiring across stacks: tags and pool in one stack, the role in a nested stack of another (Fn::GetStackOutput)', () => {
    expect(seen(lintRuleFixture(RULE, 'invalid/cross-stack'), RULE)).toEqual([
      {
        ...f('cross-stack/cdk.out/DataRolesNestedE5F6A7B8.nested.template.json', 13, 7, 'AuthenticatedRole'),
        cdkPath: 'Data/RolesNested/AuthenticatedRole/Resource',
      },
    ]);
  });

  it.each(fixtureFiles(RULE, 'valid'))('reports nothing on valid/%s', (file) => {
    expect(seen(lintRuleFixture(RULE, `valid/${file}`), RULE)).toEqual([]);
  });

  it('records a computed UseDefaults as unresolved', () => {
    expect(lintRuleFixture(RULE, 'valid/roles.yaml').notifications.filter((n) => n.ruleId === RULE)).toEqual([
      expect.objectContaining({ kind: 'unresolved', range: expect.objectContaining({ start: { line: 76, column: 20 } }) }),
    ]);
  });
});
