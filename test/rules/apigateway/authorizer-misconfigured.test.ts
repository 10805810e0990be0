import { describe, expect, it } from 'vitest';
import { lintFixture, ruleTester } from '../rule-tester.js';

const RULE = 'apigateway/authorizer-misconfigured';

ruleTester.run(RULE, {
  valid: 'all',
  invalid: {
    // The message names the list as the input writes it: OpenAPI `providerARNs`, SAM `UserPoolArn`.
    'openapi-no-provider-arns.yaml': [
      {
        messageId: 'noProviderArns',
        line: 31,
        column: 17,
        resource: 'SpecApi',
        message:
          'Cognito authorizer `cognito` (OpenAPI security scheme) of API `SpecApi` has no `providerARNs`: it names no user pool whose tokens it accepts.',
      },
      {
        messageId: 'emptyProviderArns',
        line: 40,
        column: 26,
        resource: 'SamApi',
        message:
          'Cognito authorizer `Cognito` (SAM `Auth.Authorizers`) of API `SamApi` has an empty `UserPoolArn` list: it names no user pool whose tokens it accepts.',
      },
    ],
    // Reports authorizers without user pools or header, and methods without or with the wrong authorizer.
    'rest.yaml': [
      // No ProviderARNs: at the authorizer's Properties.
      { messageId: 'noProviderArns', line: 17, column: 7, resource: 'NoPools' },
      { messageId: 'identitySourceNotHeader', line: 27, column: 23, resource: 'PoolId' },
      {
        messageId: 'notUserPoolArn',
        line: 29,
        column: 11,
        resource: 'PoolId',
        message:
          'Cognito authorizer `PoolId` of API `Orders` lists `Ref UserPool`, which is not a user pool ARN (`arn:aws:cognito-idp:<region>:<account>:userpool/<poolId>`). `Ref` of a user pool returns its ID, not its ARN. Use `Fn::GetAtt <pool>.Arn`.',
      },
      { messageId: 'identitySourceMissing', line: 33, column: 7, resource: 'TokenAuthorizer' },
      { messageId: 'methodNoAuthorizer', line: 49, column: 7, resource: 'NoAuthorizerId' },
      { messageId: 'authorizerWrongType', line: 60, column: 21, resource: 'WrongType' },
      {
        messageId: 'authorizerOfOtherApi',
        line: 68,
        column: 21,
        resource: 'OtherApi',
        message:
          'Method `DELETE /` of API `Orders` uses authorizer `ReportsAuthorizer`, which belongs to API `Reports`.',
      },
    ],
    // Judges SAM UserPoolArn and OpenAPI providerARNs entries too.
    'sam-and-openapi.json': [
      { messageId: 'notUserPoolArn', line: 13, column: 56, resource: 'SamApi' },
      // Both entries of one providerARNs list: one finding, at the first offender.
      { messageId: 'notUserPoolArns', line: 31, column: 34, resource: 'SpecApi' },
    ],
    // Reports a list with several offending entries once, at the first offender, naming every offender.
    'several-offenders.yaml': [
      {
        messageId: 'notUserPoolArns',
        line: 16,
        column: 11,
        resource: 'Mixed',
        message:
          'Cognito authorizer `Mixed` of API `Orders` lists `Ref UserPool`, `Fn::GetAtt UserPool.ProviderURL` and `arn:aws:cognito-idp:us-east-1:123456789012:userpool`, which are not user pool ARNs (`arn:aws:cognito-idp:<region>:<account>:userpool/<poolId>`). `Ref` of a user pool returns its ID, not its ARN. `ProviderURL` of a user pool is not its ARN. Use `Fn::GetAtt <pool>.Arn`.',
      },
      {
        messageId: 'notUserPoolArns',
        line: 32,
        column: 17,
        resource: 'SamApi',
        message:
          'Cognito authorizer `Pools` (SAM `Auth.Authorizers`) of API `SamApi` lists `arn:aws:2` and `arn:aws:3`, which are not user pool ARNs (`arn:aws:cognito-idp:<region>:<account>:userpool/<poolId>`).',
      },
      // The same mistake twice is one offender.
      {
        messageId: 'notUserPoolArn',
        line: 36,
        column: 17,
        resource: 'SamApi',
        message:
          'Cognito authorizer `SamePoolTwice` (SAM `Auth.Authorizers`) of API `SamApi` lists `Ref UserPool`, which is not a user pool ARN (`arn:aws:cognito-idp:<region>:<account>:userpool/<poolId>`). `Ref` of a user pool returns its ID, not its ARN. Use `Fn::GetAtt <pool>.Arn`.',
      },
    ],
  },
});

describe(`${RULE}: beyond findings`, () => {
  it('leaves a parameter and an SSM parameter unresolved rather than judging their defaults', () => {
    for (const file of ['valid/canonical.yaml', 'valid/sam.json']) {
      expect(
        lintFixture(RULE, file).notifications.filter((n) => n.ruleId === RULE && n.kind === 'unresolved'),
      ).toHaveLength(1);
    }
  });
});
