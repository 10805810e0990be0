import { ruleTester } from '../rule-tester.js';

ruleTester.run('policy/allow-with-not', {
  valid: 'all',
  invalid: {
    // Reports Allow with NotAction or NotResource at the key, in identity and resource policies.
    'not-elements.yaml': [
      {
        messageId: 'notAction',
        line: 23,
        column: 17,
        resource: 'OperatorRole',
        message:
          'In policy `Operator`, statement `AllButIam`, `Allow` with `NotAction` grants every action except `iam:*` and `organizations:*`, including every action AWS adds later.',
      },
      { messageId: 'notResource', line: 28, column: 17, resource: 'OperatorRole' },
      // NotAction within the S3 resources it names
      {
        messageId: 'notActionScoped',
        line: 32,
        column: 17,
        resource: 'OperatorRole',
        message:
          'In policy `Operator`, statement `AllButDelete`, `Allow` with `NotAction` grants every action on its resources except `s3:DeleteBucket`, including every action AWS adds later.',
      },
      // one finding per statement, at NotAction
      {
        messageId: 'both',
        line: 44,
        column: 13,
        resource: 'ReportsBucketPolicy',
        message:
          'In policy `ReportsBucketPolicy PolicyDocument`, statement 1, `Allow` with `NotAction` and `NotResource` grants every action except `s3:DeleteBucket` on every resource except `arn:aws:s3:::other-bucket/*`.',
      },
    ],
    // Reports a raw policy.
    'raw-policy.json': [{ messageId: 'notAction', line: 7, column: 7, resource: 'raw-policy' }],
    // Reports an inline document of a SAM state machine's Policies, on the state machine.
    'sam-function.yaml': [{ messageId: 'notAction', line: 10, column: 15, resource: 'CleanupWorkflow' }],
    // Reports a topic policy in a JSON template, scoped to its resources.
    'template.json': [{ messageId: 'notActionScoped', line: 14, column: 15, resource: 'TopicPolicy' }],
  },
});
