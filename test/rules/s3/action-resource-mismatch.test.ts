import { ruleTester } from '../rule-tester.js';

ruleTester.run('s3/action-resource-mismatch', {
  valid: 'all',
  invalid: {
    // Reports raw account details.
    'authorization-details.json': [
      { messageId: 'bucketOnObject', line: 31, column: 29, resource: 'Cognito_NotesAuth_Role' },
    ],
    // Reports object actions on bucket ARNs only and ListBucket on object ARNs only, at the Resource element, for every role.
    'mismatch.yaml': [
      {
        messageId: 'objectOnBucket',
        line: 37,
        column: 27,
        resource: 'AuthRole',
        message:
          "Role `AuthRole`: `s3:GetObject`, `s3:PutObject` act on objects, but the statement names only the bucket ARN `${Media}`, so it grants nothing; add `/*` or the user's prefix to the resource.",
      },
      {
        messageId: 'objectOnBucket',
        line: 42,
        column: 19,
        resource: 'AuthRole',
        messageIncludes: ['`s3:DeleteObject`', '`media-archive`, `${Media}`'],
      },
      {
        messageId: 'bucketOnObject',
        line: 47,
        column: 27,
        resource: 'AuthRole',
        message:
          'Role `AuthRole`: `s3:ListBucket` act on the bucket, but the statement names only object ARNs `${Media}/*`, so it grants nothing; use the bucket ARN with an `s3:prefix` condition.',
      },
      {
        messageId: 'bucketOnObject',
        line: 51,
        column: 27,
        resource: 'AuthRole',
        messageIncludes: '`${Media}/private/${cognito-identity.amazonaws.com:sub}/*`',
      },
      { messageId: 'objectOnBucket', line: 69, column: 27, resource: 'ThumbnailerRole' }, // not an identity-pool role: the statement still grants nothing
    ],
    // Reports the mismatched half of a statement that names ListBucket and GetObject together: the most
    // common form of the mistake. Its page: object actions on a bucket ARN only, or ListBucket on object ARNs
    // only, grant nothing (AWS: list_amazons3.html resource types), whatever else the statement names.
    'mixed-statement.json': [
      { messageId: 'objectOnBucket', line: 32, column: 114, resource: 'AuthRole' },
      { messageId: 'bucketOnObject', line: 33, column: 115, resource: 'AuthRole' },
    ],
  },
});
