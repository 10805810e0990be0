import { ruleTester } from '../rule-tester.js';

ruleTester.run('trust/broad-principal', {
  valid: 'all',
  invalid: {
    // Does not count a bare wildcard as pinning (JSON).
    'principals.json': [{ messageId: 'anyAwsPrincipal', line: 11, column: 37, resource: 'WildcardArnRole' }],
    // Reports "*", {"AWS": "*"} (also in a list) and {"Federated": "*"} at the principal value when no condition pins the caller.
    'principals.yaml': [
      {
        messageId: 'anyone',
        line: 10,
        column: 24,
        resource: 'EveryoneRole',
        messageIncludes: 'anyone, from any AWS account or identity provider, can assume it',
      },
      { messageId: 'anyAwsPrincipal', line: 21, column: 53, resource: 'AnyAccountRole' },
      {
        messageId: 'anyToken',
        line: 34,
        column: 26,
        resource: 'AnyProviderRole',
        messageIncludes: 'a token from any identity provider can assume it',
      },
      { messageId: 'anyAwsPrincipal', line: 44, column: 31, resource: 'IfExistsRole' },
    ],
  },
});
