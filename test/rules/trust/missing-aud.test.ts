import { ruleTester } from '../rule-tester.js';

/**
 * A template whose trust pins `aud` with a value built from parts: trust/missing-aud judges it by its
 * fixed parts (docs/semantics.md#resolved-value: "A template of parts is judged by its fixed parts"), so
 * `!Sub '${AWS::Region}:*'` under `StringLike` matches every pool of the region, whatever the region is.
 */
function audFromParts(aud: string, operator = 'StringLike'): Record<string, string> {
  return {
    't.yaml': `Parameters:
  PoolSuffix:
    Type: String
Resources:
  IdentityPool:
    Type: AWS::Cognito::IdentityPool
    Properties:
      AllowUnauthenticatedIdentities: false
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
              ${operator}:
                cognito-identity.amazonaws.com:aud: ${aud}
              ForAnyValue:StringLike:
                cognito-identity.amazonaws.com:amr: authenticated
`,
  };
}

ruleTester.run('trust/missing-aud', {
  valid: 'all',
  invalid: {
    // A bare trust policy file names the file as the role.
    'bare-trust-policy.json': [{ messageId: 'missing', line: 4, column: 5, resource: 'bare-trust-policy' }],
    // A Deny of another action is not the deny form.
    'deny-does-not-cover.json': [{ messageId: 'missing', line: 4, column: 5, resource: 'deny-does-not-cover' }],
    // A trust that YAML merge keys bring in is read at the statement the anchored mapping writes,
    // once per role; an own trust overrides it.
    'merge-key.yaml': [
      { messageId: 'missing', line: 12, column: 11, resource: 'AdminRole' },
      { messageId: 'missing', line: 12, column: 11, resource: 'AuthRole' },
    ],
    // No aud condition: at the statement; the role is legacy or will not deploy.
    'no-aud.yaml': [
      {
        messageId: 'missing',
        line: 14,
        column: 13,
        resource: 'AuthRole',
        messageIncludes: 'either legacy or will not deploy',
      },
    ],
    // Negated, IfExists and ForAllValues operators, case-insensitive keys, sts:* / * actions and the us-gov principal.
    'weak-operators.yaml': [
      { messageId: 'negated', line: 14, column: 53, resource: 'NegatedRole' },
      { messageId: 'ifExists', line: 28, column: 53, resource: 'IfExistsRole' },
      { messageId: 'forAllValues', line: 42, column: 53, resource: 'ForAllValuesRole' },
      { messageId: 'missing', line: 51, column: 13, resource: 'GovCloudRole' },
    ],
    // A wildcard aud under StringLike: at the value.
    'wildcard-string-like.json': [{ messageId: 'wildcard', line: 18, column: 71, resource: 'AuthRole' }],
  },
  variants: [
    {
      name: 'reports a wildcard in the fixed parts of an Fn::Sub under StringLike',
      files: audFromParts("!Sub '${AWS::Region}:*'"),
      findings: [{ messageId: 'wildcard', line: 20, column: 53, resource: 'AuthRole' }],
    },
    {
      name: 'reports a wildcard in the fixed parts of an Fn::Join under StringLike',
      files: audFromParts("!Join ['', [!Ref AWS::Region, ':', '*']]"),
      findings: [{ messageId: 'wildcard', line: 20, column: 53, resource: 'AuthRole' }],
    },
    {
      name: 'names only the wildcard values of a list that also pins a pool (values are ORed)',
      files: audFromParts("[us-east-1:11111111-2222-3333-4444-555555555555, 'us-east-1:*']"),
      findings: [
        {
          messageId: 'wildcard',
          line: 20,
          column: 53,
          resource: 'AuthRole',
          message:
            'Role `AuthRole` can be assumed from any identity pool matching `us-east-1:*`: a wildcard `aud` under `StringLike` pins nothing (IAM refuses to create such a trust today, so the role is either legacy or will not deploy).',
        },
      ],
    },
    {
      name: 'does not report parts without a wildcard',
      files: audFromParts("!Sub '${AWS::Region}:${PoolSuffix}'"),
      findings: [],
    },
    {
      name: 'does not report a wildcard character under StringEquals (compared literally)',
      files: audFromParts("!Sub '${AWS::Region}:*'", 'StringEquals'),
      findings: [],
    },
  ],
});
