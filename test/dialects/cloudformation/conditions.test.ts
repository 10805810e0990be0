/**
 * docs/semantics.md#conditions: decided conditions are applied (undeployed resources vanish, Fn::If is
 * its branch, AWS::NoValue removes the property), undecided ones are linted per consistent
 * scenario, and a finding that holds only under some values says which.
 */
import { describe, expect, it } from 'vitest';
import type { LintReport } from '../../../src/index.js';
import { formatJson } from '../../../src/reporters/json.js';
import { formatSarif } from '../../../src/reporters/sarif.js';
import { reportValidator, sarifValidator } from '../../reporters/schemas.js';
import { lintPaths } from '../../rules/helpers.js';

const DIR = 'test/fixtures/conditions';

interface Seen {
  ruleId: string;
  severity: string;
  line: number;
  column: number;
  resource: string | undefined;
  when: string | undefined;
}

function seen(report: LintReport): Seen[] {
  return report.findings.map((f) => ({
    ruleId: f.ruleId,
    severity: f.severity,
    line: f.range.start.line,
    column: f.range.start.column,
    resource: f.resource?.logicalId,
    when: f.when,
  }));
}

const at = (ruleId: string, severity: string, line: number, column: number, resource: string, when?: string): Seen => ({
  ruleId,
  severity,
  line,
  column,
  resource,
  when,
});

describe('conditions decided by parameters', () => {
  it('-p EnableGuests=false: the pool allows no guests, so the guest role is judged as the dormant role it is', () => {
    const report = lintPaths([`${DIR}/guests.yaml`], { parameters: new Map([['EnableGuests', 'false']]) });
    expect(seen(report)).toEqual([
      at('s3/object-access-not-scoped', 'low', 32, 17, 'GuestRole'),
      at('identity-pool/unused-guest-role', 'info', 40, 26, 'Attach'),
    ]);
    expect(report.findings.some((f) => f.ruleId === 'role/guest-write-access')).toBe(false);
  });

  it('-p EnableGuests=true: the guest findings hold unconditionally, with no "when"', () => {
    const report = lintPaths([`${DIR}/guests.yaml`], { parameters: new Map([['EnableGuests', 'true']]) });
    expect(seen(report)).toEqual([
      at('identity-pool/guest-access', 'low', 14, 54, 'Pool'),
      at('role/guest-write-access', 'high', 32, 17, 'GuestRole'),
      at('s3/object-access-not-scoped', 'high', 32, 17, 'GuestRole'),
    ]);
    expect(report.findings.every((f) => !f.message.includes('when condition'))).toBe(true);
  });

  it('an Amplify parameters.json that disallows guest uploads removes the policy whose Condition is false', () => {
    expect(seen(lintPaths([`${DIR}/amplify-storage`]))).toEqual([]);
    // The same stack with the condition turned on by --parameter: the policy is deployed and judged.
    const on = lintPaths([`${DIR}/amplify-storage`], {
      parameters: new Map([['s3PermissionsGuestUploads', 's3:PutObjct']]),
    });
    expect(seen(on)).toEqual([at('policy/unknown-action', 'medium', 21, 56, 'GuestUploadPolicy')]);
  });
});

