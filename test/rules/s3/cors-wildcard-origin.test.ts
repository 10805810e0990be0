import { ruleTester } from '../rule-tester.js';

ruleTester.run('s3/cors-wildcard-origin', {
  valid: 'all',
  invalid: {
    // Reports the Amplify default rule once, naming every role that writes the bucket.
    'amplify-default.json': [
      {
        messageId: 'wildcard',
        line: 13,
        column: 34,
        resource: 'S3Bucket',
        messageIncludes: 'written by role `AuthRole`, `UnauthRole`, lets any website send PUT/POST/DELETE requests',
      },
    ],
    // Reports each CORS rule with a * origin and PUT, POST or DELETE on a bucket an identity-pool role writes, at the * origin.
    'wildcard-put.yaml': [
      // * with GET/PUT
      {
        messageId: 'wildcard',
        line: 13,
        column: 17,
        resource: 'Uploads',
        message:
          'Bucket `Uploads`, written by role `AuthRole`, lets any website send PUT requests (`AllowedOrigins: ["*"]`): a page on another origin can drive uploads with a visitor\'s credentials.',
      },
      { messageId: 'wildcard', line: 31, column: 17, resource: 'Uploads', messageIncludes: 'send DELETE requests' }, // * beside https://admin.example.com, DELETE
      // Assets has the same * / PUT rule, but identity-pool roles only read it.
    ],
  },
});
