import { ruleTester } from '../rule-tester.js';

ruleTester.run('identity-pool/no-token-check', {
  valid: 'all',
  invalid: {
    // Reads the string "false" (JSON).
    'providers.json': [{ messageId: 'disabled', line: 8, column: 144, resource: 'IdentityPool' }],
    // Reports an absent ServerSideTokenCheck at the provider entry and a false one at its value.
    'providers.yaml': [
      {
        messageId: 'absent',
        line: 17,
        column: 11,
        resource: 'IdentityPool',
        messageIncludes: 'accepts tokens of `${UserPool.ProviderName}`',
      },
      { messageId: 'disabled', line: 21, column: 33, resource: 'IdentityPool' },
    ],
  },
});