describe('conditions left open: one scenario per consistent assignment', () => {
  it('keeps one condition consistent across properties and says when each finding holds', () => {
    const report = lintPaths([`${DIR}/guests.yaml`]);
    expect(seen(report)).toEqual([
      at('identity-pool/guest-access', 'low', 14, 54, 'Pool', 'when condition `GuestsOn` is true'),
      at('role/guest-write-access', 'high', 32, 17, 'GuestRole', 'when condition `GuestsOn` is true'),
      // Two findings at one node are ordered by message: "every user who obtains it" before "every visitor".
      at('s3/object-access-not-scoped', 'low', 32, 17, 'GuestRole', 'when condition `GuestsOn` is false'),
      at('s3/object-access-not-scoped', 'high', 32, 17, 'GuestRole', 'when condition `GuestsOn` is true'),
      at('identity-pool/unused-guest-role', 'info', 40, 26, 'Attach', 'when condition `GuestsOn` is false'),
    ]);
    const guestWrite = report.findings.find((f) => f.ruleId === 'role/guest-write-access');
    expect(guestWrite?.message).toMatch(/ \(when condition `GuestsOn` is true\)\.$/);
  });

  it('reads the JSON twin the same way, with the attachment itself behind the condition', () => {
    expect(seen(lintPaths([`${DIR}/guests-attached-when-on.json`]))).toEqual([
      at('identity-pool/guest-access', 'low', 25, 13, 'Pool', 'when condition `GuestsOn` is true'),
      at('role/guest-write-access', 'high', 62, 17, 'GuestRole', 'when condition `GuestsOn` is true'),
      // Two findings at one node are ordered by message: "every user who obtains it" before "every visitor".
      at('s3/object-access-not-scoped', 'medium', 62, 17, 'GuestRole', 'when condition `GuestsOn` is false'),
      at('s3/object-access-not-scoped', 'high', 62, 17, 'GuestRole', 'when condition `GuestsOn` is true'),
    ]);
  });

  it('evaluates nested conditions, Fn::If inside Fn::Sub and Fn::Join, AWS::NoValue, and Conditions on a policy and a role', () => {
    expect(seen(lintPaths([`${DIR}/nested.yaml`]))).toEqual([
      // Fn::If inside Fn::Sub: the shared prefix only outside production.
      at('s3/shared-prefix-access', 'low', 40, 27, 'AuthRole', 'when condition `IsProd` is false'),
      // A statement that is AWS::NoValue in production; Fn::If inside Fn::Join names the prefix.
      at(
        's3/object-access-not-scoped',
        'medium',
        47,
        19,
        'AuthRole',
        'when conditions `IsProd` is false and `IsDev` is false',
      ),
      at('s3/object-access-not-scoped', 'medium', 47, 19, 'AuthRole', 'when condition `IsDev` is true'),
      // Condition: DevUploads (Fn::And of two conditions) on an AWS::IAM::Policy.
      at('s3/object-access-not-scoped', 'medium', 59, 13, 'UploadPolicy', 'when condition `DevUploads` is true'),
      // Condition: AnyUploads (Fn::Or with Fn::Not) on a role: IsProd and IsDev are never both true.
      at('trust/missing-amr', 'high', 69, 13, 'DebugRole', 'when condition `IsProd` is false'),
      at('trust/missing-aud', 'critical', 69, 13, 'DebugRole', 'when condition `IsProd` is false'),
      at('role/admin-access', 'critical', 77, 17, 'DebugRole', 'when condition `IsProd` is false'),
    ]);
  });

  it('reports the same weakness in both branches of an Fn::If once, at the first branch, with no "when"', () => {
    expect(seen(lintPaths([`${DIR}/branches.yaml`]))).toEqual([
      at('user-pool/client-password-auth', 'low', 20, 29, 'Client'),
      at('user-pool/client-implicit-flow', 'low', 22, 29, 'Client', 'when condition `WithFederation` is true'),
    ]);
  });

  it('decides the same template fully once the parameters are given', () => {
    const prod = lintPaths([`${DIR}/nested.yaml`], { parameters: new Map([['Stage', 'prod']]) });
    expect(seen(prod)).toEqual([]);
    const dev = lintPaths([`${DIR}/nested.yaml`], {
      parameters: new Map([
        ['Stage', 'dev'],
        ['Uploads', 'on'],
      ]),
    });
    expect(seen(dev).map((f) => [f.ruleId, f.line, f.resource, f.when])).toEqual([
      ['s3/shared-prefix-access', 40, 'AuthRole', undefined],
      ['s3/object-access-not-scoped', 47, 'AuthRole', undefined],
      ['s3/object-access-not-scoped', 59, 'UploadPolicy', undefined],
      ['trust/missing-amr', 69, 'DebugRole', undefined],
      ['trust/missing-aud', 69, 'DebugRole', undefined],
      ['role/admin-access', 77, 'DebugRole', undefined],
    ]);
  });

  it('keeps fingerprints of the template as written: a finding has one fingerprint whatever the condition values', () => {
    const open = lintPaths([`${DIR}/guests.yaml`]).findings.find((f) => f.ruleId === 'role/guest-write-access');
    const decided = lintPaths([`${DIR}/guests.yaml`], {
      parameters: new Map([['EnableGuests', 'true']]),
    }).findings.find((f) => f.ruleId === 'role/guest-write-access');
    expect(open?.fingerprint).toBeDefined();
    expect(open?.fingerprint).toBe(decided?.fingerprint);
  });
});

describe('templates linked to a template with open conditions are linted with it', () => {
  it('keeps a policy attached by name to the role of another template', async () => {
    const { lintFiles } = await import('../../engine/helpers.js');
    const policy = {
      Parameters: { Admin: { Type: 'String' } },
      Conditions: { AdminOn: { 'Fn::Equals': [{ Ref: 'Admin' }, 'yes'] } },
      Resources: {
        Everything: {
          Type: 'AWS::IAM::Policy',
          Condition: 'AdminOn',
          Properties: {
            PolicyName: 'all',
            Roles: ['shared-worker'],
            PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] },
          },
        },
      },
    };
    const role = {
      Resources: {
        Worker: {
          Type: 'AWS::IAM::Role',
          Properties: {
            RoleName: 'shared-worker',
            AssumeRolePolicyDocument: {
              Version: '2012-10-17',
              Statement: [
                { Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' },
              ],
            },
          },
        },
      },
    };
    const report = lintFiles(
      { 'policy.json': JSON.stringify(policy), 'role.json': JSON.stringify(role) },
      { config: { rules: { 'policy/wildcard-action': 'high' } } },
    );
    const found = report.findings.filter((f) => f.ruleId === 'policy/wildcard-action');
    expect(found.map((f) => [f.file, f.resource?.logicalId, f.when])).toEqual([
      ['policy.json', 'Everything', 'when condition `AdminOn` is true'],
    ]);
    expect(found[0]!.message).toContain('Role `Worker`');
  });
});

