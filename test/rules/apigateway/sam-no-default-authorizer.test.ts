import { ruleTester } from '../rule-tester.js';

ruleTester.run('apigateway/sam-no-default-authorizer', {
  valid: 'all',
  invalid: {
    // Reports a SAM Api with Cognito authorizers and no default (at its Auth), and Authorizer: NONE on a non-OPTIONS event.
    'api.yaml': [
      {
        messageId: 'noDefault',
        line: 12,
        column: 9,
        resource: 'OrdersApi',
        message:
          'API `OrdersApi` defines Cognito authorizer `Cognito` but no `DefaultAuthorizer`, so function events that set no `Auth.Authorizer` are open to anyone: `GET /orders` (`OrdersFunction.List`), `DELETE /orders/{id}` (`OrdersFunction.Delete`).',
      },
      {
        messageId: 'explicitNone',
        line: 73,
        column: 27,
        resource: 'AdminFunction',
        message:
          'Function event `AdminFunction.Purge` (`POST /purge` on API `AdminApi`) sets `Auth.Authorizer: NONE`, which removes the default authorizer `Cognito`: anyone can call it.',
      },
    ],
    // Reports a SAM HttpApi with a Cognito JWT authorizer and no default, a bare event being its $default route.
    'http-api.json': [
      { messageId: 'noDefault', line: 11, column: 17, resource: 'FilesApi' },
      { messageId: 'explicitNone', line: 47, column: 151, resource: 'Function' },
    ],
  },
});
