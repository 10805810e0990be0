import { ruleTester } from '../rule-tester.js';

ruleTester.run('policy/invalid', {
  valid: 'all',
  invalid: {
    // Reports each grammar problem at its position, once, in templates.
    'grammar.yaml': [
      { messageId: 'resourceInTrust', line: 12, column: 13, resource: 'AppRole' }, // Resource in a trust policy (the key)
      { messageId: 'version', line: 16, column: 22, resource: 'AppRole' }, // Version 2012-10-18
      { messageId: 'sidFormatIdentity', line: 18, column: 22, resource: 'AppRole' }, // Sid with a hyphen in an identity policy
      { messageId: 'effect', line: 19, column: 25, resource: 'AppRole' }, // Effect: allow
      // Resources (typo), reported once with a suggestion
      {
        messageId: 'unknownStatementKeySuggestion',
        line: 21,
        column: 17,
        resource: 'AppRole',
        message: 'In `app`: Statement key `Resources` is not part of the IAM grammar; did you mean `Resource`?',
      },
      { messageId: 'principalInIdentity', line: 36, column: 13, resource: 'TablePolicy' }, // Principal in an identity policy
      // unknown operator
      {
        messageId: 'conditionOperatorSuggestion',
        line: 40,
        column: 15,
        resource: 'TablePolicy',
        messageIncludes: 'did you mean `StringEquals`',
      },
      { messageId: 'duplicateSid', line: 42, column: 18, resource: 'TablePolicy' }, // duplicate Sid
    ],
    // Reports a condition value that is an object in a raw policy.
    'raw-policy.json': [{ messageId: 'conditionValue', line: 8, column: 69, resource: 'raw-policy' }],
    // Reports an inline document of a SAM function's Policies in a JSON template, on the function.
    'sam-function.json': [
      { messageId: 'unknownStatementKeySuggestion', line: 12, column: 48, resource: 'ReaderFunction' },
    ],
  },
});