describe('suppressions across scenarios', () => {
  it('warns about an unused suppression once, and not about one that only some scenarios use', async () => {
    const { lintFiles } = await import('../../engine/helpers.js');
    const trust = (aud: unknown) => ({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { Federated: 'cognito-identity.amazonaws.com' },
          Action: 'sts:AssumeRoleWithWebIdentity',
          Condition: aud === undefined ? {} : { StringEquals: { 'cognito-identity.amazonaws.com:aud': aud } },
        },
      ],
    });
    const template = {
      Parameters: { Strict: { Type: 'String' } },
      Conditions: { StrictOn: { 'Fn::Equals': [{ Ref: 'Strict' }, 'yes'] } },
      Resources: {
        Role: {
          Type: 'AWS::IAM::Role',
          Metadata: {
            'cognito-iam-lint': {
              suppress: [
                { rule: 'trust/missing-aud', reason: 'Legacy role, replaced in SEC-1.' },
                { rule: 'trust/missing-amr', reason: 'Never fires here: the only finding is missing-aud.' },
              ],
            },
          },
          Properties: {
            AssumeRolePolicyDocument: {
              'Fn::If': ['StrictOn', trust('us-east-1:11111111-2222-3333-4444-555555555555'), trust(undefined)],
            },
          },
        },
      },
    };
    const report = lintFiles(
      { 'role.json': JSON.stringify(template) },
      { config: { reportUnusedSuppressions: true, rules: { 'trust/missing-amr': 'off' } } },
    );
    expect(report.findings.map((f) => [f.ruleId, f.when, f.suppressions.length])).toEqual([
      ['trust/missing-aud', 'when condition `StrictOn` is false', 1],
    ]);
    const unused = report.notifications.filter((n) => /matched no finding/.test(n.message));
    expect(unused.map((n) => n.message)).toEqual([expect.stringContaining('`trust/missing-amr`')]);
  });
});

describe('condition values in reports', () => {
  it('carries `when` in the JSON report and in SARIF result properties, both valid against their schemas', () => {
    const report = lintPaths([`${DIR}/guests.yaml`]);
    const json = JSON.parse(formatJson(report)) as { findings: Array<{ ruleId: string; when?: string }> };
    expect(reportValidator()(json)).toBe(true);
    expect(json.findings.find((f) => f.ruleId === 'role/guest-write-access')?.when).toBe(
      'when condition `GuestsOn` is true',
    );
    const sarif = JSON.parse(formatSarif(report)) as {
      runs: Array<{ results: Array<{ ruleId: string; properties?: { when?: string } }> }>;
    };
    expect(sarifValidator()(sarif)).toBe(true);
    expect(sarif.runs[0]!.results.find((r) => r.ruleId === 'role/guest-write-access')?.properties?.when).toBe(
      'when condition `GuestsOn` is true',
    );
  });
});

describe('hostile conditions', () => {
  it('a chain of thousands of Condition references, a cycle and more open comparisons than are enumerated stay bounded', async () => {
    const { lintFiles } = await import('../../engine/helpers.js');
    const conditions: Record<string, unknown> = {
      C0: { 'Fn::Equals': [{ Ref: 'P0' }, 'x'] },
      Loop: { Condition: 'Loop' },
    };
    for (let i = 1; i < 5000; i++) conditions[`C${i}`] = { Condition: `C${i - 1}` };
    for (let i = 1; i <= 8; i++) conditions[`Open${i}`] = { 'Fn::Equals': [{ Ref: `P${i}` }, 'on'] };
    const parameters = Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`P${i}`, { Type: 'String' }]));
    const trust = (aud: unknown) => ({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { Federated: 'cognito-identity.amazonaws.com' },
          Action: 'sts:AssumeRoleWithWebIdentity',
          Condition: aud === undefined ? {} : { StringEquals: { 'cognito-identity.amazonaws.com:aud': aud } },
        },
      ],
    });
    const resources: Record<string, unknown> = {
      Deep: {
        Type: 'AWS::IAM::Role',
        Properties: { AssumeRolePolicyDocument: { 'Fn::If': ['C4999', trust(undefined), trust('us-east-1:1')] } },
      },
      Cyclic: { Type: 'AWS::IAM::Role', Condition: 'Loop', Properties: { AssumeRolePolicyDocument: trust(undefined) } },
    };
    for (let i = 1; i <= 8; i++)
      resources[`Role${i}`] = {
        Type: 'AWS::IAM::Role',
        Condition: `Open${i}`,
        Properties: { AssumeRolePolicyDocument: trust(undefined) },
      };
    const report = lintFiles({
      'hostile.json': JSON.stringify({ Parameters: parameters, Conditions: conditions, Resources: resources }),
    });
    const missingAud = report.findings
      .filter((f) => f.ruleId === 'trust/missing-aud')
      .map((f) => f.resource?.logicalId);
    // The chain is too deep to decide: both branches are judged. The cycle is unknown: the role is linted.
    expect(missingAud).toContain('Deep');
    expect(missingAud).toContain('Cyclic');
    for (let i = 1; i <= 8; i++) expect(missingAud).toContain(`Role${i}`);
    expect(report.notifications.some((n) => /more conditions depend on parameters/.test(n.message))).toBe(true);
  });
});
