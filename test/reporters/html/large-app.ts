/**
 * A generated app the size the issue asks the HTML report to stay readable at: `pools` identity
 * pools, each with four roles (authenticated, guest, rule-mapped, user-pool group) — 20 roles for
 * 5 pools — and a flaw in nearly every resource, so a lint of it yields about a hundred findings.
 * Written by the test (a cdk.out-like assembly: one template per stack and a manifest), never
 * copied from anywhere. Long logical IDs, as the CDK writes them (and one in capitals), test that labels fit their boxes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

type Json = Record<string, unknown>;

const trust = (pool: string | undefined, amr: string | undefined): Json => ({
  Version: '2012-10-17',
  Statement: [
    {
      Effect: 'Allow',
      Principal: { Federated: 'cognito-identity.amazonaws.com' },
      Action: 'sts:AssumeRoleWithWebIdentity',
      Condition: {
        ...(pool ? { StringEquals: { 'cognito-identity.amazonaws.com:aud': { Ref: pool } } } : {}),
        ...(amr ? { 'ForAnyValue:StringLike': { 'cognito-identity.amazonaws.com:amr': amr } } : {}),
      },
    },
  ],
});

const role = (trustPolicy: Json, statements: Json[]): Json => ({
  Type: 'AWS::IAM::Role',
  Properties: {
    AssumeRolePolicyDocument: trustPolicy,
    Policies: [{ PolicyName: 'Access', PolicyDocument: { Version: '2012-10-17', Statement: statements } }],
  },
});

const objects = (bucket: string, actions: string[]): Json => ({
  Effect: 'Allow',
  Action: actions,
  Resource: { 'Fn::Sub': `arn:\${AWS::Partition}:s3:::\${${bucket}}/*` },
});

/** One stack: a user pool with a client and a group, an identity pool with four roles, a bucket and a table. */
function stackTemplate(n: number): Json {
  const p = `Photos${n}`;
  const ids = {
    userPool: `${p}UserPoolB1E2D3C4`,
    client: `${p}UserPoolWebClient5A6B7C8D`,
    // Capitals are the widest letters: a box sized by a guess per character would be too narrow for them.
    group: `PHOTOS${n}ADMINISTRATORSGROUP9E0F1A2B`,
    identityPool: `${p}IdentityPool3C4D5E6F`,
    attachment: `${p}IdentityPoolRoleAttachment7A8B9C0D`,
    auth: `${p}AuthenticatedRole1A2B3C4D`,
    guest: `${p}UnauthenticatedRole5E6F7A8B`,
    rules: `${p}ModeratorsRuleMappedRole9C0D1E2F`,
    groupRole: `${p}AdministratorsGroupRole3A4B5C6D`,
    bucket: `${p}UploadsBucket7E8F9A0B`,
    table: `${p}AlbumsTable1C2D3E4F`,
  };
  return {
    AWSTemplateFormatVersion: '2010-09-09',
    Resources: {
      [ids.userPool]: {
        Type: 'AWS::Cognito::UserPool',
        Properties: { AdminCreateUserConfig: { AllowAdminCreateUserOnly: false }, MfaConfiguration: 'OFF' },
      },
      [ids.client]: {
        Type: 'AWS::Cognito::UserPoolClient',
        Properties: {
          UserPoolId: { Ref: ids.userPool },
          GenerateSecret: false,
          ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
        },
      },
      [ids.group]: {
        Type: 'AWS::Cognito::UserPoolGroup',
        Properties: {
          UserPoolId: { Ref: ids.userPool },
          GroupName: 'administrators',
          RoleArn: { 'Fn::GetAtt': [ids.groupRole, 'Arn'] },
        },
      },
      [ids.identityPool]: {
        Type: 'AWS::Cognito::IdentityPool',
        Properties: {
          AllowUnauthenticatedIdentities: true,
          AllowClassicFlow: true,
          CognitoIdentityProviders: [
            { ClientId: { Ref: ids.client }, ProviderName: { 'Fn::GetAtt': [ids.userPool, 'ProviderName'] } },
          ],
        },
      },
      [ids.attachment]: {
        Type: 'AWS::Cognito::IdentityPoolRoleAttachment',
        Properties: {
          IdentityPoolId: { Ref: ids.identityPool },
          Roles: {
            authenticated: { 'Fn::GetAtt': [ids.auth, 'Arn'] },
            unauthenticated: { 'Fn::GetAtt': [ids.guest, 'Arn'] },
          },
          RoleMappings: {
            web: {
              IdentityProvider: {
                'Fn::Join': [':', [{ 'Fn::GetAtt': [ids.userPool, 'ProviderName'] }, { Ref: ids.client }]],
              },
              Type: 'Rules',
              AmbiguousRoleResolution: 'AuthenticatedRole',
              RulesConfiguration: {
                Rules: [
                  {
                    Claim: 'custom:team',
                    MatchType: 'Contains',
                    Value: 'moderators',
                    RoleARN: { 'Fn::GetAtt': [ids.rules, 'Arn'] },
                  },
                ],
              },
            },
          },
        },
      },
      // No aud: any identity pool's users may assume it.
      [ids.auth]: role(trust(undefined, 'authenticated'), [
        objects(ids.bucket, ['s3:GetObject', 's3:PutObject', 's3:DeleteObject']),
      ]),
      // No amr, and guests may write anywhere in the bucket.
      [ids.guest]: role(trust(ids.identityPool, undefined), [
        objects(ids.bucket, ['s3:PutObject']),
        { Effect: 'Allow', Action: 'dynamodb:*', Resource: '*' },
      ]),
      [ids.rules]: role(trust(ids.identityPool, 'authenticated'), [
        objects(ids.bucket, ['s3:*']),
        {
          Effect: 'Allow',
          Action: ['dynamodb:Query', 'dynamodb:PutItem', 'dynamodb:DeleteItem', 'dynamodb:UpdateItem'],
          Resource: { 'Fn::GetAtt': [ids.table, 'Arn'] },
        },
      ]),
      [ids.groupRole]: role(trust(ids.identityPool, 'authenticated'), [
        { Effect: 'Allow', Action: ['iam:PassRole', 'sts:AssumeRole'], Resource: '*' },
      ]),
      [ids.bucket]: {
        Type: 'AWS::S3::Bucket',
        Properties: { CorsConfiguration: { CorsRules: [{ AllowedOrigins: ['*'], AllowedMethods: ['GET', 'PUT'] }] } },
      },
      [ids.table]: {
        Type: 'AWS::DynamoDB::Table',
        Properties: {
          BillingMode: 'PAY_PER_REQUEST',
          AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
          KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
        },
      },
    },
  };
}

/** Writes `<dir>/cdk.out` with one stack per pool and returns its path. */
export function writeLargeApp(dir: string, pools = 5): string {
  const out = join(dir, 'cdk.out');
  mkdirSync(out, { recursive: true });
  const artifacts: Json = {};
  for (let n = 1; n <= pools; n++) {
    const stack = `PhotoSharing${n}Stack`;
    writeFileSync(join(out, `${stack}.template.json`), `${JSON.stringify(stackTemplate(n), null, 1)}\n`);
    artifacts[stack] = {
      type: 'aws:cloudformation:stack',
      environment: 'aws://111122223333/us-east-1',
      properties: { templateFile: `${stack}.template.json` },
    };
  }
  writeFileSync(join(out, 'manifest.json'), `${JSON.stringify({ version: '36.0.0', artifacts }, null, 1)}\n`);
  writeFileSync(join(out, 'cdk.out'), '{"version":"36.0.0"}\n');
  return out;
}
