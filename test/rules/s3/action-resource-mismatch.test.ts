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
          "Role `AuthRole` gets no `s3:GetObject` and `s3:PutObject` from this statement: S3 authorizes object actions on object ARNs (`bucket/key`), and the statement names only bucket ARNs `${Media}`; add `/*` or the user's prefix to the resource.",
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
          'Role `AuthRole` gets no `s3:ListBucket` from this statement: S3 authorizes listing on the bucket ARN, and the statement names only object ARNs `${Media}/*`; use the bucket ARN with an `s3:prefix` condition.',
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
    // The message names only the actions that grant nothing there, and a note the ones that do apply
    // (BrianWieder/dlp-access's Amplify group policy: `s3:ListBucket` beside object actions on `bucket/*`).
    'mixed-statement.json': [
      {
        messageId: 'objectOnBucket',
        line: 32,
        column: 114,
        resource: 'AuthRole',
        message:
          "Role `AuthRole` gets no `s3:GetObject` from this statement: S3 authorizes object actions on object ARNs (`bucket/key`), and the statement names only bucket ARNs `reports-bucket`; add `/*` or the user's prefix to the resource. The statement does grant `s3:ListBucket` on these resources.",
      },
      {
        messageId: 'bucketOnObject',
        line: 33,
        column: 115,
        resource: 'AuthRole',
        message:
          'Role `AuthRole` gets no `s3:ListBucket` from this statement: S3 authorizes listing on the bucket ARN, and the statement names only object ARNs `exports-bucket/*`; use the bucket ARN with an `s3:prefix` condition. The statement does grant `s3:GetObject` on these resources.',
      },
    ],
  },
});
