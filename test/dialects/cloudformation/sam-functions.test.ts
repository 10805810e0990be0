/**
 * The execution role SAM generates from a function's or state machine's `Policies`
 * (src/dialects/cloudformation/sam-functions.ts): named `<LogicalId>Role`, trusted by the service, never an
 * identity-pool role, absent when `Role` is given; managed names and ARNs judged by their document,
 * inline documents read as inline policies, policy templates left as unresolved notes.
 */
import { describe, expect, it } from 'vitest';
import { loadInputs } from '../../../src/inputs/load.js';
import { memoryFileSystem } from '../../../src/inputs/memory-fs.js';
import { buildIdentityModel } from '../../../src/dialects/index.js';
import type { IdentityModel } from '../../../src/model/model.js';
import { documentsOf } from '../../../src/analysis/grants.js';
import { knownString } from '../../../src/values/resolved.js';

function modelOf(template: Record<string, unknown>, parameters: Record<string, string> = {}): IdentityModel {
  const fs = memoryFileSystem({
    '/proj/template.json': JSON.stringify({ Transform: 'AWS::Serverless-2016-10-31', ...template }, null, 1),
  });
  return buildIdentityModel(
    loadInputs(['template.json'], { fs, cwd: '/proj', parameters: new Map(Object.entries(parameters)) }),
  );
}

const fn = (properties: Record<string, unknown>) => ({
  Type: 'AWS::Serverless::Function',
  Properties: { Handler: 'index.handler', Runtime: 'nodejs20.x', ...properties },
});
const roleNamed = (model: IdentityModel, name: string) => model.roles.find((r) => r.name === name);
const trustedServices = (model: IdentityModel, name: string) =>
  roleNamed(model, name)!.trust!.statements.flatMap(
    (s) => s.principal?.entries.map((e) => `${e.type}:${knownString(e.value.value)}`) ?? [],
  );

