/**
 * A plain template nests another file of the run by a local path (`TemplateURL: ./auth.yaml`,
 * a SAM Application's `Location`), as `aws cloudformation package` and `sam package` take it: the
 * child is linted as that nested stack, with the parent's parameters and its outputs read by the
 * parent (src/dialects/cloudformation/local-nested.ts).
 */
import { describe, expect, it } from 'vitest';
import { lintMemory } from '../../rules/converted-format.js';

const PARENT = `Transform: AWS::Serverless-2016-10-31
Resources:
  Auth:
    Type: AWS::CloudFormation::Stack
    Properties:
      TemplateURL: ./nested/auth.yaml
      Parameters:
        AllowGuests: 'true'
  Roles:
    Type: AWS::Serverless::Application
    Properties:
      Location: nested/../roles.yaml
      Parameters:
        IdentityPoolId: !GetAtt Auth.Outputs.IdentityPoolId
`;

const AUTH = `Parameters:
  AllowGuests:
    Type: String
    Default: 'false'
Resources:
  Pool:
    Type: AWS::Cognito::IdentityPool
    Properties:
      AllowUnauthenticatedIdentities: !Ref AllowGuests
Outputs:
  IdentityPoolId:
    Value: !Ref Pool
`;

const ROLES = `Parameters:
  IdentityPoolId:
    Type: String
Resources:
  GuestRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal: { Federated: cognito-identity.amazonaws.com }
            Action: sts:AssumeRoleWithWebIdentity
            Condition:
              StringEquals: { 'cognito-identity.amazonaws.com:aud': !Ref IdentityPoolId }
              ForAnyValue:StringLike: { 'cognito-identity.amazonaws.com:amr': unauthenticated }
      Policies:
        - PolicyName: uploads
          PolicyDocument:
            Version: '2012-10-17'
            Statement:
              - Effect: Allow
                Action: dynamodb:PutItem
                Resource: '*'
  Attach:
    Type: AWS::Cognito::IdentityPoolRoleAttachment
    Properties:
      IdentityPoolId: !Ref IdentityPoolId
      Roles:
        unauthenticated: !GetAtt GuestRole.Arn
`;

const seen = (files: Record<string, string>, rule: string) =>
  lintMemory(files)
    .findings.filter((f) => f.ruleId === rule)
    .map((f) => [f.file, f.range.start.line, f.range.start.column, f.resource?.logicalId, f.severity]);

describe('nested stacks named by a local path', () => {
  it("read the child with the parameters its parent passes, and the parent's GetAtt of its outputs", () => {
    const files = { 'app/template.yaml': PARENT, 'app/nested/auth.yaml': AUTH, 'app/roles.yaml': ROLES };
    // The parent turns guests on: the pool of the nested stack allows them.
    expect(seen(files, 'identity-pool/guest-access')).toEqual([['app/nested/auth.yaml', 9, 39, 'Pool', 'low']]);
    // The role stack gets the pool through Outputs of the Stack, passed into the Application: its
    // role is the guest role of that pool, and a guest may write.
    expect(seen(files, 'role/guest-write-access')).toEqual([['app/roles.yaml', 22, 17, 'GuestRole', 'high']]);
  });

  it('leave each template alone without the parent, or when two resources nest the same file', () => {
    expect(seen({ 'app/nested/auth.yaml': AUTH, 'app/roles.yaml': ROLES }, 'identity-pool/guest-access')).toEqual([]);
    const twice = PARENT.replace('Location: nested/../roles.yaml', 'Location: ./nested/auth.yaml');
    expect(
      seen(
        { 'app/template.yaml': twice, 'app/nested/auth.yaml': AUTH, 'app/roles.yaml': ROLES },
        'identity-pool/guest-access',
      ),
    ).toEqual([]);
  });

  it('do not take an S3 or HTTPS URL for a file of the run', () => {
    const remote = PARENT.replace('./nested/auth.yaml', 'https://s3.amazonaws.com/bucket/nested/auth.yaml');
    expect(
      seen(
        { 'app/template.yaml': remote, 'app/nested/auth.yaml': AUTH, 'app/roles.yaml': ROLES },
        'identity-pool/guest-access',
      ),
    ).toEqual([]);
  });
});
