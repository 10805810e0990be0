import { ruleTester } from '../rule-tester.js';

ruleTester.run('apigateway/jwt-audience-invalid', {
  valid: 'all',
  invalid: {
    // Reports a missing (at JwtConfiguration) or empty Audience, and each wrong entry at the entry.
    'audiences.yaml': [
      {
        messageId: 'missing',
        line: 29,
        column: 9,
        resource: 'NoAudience',
        message:
          'JWT authorizer `NoAudience` of HTTP API `HttpApi` has no `Audience`: API Gateway needs the app client IDs whose tokens it accepts.',
      },
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
    'sam.json': [
      {
        messageId: 'userPool',
        line: 16,
        column: 30,
        resource: 'HttpApi',
        message:
          'JWT authorizer `Cognito` (SAM `Auth.Authorizers`) of HTTP API `HttpApi` lists `us-east-1_AbCdEf123` in `audience`, which names the user pool, not an app client: Cognito tokens carry the app client ID in `aud` (ID token) or `client_id` (access token).',
      },
    ],
    // Names the list as the SAM template writes it (SAM accepts any case), and a missing one by SAM's `audience`.
    'sam-key-case.yaml': [
      {
        messageId: 'missing',
        line: 18,
        column: 15,
        resource: 'HttpApi',
        message:
          'JWT authorizer `NoAudience` (SAM `Auth.Authorizers`) of HTTP API `HttpApi` has no `audience`: API Gateway needs the app client IDs whose tokens it accepts.',
      },
      {
        messageId: 'wildcard',
        line: 23,
        column: 26,
        resource: 'HttpApi',
        messageIncludes: 'lists `*` in `Audience`:',
      },
    ],
  },
});
