import { describe, expect, it } from 'vitest';
import { isSubstitutedKey, variablesIn } from '../../../src/analysis/variables.js';
import { known, unknown, type Resolved } from '../../../src/values/resolved.js';
import { ruleTester } from '../rule-tester.js';

ruleTester.run('policy/variable-unknown', {
  valid: 'all',
  invalid: {
    // Reports a misspelt key and a variable in a condition key of a raw policy.
    'raw-policy.json': [
      { messageId: 'unknownKey', line: 8, column: 19, resource: 'raw-policy' },
      {
        messageId: 'conditionKey',
        line: 16,
        column: 71,
        resource: 'raw-policy',
        message:
          'In policy `raw-policy`, statement `TaggedQueues`, `${aws:PrincipalTag/team}` stands in a condition key, where IAM never substitutes variables.',
      },
    ],
    // Reports a misspelt key in a policy written as JSON text, at the string.
    'template.json': [{ messageId: 'unknownKey', line: 7, column: 27, resource: 'HomePolicy' }],
    // Reports unknown keys and variables where IAM never substitutes them, once per statement and problem.
    'variables.yaml': [
      // `…:subject` (Fn::Sub) and `${aws:PrincipalTag}` (Fn::Join)
      {
        messageId: 'unknownKeyMany',
        line: 31,
        column: 21,
        resource: 'AuthenticatedRole',
        message:
          'In policy `UserFiles`, statement `OwnFiles`, `${cognito-identity.amazonaws.com:subject}` and `${aws:PrincipalTag}` name no request-context key that IAM substitutes, so the value never matches what was meant.',
      },
      { messageId: 'beforeFifthColon', line: 37, column: 27, resource: 'AuthenticatedRole' }, // region part of the ARN
      // NumericLessThan and DateGreaterThan
      {
        messageId: 'operator',
        line: 44,
        column: 36,
        resource: 'AuthenticatedRole',
        message:
          'In policy `UserFiles`, statement `FreshTokens`, `${aws:TokenIssueTime}` stands in the value of `NumericLessThan` and `DateGreaterThan`, whose values IAM never substitutes.',
      },
      { messageId: 'element', line: 49, column: 25, resource: 'AuthenticatedRole' }, // Action
      { messageId: 'notSubstitutedReference', line: 55, column: 27, resource: 'AuthenticatedRole' }, // `${UploadBucket}` outside Fn::Sub
    ],
  },
});

describe('policy variables (src/analysis/variables.ts)', () => {
  it.each([
    'aws:username',
    'AWS:UserName',
    'aws:PrincipalTag/team',
    'aws:RequestTag/project',
    'cognito-identity.amazonaws.com:sub',
    'cognito-identity.amazonaws.com:aud',
    'cognito-identity-us-gov.amazonaws.com:sub',
    'accounts.google.com:sub',
    'oidc.eks.us-east-1.amazonaws.com/id/EXAMPLE:sub',
    'www.amazon.com:user_id',
    'graph.facebook.com:id',
    'saml:sub',
    's3:prefix',
    's3:ExistingObjectTag/project',
    'sns:Endpoint',
    'ec2:SourceInstanceARN',
    '*',
    '?',
    '$',
  ])('IAM substitutes %s', (key) => {
    expect(isSubstitutedKey(key)).toBe(true);
  });

  it.each([
    'cognito-identity.amazonaws.com:subject',
    'aws:PrincipalTag',
    'aws:PrincipalTag/',
    'aws:user_name',
    'username',
    's3:nothing',
  ])('IAM does not substitute %s', (key) => {
    expect(isSubstitutedKey(key)).toBe(false);
  });

  it('reads variables from Fn::Sub output, Fn::Join pieces and alternatives, with the fixed text before them', () => {
    const joined: Resolved = {
      kind: 'concat',
      parts: [known('arn:aws:s3:::b/'), unknown('Ref'), known("/${aws:userid, 'anonymous'}/${!x}")],
    };
    const vars = variablesIn({ kind: 'anyOf', options: [joined, known('arn:aws:s3:::b/${*}')] });
    expect(vars.map((v) => [v.written, v.key, v.defaultValue, v.kind, v.before])).toEqual([
      ["${aws:userid, 'anonymous'}", 'aws:userid', 'anonymous', 'iam', undefined],
      ['${!x}', '!x', undefined, 'escaped', undefined],
      ['${*}', '*', undefined, 'iam', 'arn:aws:s3:::b/'],
    ]);
    expect(variablesIn(known('${AWS::Region}-${Bucket}-${self:custom.x}')).map((v) => v.kind)).toEqual([
      'cloudformation',
      'cloudformation',
      'preprocessor',
    ]);
    expect(variablesIn(known('${aws:userid, anonymous}'))[0]!.malformed).toBe(true);
  });
});
