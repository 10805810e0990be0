/**
 * trust/aud-mismatch compares only resolved sides (rules/trust/aud-mismatch.md): an `aud` that is an attribute of a
 * custom resource (or a string built from one) is not known, so it is recorded as unresolved,
 * never reported as naming another pool.
 */
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/index.js';
import { memoryFileSystem } from '../../../src/inputs/memory-fs.js';
import { seen } from '../helpers.js';

const RULE = 'trust/aud-mismatch';

function lintWithAud(aud: string) {
  const text = `Resources:
  IdentityPool:
    Type: AWS::Cognito::IdentityPool
    Properties:
      AllowUnauthenticatedIdentities: false
  OtherPool:
    Type: AWS::Cognito::IdentityPool
    Properties:
      AllowUnauthenticatedIdentities: false
  PoolSettings:
    Type: Custom::IdentityPoolSettings
    Properties:
      ServiceToken: arn:aws:lambda:us-east-1:111122223333:function:settings
      IdentityPoolId: !Ref IdentityPool
  AuthRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal: { Federated: cognito-identity.amazonaws.com }
            Action: sts:AssumeRoleWithWebIdentity
            Condition:
              StringEquals:
                cognito-identity.amazonaws.com:aud: ${aud}
              ForAnyValue:StringLike:
                cognito-identity.amazonaws.com:amr: authenticated
  Attachment:
    Type: AWS::Cognito::IdentityPoolRoleAttachment
    Properties:
      IdentityPoolId: !Ref IdentityPool
      Roles:
        authenticated: !GetAtt AuthRole.Arn
`;
  return lint(['/t.yaml'], { fs: memoryFileSystem({ '/t.yaml': text }), cwd: '/', now: new Date('2026-11-26T00:00:00Z') }).report;
}

describe(`${RULE}: computed aud values`, () => {
  it.each(['!GetAtt PoolSettings.IdentityPoolId', "!Sub 'us-east-1:${PoolSettings.Suffix}'"])('records %s as unresolved instead of reporting it', (aud) => {
    const report = lintWithAud(aud);
    expect(seen(report, RULE)).toEqual([]);
    expect(report.notifications.filter((n) => n.ruleId === RULE)).toEqual([expect.objectContaining({ kind: 'unresolved', file: 't.yaml' })]);
  });

  it('still reports another identity pool of the run (by Ref or GetAtt Id) and a literal ID', () => {
    for (const aud of ['!Ref OtherPool', '!GetAtt OtherPool.Id', 'us-east-1:11111111-2222-3333-4444-555555555555']) {
      expect(seen(lintWithAud(aud), RULE).map((f) => f.messageId)).toEqual(['mismatch']);
    }
  });

  it('accepts the pool itself through GetAtt Id', () => {
    expect(seen(lintWithAud('!GetAtt IdentityPool.Id'), RULE)).toEqual([]);
  });
});
