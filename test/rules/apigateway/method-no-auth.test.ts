import { describe, expect, it } from 'vitest';
import { lintFixture, ruleTester } from '../rule-tester.js';

const RULE = 'apigateway/method-no-auth';

ruleTester.run(RULE, {
  valid: 'all',
  invalid: {
    // Is high on an API with an authorizer: NONE, absent, or a parameter defaulting to NONE; medium with an API key; never OPTIONS.
    'orders.yaml': [
      {
        messageId: 'openNone',
        line: 50,
        column: 26,
        resource: 'DeleteOrder',
        message:
          'Method `DELETE /orders/{id}` of API `Orders` has `AuthorizationType: NONE` although the API has authorizer `CognitoAuthorizer`: anyone who can reach the API can call it.',
      },
      // No AuthorizationType: reported at the method's Properties.
      {
        messageId: 'openAbsent',
        line: 54,
        column: 7,
        resource: 'GetOrder',
        messageIncludes: 'has no `AuthorizationType` (API Gateway then uses `NONE`)',
      },
      { messageId: 'openMaybeNone', line: 63, column: 26, resource: 'PutOrder' },
      { messageId: 'apiKeyOnlyNone', line: 70, column: 26, resource: 'CreateOrder', severity: 'medium' },
    ],
    // A method added by hand to the implicit API of SAM events names the Cognito authorizer of its `Auth` (here from Globals).
    'sam-implicit-api.yaml': [
      {
        messageId: 'openNone',
        line: 34,
        column: 26,
        resource: 'Export',
        severity: 'high',
        message:
          'Method `Export (POST)` of API `Ref ServerlessRestApi` has `AuthorizationType: NONE` although the API has authorizer `Cognito`: anyone who can reach the API can call it.',
      },
    ],
    // Is medium when the API has no authorizer at all, high when the API is not in the template.
    'public-api.json': [
      { messageId: 'noAuthorizerNone', line: 15, column: 30, resource: 'Receive', severity: 'medium' },
      {
        messageId: 'openUnnamedNone',
        line: 24,
        column: 30,
        resource: 'SharedApiMethod',
        message:
          'Method `SharedApiMethod (ANY)` of API `Fn::ImportValue shared-api-id` has `AuthorizationType: NONE`: anyone who can reach the API can call it.',
      },
    ],
  },
});

describe(`${RULE}: beyond findings`, () => {
  it('records an unresolved AuthorizationType instead of guessing', () => {
    const report = lintFixture(RULE, 'valid/protected.yaml');
    expect(report.notifications.filter((n) => n.ruleId === RULE).map((n) => n.message)).toEqual([
      'AuthorizationType of method ParameterisedOrder could not be resolved',
    ]);
  });
});
