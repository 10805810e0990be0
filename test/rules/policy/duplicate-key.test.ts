import { ruleTester } from '../rule-tester.js';

ruleTester.run('policy/duplicate-key', {
  valid: 'all',
  invalid: {
    // Reports the repeated key in a raw JSON policy (and is not also a parse error, which the tester checks for every fixture).
    'duplicates.json': [
      { messageId: 'duplicate', line: 8, column: 7, resource: 'duplicates', messageIncludes: 'Key `Effect`' },
    ],
    // Reports the repeated key in YAML, at its second occurrence, for the resource holding it.
    'duplicates.yaml': [{ messageId: 'duplicate', line: 20, column: 17, resource: 'AppRole' }],
  },
});
