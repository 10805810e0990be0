import { ruleTester } from '../rule-tester.js';

ruleTester.run('identity-pool/writable-principal-tag', {
  valid: 'all',
  invalid: {
    // Finds the variable in a condition value split across Fn::Join parts of an attached managed policy (JSON).
    'tags.json': [{ messageId: 'writableProvider', line: 63, column: 37, resource: 'PrincipalTags' }],
    // Reports a tag mapped from a user-writable attribute that a policy variable in a Resource relies on, at the mapping (Fn::Sub escape).
    'tags.yaml': [
      {
        messageId: 'writableSignUp',
        line: 58,
        column: 21,
        resource: 'PrincipalTags',
        message:
          'Identity pool `IdentityPool` sets principal tag `department` from `custom:dept`, which anyone who signs up to user pool `UserPool` can set themselves, and policy `DepartmentFiles` of role `AuthRole` relies on `aws:PrincipalTag/department`, so users choose what it grants them. App client `WebClient` lists `custom:dept` in `WriteAttributes`.',
      },
    ],
  },
});
