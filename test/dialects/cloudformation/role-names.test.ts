/**
 * A policy names its role by an expression of other resources (`!Join ['', [!Ref UserPool, '-AdminGroupRole']]`,
 * as Amplify's user pool group roles are named and its storage policies name them): attached to the role
 * whose `RoleName` is the same expression of the same resources, and to no other.
 */
import { describe, expect, it } from 'vitest';
import { buildIdentityModel } from '../../../src/dialects/index.js';
import { loadInputs } from '../../../src/inputs/load.js';
import { memoryFileSystem } from '../../../src/inputs/memory-fs.js';

const TEMPLATE = `
Resources:
  UserPool:
    Type: AWS::Cognito::UserPool
  AdminGroupRole:
    Type: AWS::IAM::Role
    Properties:
      RoleName: !Join ['', [!Ref UserPool, '-AdminGroupRole']]
      AssumeRolePolicyDocument: {Version: '2012-10-17', Statement: []}
  SameName:
    Type: AWS::IAM::Policy
    Properties:
      PolicyName: same
      # The same text split differently, through Fn::Sub: still the same name.
      Roles: [!Sub '\${UserPool}-Admin\${Suffix}']
      PolicyDocument: {Version: '2012-10-17', Statement: [{Effect: Allow, Action: s3:GetObject, Resource: '*'}]}
  OtherName:
    Type: AWS::IAM::Policy
    Properties:
      PolicyName: other
      Roles: [!Join ['', [!Ref UserPool, '-EditorsGroupRole']]]
      PolicyDocument: {Version: '2012-10-17', Statement: [{Effect: Allow, Action: s3:GetObject, Resource: '*'}]}
  OnlyThePool:
    Type: AWS::IAM::Policy
    Properties:
      PolicyName: pool
      Roles: [!Ref UserPool]
      PolicyDocument: {Version: '2012-10-17', Statement: [{Effect: Allow, Action: s3:GetObject, Resource: '*'}]}
Parameters:
  Suffix:
    Type: String
`;

describe('role names built from other resources', () => {
  it('attach a policy to the role named by the same expression of the same resources', () => {
    const fs = memoryFileSystem({ '/p/t.yaml': TEMPLATE });
    const model = buildIdentityModel(
      loadInputs(['t.yaml'], { fs, cwd: '/p', parameters: new Map([['Suffix', 'GroupRole']]) }),
    );
    const role = model.roles.find((r) => r.name === 'AdminGroupRole')!;
    expect(role.policies.map((p) => p.record.owner.name)).toEqual(['SameName']);
  });

  it('attach nothing when a part of the name is not known', () => {
    const fs = memoryFileSystem({ '/p/t.yaml': TEMPLATE });
    const model = buildIdentityModel(loadInputs(['t.yaml'], { fs, cwd: '/p' }));
    const role = model.roles.find((r) => r.name === 'AdminGroupRole')!;
    expect(role.policies).toEqual([]);
  });
});

const ATTACHED_BY_ARN = `
Parameters:
  Prefix:
    Type: String
Resources:
  Pool:
    Type: AWS::Cognito::IdentityPool
    Properties:
      AllowUnauthenticatedIdentities: true
  GuestRole:
    Type: AWS::IAM::Role
    Properties:
      RoleName: AppGuestRole
      AssumeRolePolicyDocument: {Version: '2012-10-17', Statement: []}
  SignedInRole:
    Type: AWS::IAM::Role
    Properties:
      RoleName: AppSignedInRole
      AssumeRolePolicyDocument: {Version: '2012-10-17', Statement: []}
  Attachment:
    Type: AWS::Cognito::IdentityPoolRoleAttachment
    Properties:
      IdentityPoolId: !Ref Pool
      Roles:
        unauthenticated: !Sub 'arn:aws:iam::\${AWS::AccountId}:role/AppGuestRole'
        authenticated: !Join ['', ['arn:', !Ref AWS::Partition, ':iam::', !Ref AWS::AccountId, ':role/AppSignedInRole']]
  Unknowable:
    Type: AWS::Cognito::IdentityPoolRoleAttachment
    Properties:
      IdentityPoolId: !Ref Pool
      Roles:
        # The name's last part is a parameter nobody gave: no role is known by it.
        authenticated: !Sub 'arn:aws:iam::\${AWS::AccountId}:role/AppSignedIn\${Prefix}'
        # Not a role ARN: a policy of the same name is not the role.
        unauthenticated: !Sub 'arn:aws:iam::\${AWS::AccountId}:policy/AppGuestRole'
`;

describe('roles attached by an ARN built from parts', () => {
  it('link the slot to the role whose RoleName is the fixed name at the end of a `:role/` ARN', () => {
    const fs = memoryFileSystem({ '/p/t.yaml': ATTACHED_BY_ARN });
    const model = buildIdentityModel(loadInputs(['t.yaml'], { fs, cwd: '/p' }));
    const slots = model.slots.map((s) => [s.via.name, s.slot, s.role?.name]);
    expect(slots).toEqual([
      ['Attachment', 'unauthenticated', 'GuestRole'],
      ['Attachment', 'authenticated', 'SignedInRole'],
      ['Unknowable', 'authenticated', undefined],
      ['Unknowable', 'unauthenticated', undefined],
    ]);
  });
});
