import { ruleTester } from '../rule-tester.js';

ruleTester.run('apigateway/scopes-need-access-token', {
  valid: 'all',
  invalid: {
    // Reports AuthorizationScopes on a COGNITO_USER_POOLS method, at the scopes.
    'rest.yaml': [
      {
        messageId: 'method',
        line: 28,
        column: 9,
        resource: 'GetOrders',
        message:
          'Method `GET /` of API `Orders` requires scopes `orders/read`: API Gateway then accepts only access tokens, so a client that sends the ID token gets 401 Unauthorized.',
      },
    ],
    // Reports scopes of a SAM Cognito authorizer, of a SAM event using one, and of an OpenAPI Cognito requirement.
    'sam-and-openapi.json': [
      { messageId: 'samAuthorizer', line: 15, column: 102, resource: 'Api' },
      { messageId: 'samEvent', line: 29, column: 129, resource: 'Function' },
      { messageId: 'operation', line: 49, column: 69, resource: 'SpecApi' },
    ],
  },
});