describe('roles SAM generates', () => {
  it('names the role <LogicalId>Role, reports on the SAM resource, and trusts only the service', () => {
    const model = modelOf({
      Resources: {
        Worker: fn({ Policies: 'AmazonS3FullAccess' }),
        Flow: {
          Type: 'AWS::Serverless::StateMachine',
          Properties: {
            Definition: {},
            Policies: [{ Statement: [{ Effect: 'Allow', Action: 'sqs:SendMessage', Resource: '*' }] }],
          },
        },
      },
    });
    expect(model.roles.map((r) => [r.name, r.resource.logicalId, r.resource.type])).toEqual([
      ['WorkerRole', 'Worker', 'AWS::Serverless::Function'],
      ['FlowRole', 'Flow', 'AWS::Serverless::StateMachine'],
    ]);
    expect(trustedServices(model, 'WorkerRole')).toEqual(['Service:lambda.amazonaws.com']);
    expect(trustedServices(model, 'FlowRole')).toEqual(['Service:states.amazonaws.com']);
    expect(model.identityPoolRoles()).toEqual([]);
    expect(documentsOf(roleNamed(model, 'WorkerRole')!).map((d) => d.via)).toEqual([
      { kind: 'aws-managed', name: 'AmazonS3FullAccess' },
    ]);
    expect(documentsOf(roleNamed(model, 'FlowRole')!).map((d) => d.via)).toEqual([
      { kind: 'inline', name: 'FlowRolePolicy0' },
    ]);
  });

  it('reads managed policy names, ARNs (with the partition as a pseudo parameter) and a customer managed policy of the template', () => {
    const model = modelOf({
      Resources: {
        Worker: fn({
          Policies: [
            'AWSLambdaBasicExecutionRole',
            { 'Fn::Sub': 'arn:${AWS::Partition}:iam::aws:policy/AmazonSQSFullAccess' },
            { Ref: 'Extra' },
          ],
        }),
        Extra: {
          Type: 'AWS::IAM::ManagedPolicy',
          Properties: { PolicyDocument: { Statement: [{ Effect: 'Allow', Action: 'sns:Publish', Resource: '*' }] } },
        },
      },
    });
    expect(documentsOf(roleNamed(model, 'WorkerRole')!).map((d) => d.via)).toEqual([
      { kind: 'policy', name: 'Extra' },
      { kind: 'aws-managed', name: 'AWSLambdaBasicExecutionRole' },
      { kind: 'aws-managed', name: 'AmazonSQSFullAccess' },
    ]);
  });

  it('generates no role when Role is given (Policies is then ignored), and one when Role may be absent', () => {
    const template = {
      Parameters: { OwnRole: { Type: 'String', Default: 'no' } },
      Conditions: { UseOwnRole: { 'Fn::Equals': [{ Ref: 'OwnRole' }, 'yes'] } },
      Resources: {
        Given: fn({ Role: 'arn:aws:iam::123456789012:role/worker', Policies: 'AmazonS3FullAccess' }),
        Maybe: fn({
          Role: { 'Fn::If': ['UseOwnRole', 'arn:aws:iam::123456789012:role/worker', { Ref: 'AWS::NoValue' }] },
          Policies: 'AmazonS3FullAccess',
        }),
      },
    };
    // Conditions decided by parameters are applied by the deployed view (see the policy/wildcard-action test on sam-optional-role.yaml).
    expect(modelOf(template).roles.map((r) => r.name)).toEqual(['MaybeRole']);
  });

  it('never reads Policies from Globals (SAM rejects them there)', () => {
    const model = modelOf({
      Globals: { Function: { Policies: ['AmazonS3FullAccess'] } },
      Resources: { Worker: fn({}) },
    });
    expect(documentsOf(roleNamed(model, 'WorkerRole')!)).toEqual([]);
  });

  it('records an unresolved note for a SAM policy template and for a name it cannot place, and judges the rest', () => {
    const model = modelOf({
      Resources: {
        Worker: fn({
          Policies: [
            { S3ReadPolicy: { BucketName: 'b' } },
            'NoSuchManagedPolicyName',
            { Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }] },
          ],
        }),
      },
    });
    expect(model.notes.map((n) => [n.at.pointer, n.message])).toEqual([
      [
        '/Resources/Worker/Properties/Policies/0',
        '`Policies` of `Worker` holds the SAM policy template `S3ReadPolicy`, which this linter does not expand, so no rule judged what it grants.',
      ],
      [
        '/Resources/Worker/Properties/Policies/1',
        '`NoSuchManagedPolicyName` in `Policies` of `Worker` is neither a policy ARN nor an AWS managed policy this linter knows, so no rule judged it.',
      ],
    ]);
    expect(documentsOf(roleNamed(model, 'WorkerRole')!).map((d) => d.via)).toEqual([
      { kind: 'inline', name: 'WorkerRolePolicy2' },
    ]);
  });

  it('reads each branch of an Fn::If over Policies and over one entry, each at its own node, and drops AWS::NoValue', () => {
    const model = modelOf({
      Parameters: { Stage: { Type: 'String' } },
      Conditions: { Prod: { 'Fn::Equals': [{ Ref: 'Stage' }, 'prod'] } },
      Resources: {
        Worker: fn({
          Policies: {
            'Fn::If': [
              'Prod',
              ['AmazonS3ReadOnlyAccess', { 'Fn::If': ['Prod', 'AmazonSQSFullAccess', { Ref: 'AWS::NoValue' }] }],
              { Statement: [{ Effect: 'Allow', Action: 'sns:Publish', Resource: '*' }] },
            ],
          },
        }),
      },
    });
    const role = roleNamed(model, 'WorkerRole')!;
    expect(role.managedPolicyArns.map((m) => [knownString(m.value), m.source.pointer])).toEqual([
      ['arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess', '/Resources/Worker/Properties/Policies/Fn::If/1/0'],
      ['arn:aws:iam::aws:policy/AmazonSQSFullAccess', '/Resources/Worker/Properties/Policies/Fn::If/1/1/Fn::If/1'],
    ]);
    expect(role.policies.map((p) => [p.record.document.name, p.record.document.source.pointer])).toEqual([
      ['WorkerRolePolicy0', '/Resources/Worker/Properties/Policies/Fn::If/2'],
    ]);
  });
});
