import { ruleTester } from '../rule-tester.js';

ruleTester.run('apigateway/jwt-issuer-invalid', {
  valid: 'all',
  invalid: {
    // Reports an ARN, a trailing slash, http and a missing region, at the Issuer.
    'issuers.yaml': [
      { messageId: 'arn', line: 23, column: 17, resource: 'ArnIssuer' },
      { messageId: 'trailingSlash', line: 33, column: 17, resource: 'TrailingSlash' },
      { messageId: 'http', line: 43, column: 17, resource: 'PlainHttp' },
      {
        messageId: 'noRegion',
        line: 53,
        column: 17,
        resource: 'NoRegion',
        message:
          'JWT authorizer `NoRegion` of HTTP API `HttpApi` has issuer `https://cognito-idp.amazonaws.com/${UserPool}` without the region: Cognito tokens carry `https://cognito-idp.<region>.amazonaws.com/<userPoolId>`, so no token matches it.',
      },
    ],
    // Judges SAM OAuth2 authorizers (lower-case JwtConfiguration keys).
    'sam.json': [{ messageId: 'malformed', line: 16, column: 47, resource: 'HttpApi' }],
  },
});
