/**
 * A Serverless service is hostile input like any other (src/inputs/serverless/): its includes may
 * leave the service through a link or `../`, include the service itself, or name a program; its
 * variables may refer to themselves or double at every step. The binary ends in time, never reads
 * or prints what lies outside the service, never runs the program, and lints the rest.
 */
import { existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectEndedCleanly, runBin, tempDir } from './fs-helpers.js';

const SECRET = 'ghp_TOPSECRETtokenValue0123456789abcdef';

/** A service whose guest role writes everywhere, so a run that reads it reports role/guest-write-access. */
function service(custom: string, extraResources = ''): string {
  return `service: hostile
custom:
${custom}
provider:
  name: aws
resources:
${extraResources}  - Resources:
      Pool:
        Type: AWS::Cognito::IdentityPool
        Properties:
          AllowUnauthenticatedIdentities: true
      Roles:
        Type: AWS::Cognito::IdentityPoolRoleAttachment
        Properties:
          IdentityPoolId: !Ref Pool
          Roles:
            unauthenticated: !GetAtt Guest.Arn
      Guest:
        Type: AWS::IAM::Role
        Properties:
          AssumeRolePolicyDocument:
            Statement:
              - Effect: Allow
                Principal: {Federated: cognito-identity.amazonaws.com}
                Action: sts:AssumeRoleWithWebIdentity
                Condition:
                  StringEquals: {cognito-identity.amazonaws.com:aud: !Ref Pool}
                  ForAnyValue:StringLike: {cognito-identity.amazonaws.com:amr: unauthenticated}
          Policies:
            - PolicyName: guest
              PolicyDocument:
                Statement:
                  - Effect: Allow
                    Action: s3:PutObject
                    Resource: arn:aws:s3:::\${self:custom.bucket}/*
`;
}

describe('hostile Serverless services', () => {
  it('an include linked out of the service is not read, and its content never printed', () => {
    const dir = tempDir('cil-sls-link-');
    writeFileSync(join(dir, 'secret.yml'), `bucket: ${SECRET}\n`);
    mkdirSync(join(dir, 'svc'));
    symlinkSync('../secret.yml', join(dir, 'svc', 'values.yml'));
    writeFileSync(join(dir, 'svc', 'serverless.yml'), service('  bucket: ${file(./values.yml):bucket}'));
    const run = runBin(dir, ['svc', '--verbose']);
    expectEndedCleanly(run);
    expect(run.stdout + run.stderr).not.toContain(SECRET);
    expect(run.stdout).toContain('role/guest-write-access');
    expect(run.stdout).toContain(
      '`${file(./values.yml):bucket}`: outside the service directory, not read, so its value is unknown.',
    );
  });

  it('a service including itself, and variables that double at every step, end in time', () => {
    const dir = tempDir('cil-sls-loop-');
    const doubling = Array.from(
      { length: 60 },
      (_, i) => `  d${i}: \${self:custom.d${i + 1}}\${self:custom.d${i + 1}}`,
    );
    writeFileSync(
      join(dir, 'serverless.yml'),
      service(
        [
          `  bucket: \${self:custom.d0}`,
          ...doubling,
          '  d60: ${env:SEED}',
          '  again: ${file(./serverless.yml):custom}',
        ].join('\n'),
        '  - ${file(./serverless.yml):resources}\n',
      ),
    );
    const run = runBin(dir, ['.', '--verbose']);
    expectEndedCleanly(run);
    expect(run.stdout).toContain('role/guest-write-access');
    expect(run.stdout).toMatch(/refers to itself through its variables|longer than 65536 characters/);
  });

  it('a program named by ${file()} is never run', () => {
    const dir = tempDir('cil-sls-js-');
    writeFileSync(join(dir, 'values.js'), `require('fs').writeFileSync(${JSON.stringify(join(dir, 'ran'))}, 'x');\n`);
    writeFileSync(join(dir, 'serverless.yml'), service('  bucket: ${file(./values.js):bucket}'));
    const run = runBin(dir, ['.', '--verbose']);
    expectEndedCleanly(run);
    expect(run.stdout).toContain('a JavaScript or TypeScript program, never run here, so its value is unknown');
    expect(existsSync(join(dir, 'ran'))).toBe(false);
  });
});
