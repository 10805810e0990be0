import { describe, expect, it } from 'vitest';
import { actionsOf } from '../../../src/iam/actions.js';
import {
  isPrivilegeEscalationAction,
  privilegeEscalationActions,
  privilegeEscalationSources,
} from '../../../src/data/privilege-escalation.js';
import { ruleTester } from '../rule-tester.js';

ruleTester.run('policy/privilege-escalation', {
  valid: 'all',
  invalid: {
    // Subtracts unconditional Denies of every policy of the role, per role.
    'denied-elsewhere.yaml': [
      // valid/denied-by-another-policy.yaml: the Deny sits in a managed policy of the role.
      // Here the same policy reaches two roles; only FencedRole has the Deny, and the conditional Deny cancels nothing.
      {
        messageId: 'roleOne',
        line: 25,
        column: 45,
        resource: 'Deploy',
        message: /^Role `OpenRole` may use `iam:PassRole`/,
      },
    ],
    // Reports escalation actions on every resource, listing them per statement.
    'privesc.yaml': [
      { messageId: 'roleOne', line: 21, column: 49, resource: 'DeployerRole' }, // iam:PassRole next to lambda:CreateFunction
      // iam:Put*Policy expands to three escalation actions
      {
        messageId: 'role',
        line: 26,
        column: 26,
        resource: 'DeployerRole',
        message:
          'Role `DeployerRole` may use `iam:PutGroupPolicy`, `iam:PutRolePolicy` and `iam:PutUserPolicy` on every resource through statement `PolicyEditing` of inline policy `Deploy`, which lets it gain permissions it was not given.',
      },
      // iam:PassRole limited to ECS tasks
      {
        messageId: 'roleOne',
        line: 30,
        column: 25,
        resource: 'DeployerRole',
        message:
          "Role `DeployerRole` may use `iam:PassRole` on every resource through statement `PassToEcs` of inline policy `Deploy`. That lets its holder pass any role of the account to `ecs-tasks.amazonaws.com` and act with that role's permissions wherever that service runs its work.",
      },
      { messageId: 'policyOne', line: 43, column: 21, resource: 'FunctionsPolicy' }, // NotResource applies to every other resource
    ],
    // Names the services an iam:PassedToService condition leaves, never the list's examples it rules out
    // (aws-samples/jp-rag-sample: CDK's ECS deploy action, StringEqualsIfExists [ec2, ecs-tasks]).
    'passed-to-service.yaml': [
      {
        messageId: 'roleOne',
        line: 24,
        column: 25,
        resource: 'PipelineRole',
        message:
          "Role `PipelineRole` may use `iam:PassRole` on every resource through statement `PassToEcsIfExists` of inline policy `Deploy`. That lets its holder pass any role of the account to `ec2.amazonaws.com` and `ecs-tasks.amazonaws.com` (the statement's `StringEqualsIfExists` condition on `iam:PassedToService` also holds for a request without that key) and act with that role's permissions wherever the service runs its work.",
      },
      {
        messageId: 'roleOne',
        line: 31,
        column: 25,
        resource: 'PipelineRole',
        message:
          "Role `PipelineRole` may use `iam:PassRole` on every resource through statement `PassExceptLambda` of inline policy `Deploy`. That lets its holder pass any role of the account to any service but `lambda.amazonaws.com` (the statement's `StringNotEquals` condition on `iam:PassedToService`) and act with that role's permissions wherever the service runs its work.",
      },
    ],
    // Reports a raw policy.
    'raw-policy.json': [{ messageId: 'policyOne', line: 7, column: 40, resource: 'raw-policy' }],
    // Reports the role SAM generates from a function's Policies, on the function.
    'sam-function.yaml': [{ messageId: 'roleOne', line: 13, column: 24, resource: 'DeployFunction' }],
    // Reports a group policy (no role) in a JSON template.
    'template.json': [{ messageId: 'policyOne', line: 16, column: 26, resource: 'OpsPolicy' }],
  },
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
    expect(privilegeEscalationSources().map((s) => s.id)).toEqual([
      'rhino',
      'rhino-2',
      'rhino-repo',
      'iam-vulnerable',
      'pathfinding',
    ]);
    for (const source of privilegeEscalationSources()) expect(source.url).toMatch(/^https:\/\//);
  });

  it('matches action names case-insensitively', () => {
    expect(isPrivilegeEscalationAction('IAM:passrole')).toBe(true);
    expect(isPrivilegeEscalationAction('iam:GetRole')).toBe(false);
  });
});
