import { ruleTester } from '../rule-tester.js';

ruleTester.run('apigateway/jwt-audience-invalid', {
  valid: 'all',
  invalid: {
    // Reports a missing (at JwtConfiguration) or empty Audience, and each wrong entry at the entry.
    'audiences.yaml': [
      { messageId: 'missing', line: 29, column: 9, resource: 'NoAudience' },
      { messageId: 'empty', line: 39, column: 19, resource: 'EmptyAudience' },
      { messageId: 'wildcard', line: 51, column: 13, resource: 'Mixed' },
      { messageId: 'userPool', line: 52, column: 13, resource: 'Mixed' },
      {
        messageId: 'otherPool',
        line: 53,
        column: 13,
        resource: 'Mixed',
        message:
          'JWT authorizer `Mixed` of HTTP API `HttpApi` lists app client `PartnerClient` of user pool `PartnerPool` in `Audience`, but its issuer is user pool `UserPool`: no token is valid for both.',
      },
    ],
    // Recognises a literal user pool ID in a SAM OAuth2 authorizer.
    'sam.json': [{ messageId: 'userPool', line: 16, column: 30, resource: 'HttpApi' }],
  },
});
