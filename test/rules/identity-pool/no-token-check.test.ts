import { ruleTester } from '../rule-tester.js';

ruleTester.run('identity-pool/no-token-check', {
  valid: 'all',
  invalid: {
    // Reads the string "false" (JSON).
    'providers.json': [{ messageId: 'disabled', line: 8, column: 144, resource: 'IdentityPool' }],
    // Reports an absent ServerSideTokenCheck at the provider entry and a false one at its value, each
    // naming its app client (two entries of one user pool); an entry whose provider name is not known
    // at all is named by its position.
    'providers.yaml': [
      {
        messageId: 'absent',
        line: 17,
        column: 11,
        resource: 'IdentityPool',
        messageIncludes: [
          'accepts tokens of `Fn::GetAtt UserPool.ProviderName`',
          'The entry is for app client `WebClient`.',
        ],
      },
      {
        messageId: 'disabled',
        line: 21,
        column: 33,
        resource: 'IdentityPool',
        message:
          'Identity pool `IdentityPool` accepts tokens of `cognito-idp.${AWS::Region}.amazonaws.com/${UserPool}` with `ServerSideTokenCheck: false`: tokens of users who signed out globally or were deleted still buy AWS credentials until they expire. The entry is for app client `MobileClient`.',
      },
      {
        messageId: 'absentUnnamed',
        line: 22,
        column: 11,
        resource: 'IdentityPool',
        message:
          'Identity pool `IdentityPool` accepts tokens of the user pool of `CognitoIdentityProviders` entry 3 without `ServerSideTokenCheck` (the check runs only once it is set to true): tokens of users who signed out globally or were deleted still buy AWS credentials until they expire. The entry is for app client `MobileClient`.',
      },
    ],
  },
});
