import { ruleTester } from '../rule-tester.js';

ruleTester.run('user-pool/open-signup-privileged', {
  valid: 'all',
  invalid: {
    // Reports at AllowAdminCreateUserOnly: false (JSON), for a whole-service wildcard.
    'explicit-false.json': [{ messageId: 'authenticatedAdmin', line: 7, column: 39, resource: 'Users' }],
    // Reports the authenticated role writing the whole bucket and a role chosen on a claim users write at
    // sign-up. AdminCreateUserConfig is absent: the finding points at the pool's Properties.
    'self-signup-writes-bucket.yaml': [
      {
        messageId: 'authenticatedWrite',
        line: 7,
        column: 7,
        resource: 'Users',
        messageIncludes:
          "role `AuthRole` (its authenticated role), which may write S3 objects outside the user's own prefix (s3:PutObject)",
      },
      {
        messageId: 'mappingAdmin',
        line: 7,
        column: 7,
        resource: 'Users',
        message:
          'User pool `Users` lets anyone sign up, and identity pool `Pool` gives its users role `OpsRole` (a role-mapping rule on a claim the user writes), which has administrator-level permissions (`*`): anyone on the internet can create an account and get that. `*` is every action of every service.',
      },
    ],
  },
});
