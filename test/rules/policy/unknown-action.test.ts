import { ruleTester } from '../rule-tester.js';

ruleTester.run('policy/unknown-action', {
  valid: 'all',
  invalid: {
    // Reports unknown actions once per statement, at the first one, in every kind of policy.
    'actions.yaml': [
      { messageId: 'unknown', line: 16, column: 21, resource: 'ReaderRole' }, // sts:AssumeRol in the trust policy
      // s3:GetObjekt and s3:ListObjects
      {
        messageId: 'unknownMany',
        line: 26,
        column: 21,
        resource: 'ReaderRole',
        message:
          'In policy `ReadReports`, statement `ReadObjects`, no action of the AWS Service Authorization Reference matches `s3:GetObjekt` and `s3:ListObjects`, so those entries allow nothing. Did you mean `s3:GetObject` for `s3:GetObjekt`?',
      },
      { messageId: 'unknown', line: 32, column: 25, resource: 'ReaderRole' }, // firehose:Get* names nothing
      // Deny s3:DeleteBuckets
      {
        messageId: 'unknownDeny',
        line: 42,
        column: 21,
        resource: 'GuardPolicy',
        messageIncludes: 'so that entry denies nothing.',
      },
      // NotAction organisations:*
      {
        messageId: 'unknownExclude',
        line: 45,
        column: 32,
        resource: 'GuardPolicy',
        message:
          'In policy `GuardPolicy`, statement 2, no action of the AWS Service Authorization Reference matches `organisations:*`, so that entry excludes nothing. Did you mean `organizations:*`?',
      },
    ],
    // Reports actions that are API operations but no IAM actions in a raw policy.
    'raw-policy.json': [{ messageId: 'unknownMany', line: 6, column: 41, resource: 'raw-policy' }],
    // Reports an inline document of a SAM function's Policies, on the function.
    'sam-function.yaml': [{ messageId: 'unknown', line: 12, column: 36, resource: 'ReaderFunction' }],
    // Reports a batch API operation, which has no IAM action of its own, in a JSON template.
    'template.json': [{ messageId: 'unknown', line: 12, column: 48, resource: 'QueueWorkerPolicy' }],
  },
});
