import { describe, expect, it } from 'vitest';
import { actionsOf } from '../../../src/iam/actions.js';
import {
  isPrivilegeEscalationAction,
  privilegeEscalationActions,
  privilegeEscalationSources,
} from '../../../src/data/privilege-escalation.js';
import { fixtureFiles, lintRuleFixture, seen } from '../helpers.js';

const RULE = 'policy/privilege-escalation';
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
  it('reports escalation actions on every resource, listing them per statement', () => {
    const report = lintRuleFixture(RULE, 'invalid/privesc.yaml');
    expect(seen(report, RULE)).toEqual([
      f('privesc.yaml', 'role', 21, 49, 'DeployerRole'), // iam:PassRole next to lambda:CreateFunction
      f('privesc.yaml', 'role', 26, 26, 'DeployerRole'), // iam:Put*Policy expands to three escalation actions
      f('privesc.yaml', 'role', 30, 25, 'DeployerRole'), // iam:PassRole limited to ECS tasks
      f('privesc.yaml', 'policy', 43, 21, 'FunctionsPolicy'), // NotResource applies to every other resource
    ]);
    const messages = report.findings.filter((x) => x.ruleId === RULE).map((x) => x.message);
    expect(messages[1]).toBe(
      'Role `DeployerRole` may use `iam:PutGroupPolicy`, `iam:PutRolePolicy` and `iam:PutUserPolicy` on every resource through statement `PolicyEditing` of inline policy `Deploy`, which lets it gain permissions it was not given.',
    );
    expect(messages[2]).toBe(
      "Role `DeployerRole` may use `iam:PassRole` on every resource through statement `PassToEcs` of inline policy `Deploy`, which lets it pass any role of the account to `ecs-tasks.amazonaws.com` and act with that role's permissions wherever that service runs its work.",
    );
  });

  it('reports the role SAM generates from a function\'s Policies, on the function', () => {
    expect(seen(lintRuleFixture(RULE, 'invalid/sam-function.yaml'), RULE)).toEqual([f('sam-function.yaml', 'role', 13, 24, 'DeployFunction')]);
  });

  it('reports a group policy (no role) in a JSON template', () => {
    expect(seen(lintRuleFixture(RULE, 'invalid/template.json'), RULE)).toEqual([f('template.json', 'policy', 16, 26, 'OpsPolicy')]);
  });

  it('reports a raw policy', () => {
    expect(seen(lintRuleFixture(RULE, 'invalid/raw-policy.json'), RULE)).toEqual([f('raw-policy.json', 'policy', 7, 40, 'raw-policy')]);
  });

  it('subtracts unconditional Denies of every policy of the role, per role', () => {
    // valid/denied-by-another-policy.yaml: the Deny sits in a managed policy of the role.
    // Here the same policy reaches two roles; only FencedRole has the Deny, and the conditional Deny cancels nothing.
    expect(seen(lintRuleFixture(RULE, 'invalid/denied-elsewhere.yaml'), RULE)).toEqual([f('denied-elsewhere.yaml', 'role', 25, 45, 'Deploy')]);
    expect(lintRuleFixture(RULE, 'invalid/denied-elsewhere.yaml').findings.find((x) => x.ruleId === RULE)?.message).toMatch(/^Role `OpenRole` may use `iam:PassRole`/);
  });

  it.each(fixtureFiles(RULE, 'valid'))('reports nothing on valid/%s', (file) => {
    expect(seen(lintRuleFixture(RULE, `valid/${file}`), RULE)).toEqual([]);
  });
});

describe('the privilege-escalation list (src/data/privilege-escalation.json)', () => {
  it('names only actions of the Service Authorization Reference, each once, each with a reason', () => {
    const ids = privilegeEscalationActions().map((a) => a.action);
    expect(new Set(ids.map((id) => id.toLowerCase())).size).toBe(ids.length);
    const missing = ids.filter((id) => {
      const [service, name] = id.split(':');
      return !(actionsOf(service!) ?? []).some((a) => a.name === name);
    });
    expect(missing).toEqual([]);
    for (const entry of privilegeEscalationActions()) expect(entry.why).toMatch(/^[a-z]/);
  });

  it('cites its sources', () => {
    expect(privilegeEscalationSources().map((s) => s.id)).toEqual(['rhino', 'rhino-2', 'rhino-repo', 'iam-vulnerable', 'pathfinding']);
    for (const source of privilegeEscalationSources()) expect(source.url).toMatch(/^https:\/\//);
  });

  it('matches action names case-insensitively', () => {
    expect(isPrivilegeEscalationAction('IAM:passrole')).toBe(true);
    expect(isPrivilegeEscalationAction('iam:GetRole')).toBe(false);
  });
});
