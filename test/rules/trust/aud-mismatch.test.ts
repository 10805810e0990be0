import { describe, expect, it } from 'vitest';
import { lintFixture, lintMemory, ruleTester } from '../rule-tester.js';

const RULE = 'trust/aud-mismatch';

/**
 * A role attached to IdentityPool whose trust pins `aud` to a value: trust/aud-mismatch compares only
 * resolved sides (rules/trust/aud-mismatch.md), so an `aud` that is an attribute of a custom resource (or a string built
 * from one) is not known: it is recorded as unresolved, never reported as naming another pool.
 */
function withAud(aud: string): Record<string, string> {
  return {
    't.yaml': `Resources:
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
`,
  };
}
const COMPUTED = ['!GetAtt PoolSettings.IdentityPoolId', "!Sub 'us-east-1:${PoolSettings.Suffix}'"];

ruleTester.run(RULE, {
  valid: 'all',
  invalid: {
    // Reports a role attached to one pool whose aud names another pool, or a literal ID.
    'other-pool.yaml': [
      {
        messageId: 'mismatchAuthenticated',
        line: 23,
        column: 53,
        resource: 'WebRole',
        messageIncludes: ['authenticated role of identity pool `MobilePool`', "identity pool `WebPool`'s ID"],
      },
      {
        messageId: 'mismatchRules',
        line: 38,
        column: 53,
        resource: 'LiteralRole',
        messageIncludes: 'role chosen by a role-mapping rule',
      },
    ],
    // Does not take the pool name (Fn::GetAtt Pool.Name) for its ID.
    'pool-name.json': [{ messageId: 'mismatchAuthenticated', line: 18, column: 73, resource: 'AuthRole' }],
  },
  variants: [
    ...COMPUTED.map((aud) => ({ name: `does not report the computed aud ${aud}`, files: withAud(aud), findings: [] })),
    ...['!Ref OtherPool', '!GetAtt OtherPool.Id', 'us-east-1:11111111-2222-3333-4444-555555555555'].map((aud) => ({
      name: `still reports another identity pool of the run (by Ref or GetAtt Id) and a literal ID: ${aud}`,
      files: withAud(aud),
      findings: [{ messageId: 'mismatchAuthenticated', line: 26, column: 53, resource: 'AuthRole' }],
    })),
    { name: 'accepts the pool itself through GetAtt Id', files: withAud('!GetAtt IdentityPool.Id'), findings: [] },
  ],
});

describe(`${RULE}: beyond findings`, () => {
  it.each(COMPUTED)('records the computed aud %s as unresolved', (aud) => {
    expect(lintMemory(withAud(aud)).notifications.filter((n) => n.ruleId === RULE)).toEqual([
      expect.objectContaining({ kind: 'unresolved', file: 't.yaml' }),
    ]);
  });

  it('records an unresolved notification instead of guessing when aud is a parameter without a value', () => {
    const report = lintFixture(RULE, 'valid/matching.yaml');
    expect(report.notifications).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: 'unresolved', ruleId: RULE })]),
    );
  });
});
