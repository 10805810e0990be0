import { ruleTester } from '../rule-tester.js';

ruleTester.run('apigateway/iam-auth-open-to-guests', {
  valid: 'all',
  invalid: {
    // Reports an AWS_IAM method and route the guest role may invoke, at their AuthorizationType, a step lower under the guest scope-down.
    'guest-invokes-api.yaml': [
      {
        messageId: 'open',
        line: 52,
        column: 26,
        resource: 'DeleteOrder',
        severity: 'medium',
        messageIncludes: [
          '`DELETE /orders` of API `Api` requires IAM authorization, but role `GuestRole` may `execute-api:Invoke` it',
          'The role is the guest role of identity pool `Pool`.',
          'guest scope-down may drop this grant',
        ],
      },
      { messageId: 'open', line: 64, column: 26, resource: 'Reports', severity: 'medium' },
    ],
    // Reports an OpenAPI operation secured by SigV4 (JSON), for a wildcard execute-api grant.
    'openapi-sigv4.json': [{ messageId: 'open', line: 37, column: 62, resource: 'Api', severity: 'medium' }],
    // A grant that names the stage (`…/prod/POST/orders`) covers the operation on that stage: POST, not GET.
    'stage-named-grant.yaml': [
      {
        messageId: 'open',
        line: 51,
        column: 26,
        resource: 'CreateOrder',
        severity: 'high',
        message:
          '`POST /orders` of API `Api` requires IAM authorization, but role `GuestRole` may `execute-api:Invoke` it through inline policy `invoke`: anyone on the internet can call it without signing in. The role is the guest role of identity pool `Pool`.',
      },
    ],
    // An `ANY` method is reached with every verb: a guest grant of `POST` alone opens it.
    'any-method-verb-grant.yaml': [
      {
        messageId: 'open',
        line: 51,
        column: 26,
        resource: 'AnyOrder',
        severity: 'high',
        message:
          '`ANY /orders` of API `Api` requires IAM authorization, but role `GuestRole` may `execute-api:Invoke` it through inline policy `invoke`: anyone on the internet can call it without signing in. The role is the guest role of identity pool `Pool`.',
      },
    ],
    // SAM: events under `DefaultAuthorizer: AWS_IAM` (reported at the event), and an event with `Auth.Authorizer: AWS_IAM`.
    'sam-iam-auth.yaml': [
      {
        messageId: 'open',
        line: 59,
        column: 13,
        resource: 'AdminFunction',
        severity: 'high',
        message:
          '`DELETE /users/{id}` of API `AdminApi` requires IAM authorization, but role `GuestRole` may `execute-api:Invoke` it through inline policy `invoke`: anyone on the internet can call it without signing in. The role is the guest role of identity pool `Pool`.',
      },
      {
        messageId: 'open',
        line: 77,
        column: 27,
        resource: 'AdminFunction',
        severity: 'high',
        message:
          '`POST /reports/export` of API `ReportsApi` requires IAM authorization, but role `GuestRole` may `execute-api:Invoke` it through inline policy `invoke`: anyone on the internet can call it without signing in. The role is the guest role of identity pool `Pool`.',
      },
    ],
  },
});
