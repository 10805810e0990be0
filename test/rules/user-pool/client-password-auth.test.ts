import { ruleTester } from '../rule-tester.js';

ruleTester.run('user-pool/client-password-auth', {
  valid: 'all',
  invalid: {
    // Reports it in JSON.
    'password-auth.json': [{ messageId: 'passwordAuth', line: 8, column: 31, resource: 'MobileClient' }],
    // Reports ALLOW_USER_PASSWORD_AUTH and the legacy USER_PASSWORD_AUTH at the entry.
    'password-auth.yaml': [
      { messageId: 'passwordAuth', line: 14, column: 11, resource: 'WebClient' },
      {
        messageId: 'passwordAuth',
        line: 20,
        column: 27,
        resource: 'LegacyClient',
        message:
          "App client `LegacyClient` of user pool `Users` allows `USER_PASSWORD_AUTH`: the app sends the user's password to Cognito in the request instead of proving it with SRP.",
      },
    ],
  },
  variants: [
    {
      name: 'reports nothing on the real CDK synth output (SRP and refresh only)',
      paths: ['test/fixtures/corpus/cdk/a-secure-l2/cdk.out'],
      findings: [],
    },
  ],
});
