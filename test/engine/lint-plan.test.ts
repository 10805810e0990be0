/**
 * Issue 12, class 8 (memory): templates that are not linked to each other are modelled and linted
 * one group at a time, so a run holds one group's model at once and its peak follows the largest
 * group, not the sum of the files. What is reported is the same as with one model of every file.
 */
import { describe, expect, it } from 'vitest';
import { lintUnderConditions } from '../../src/engine/lint-plan.js';
import { runRules } from '../../src/engine/run.js';
import { rules } from '../../src/index.js';
import { loadInputs } from '../../src/inputs/load.js';
import { memoryFileSystem } from '../../src/inputs/memory-fs.js';
import { buildIdentityModel } from '../../src/dialects/index.js';
import { NOW, PINNED } from './helpers.js';

const pinned = rules.filter((rule) => PINNED.includes(rule.meta.id));

const TRUST = (condition: string): string => `
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal: { Federated: cognito-identity.amazonaws.com }
            Action: sts:AssumeRoleWithWebIdentity
            ${condition}`;

/** A role trusting Cognito without `aud`: trust/missing-aud, once per padding role. */
function standalone(roles: number): string {
  const body = Array.from(
    { length: roles },
    (_, i) => `  Role${i}:\n    Type: AWS::IAM::Role\n    Properties:\n      AssumeRolePolicyDocument:${TRUST('')}\n`,
  ).join('');
  return `Resources:\n${body}`;
}

/**
 * A pool without guests exported by one template, attached to a role without `amr` in another:
 * missing-amr is medium only when the two are linted together (an unknown pool makes it high).
 */
const POOL = `Resources:
  Pool:
    Type: AWS::Cognito::IdentityPool
    Properties:
      AllowUnauthenticatedIdentities: false
      AllowClassicFlow: false
Outputs:
  PoolId:
    Value: !Ref Pool
    Export: { Name: shared-pool }
`;
const APP = `Resources:
  GuestRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:${TRUST(`Condition: { StringEquals: { 'cognito-identity.amazonaws.com:aud': !ImportValue shared-pool } }`)}
  Attachment:
    Type: AWS::Cognito::IdentityPoolRoleAttachment
    Properties:
      IdentityPoolId: !ImportValue shared-pool
      Roles: { unauthenticated: !GetAtt GuestRole.Arn }
`;

function load(files: Record<string, string>) {
  const fs = memoryFileSystem(Object.fromEntries(Object.entries(files).map(([path, text]) => [`/proj/${path}`, text])));
  return loadInputs(['.'], { fs, cwd: '/proj' });
}

describe('linting one linked group at a time', () => {
  const files = {
    'a.yaml': standalone(3),
    'b.yaml': standalone(40),
    'c.yaml': standalone(1),
    'pool.yaml': POOL,
    'z-app.yaml': APP,
    'broken.json': '{"Resources": ',
  };

  it('builds one model per group of linked templates, one after the other, and reports what one model of every file reports', () => {
    const inputs = load(files);
    const models: string[][] = [];
    const result = lintUnderConditions(inputs, pinned, { now: NOW, onModel: (files) => models.push([...files]) });
    // The pool and the template importing it are one group; every other template is its own; the
    // unreadable file goes with the documents no template holds.
    expect(models).toEqual([['a.yaml'], ['b.yaml'], ['c.yaml'], ['pool.yaml', 'z-app.yaml'], ['broken.json']]);

    const whole = runRules(buildIdentityModel(inputs), pinned, { now: NOW });
    expect(result.findings).toEqual(whole.findings);
    expect(new Set(result.notifications)).toEqual(new Set(whole.notifications));
    const roles = (file: string, count: number): string[] =>
      Array.from({ length: count }, (_, i) => [
        `${file}:${8 + 10 * i} high trust/missing-amr Role${i}`,
        `${file}:${8 + 10 * i} critical trust/missing-aud Role${i}`,
      ]).flat();
    expect(
      result.findings.map(
        (f) => `${f.file}:${f.range.start.line} ${f.severity} ${f.ruleId} ${f.resource?.logicalId ?? '-'}`,
      ),
    ).toEqual([
      ...roles('a.yaml', 3),
      ...roles('b.yaml', 40),
      'broken.json:1 high input/parse-error -',
      ...roles('c.yaml', 1),
      // Known only across the two files: the pool of the attachment has no guests.
      'z-app.yaml:8 medium trust/missing-amr GuestRole',
    ]);
  });

  it('lints scenarios that deploy the template alike once, and says when the finding holds as before', () => {
    // Two open comparisons, four scenarios; the role exists in one of them and is absent in the
    // three others alike (`Both` false): two different templates, two models.
    const template = `Parameters:
  Env: {Type: String}
  Flag: {Type: String}
Conditions:
  Prod: !Equals [!Ref Env, prod]
  Both: !And [!Condition Prod, !Equals [!Ref Flag, on]]
Resources:
  Guarded:
    Type: AWS::IAM::Role
    Condition: Both
    Properties:
      AssumeRolePolicyDocument:${TRUST('')}
`;
    const models: string[][] = [];
    const result = lintUnderConditions(load({ 'cond.yaml': template }), pinned, {
      now: NOW,
      onModel: (files) => models.push([...files]),
    });
    expect(models.filter((files) => files.includes('cond.yaml'))).toEqual([['cond.yaml'], ['cond.yaml']]);
    expect(result.findings.map((f) => `${f.ruleId} ${f.message.slice(f.message.lastIndexOf(' ('))}`)).toEqual([
      'trust/missing-amr  (when condition `Both` is true).',
      'trust/missing-aud  (when condition `Both` is true).',
    ]);
  });

  it('lints a policy with the role it names in another template', () => {
    const role = `Resources:\n  Named:\n    Type: AWS::IAM::Role\n    Properties:\n      RoleName: shared-role\n      AssumeRolePolicyDocument:${TRUST('')}\n`;
    const policy = `Resources:\n  P:\n    Type: AWS::IAM::Policy\n    Properties:\n      PolicyName: p\n      Roles: [shared-role]\n      PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: Allow, Action: 's3:GetObject', Resource: '*' }] }\n`;
    const models: string[][] = [];
    lintUnderConditions(load({ 'policy.yaml': policy, 'other.yaml': standalone(1), 'role.yaml': role }), pinned, {
      now: NOW,
      onModel: (f) => models.push([...f]),
    });
    expect(models).toEqual([['other.yaml'], ['policy.yaml', 'role.yaml']]);
  });
});
