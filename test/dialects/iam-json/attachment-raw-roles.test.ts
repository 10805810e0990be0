/**
 * An identity pool's role attachment that names a role by ARN links to a role of the raw IAM
 * JSON of the run (console-made roles, or an account read with --aws): the template is linted
 * with the raw IAM documents, so rules that need the slot see the role.
 */
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/index.js';
import { memoryFileSystem } from '../../../src/inputs/memory-fs.js';

const TEMPLATE = `Resources:
  Pool:
    Type: AWS::Cognito::IdentityPool
    Properties:
      AllowUnauthenticatedIdentities: true
  Roles:
    Type: AWS::Cognito::IdentityPoolRoleAttachment
    Properties:
      IdentityPoolId: !Ref Pool
      Roles:
        unauthenticated: arn:aws:iam::123456789012:role/Cognito_AppUnauth_Role
`;

const ROLE = JSON.stringify({
  Role: {
    RoleName: 'Cognito_AppUnauth_Role',
    Arn: 'arn:aws:iam::123456789012:role/Cognito_AppUnauth_Role',
    AssumeRolePolicyDocument: {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { Federated: 'cognito-identity.amazonaws.com' },
          Action: 'sts:AssumeRoleWithWebIdentity',
          Condition: {
            StringEquals: { 'cognito-identity.amazonaws.com:aud': 'us-east-1:00000000-0000-0000-0000-000000000000' },
            'ForAnyValue:StringLike': { 'cognito-identity.amazonaws.com:amr': 'unauthenticated' },
          },
        },
      ],
    },
  },
});

describe('role attachments naming raw IAM roles by ARN', () => {
  it('link the role to the pool: its trust is compared with the pool', () => {
    // A second template: with one template the run is one model anyway; with two, each linked group is its own.
    const fs = memoryFileSystem({
      '/p/app.yaml': TEMPLATE,
      '/p/other.yaml': 'Resources:\n  Media:\n    Type: AWS::S3::Bucket\n',
      '/p/role.json': ROLE,
    });
    const { report } = lint(['.'], { fs, cwd: '/p' });
    const mismatch = report.findings.filter((f) => f.ruleId === 'trust/aud-mismatch');
    expect(mismatch.map((f) => [f.file, f.resource?.logicalId, f.range.start.line])).toEqual([
      ['role.json', 'Cognito_AppUnauth_Role', 1],
    ]);
    expect(mismatch[0]!.message).toMatch(
      /^Role `Cognito_AppUnauth_Role` is the unauthenticated \(guest\) role of identity pool `Pool`/,
    );
  });
});
