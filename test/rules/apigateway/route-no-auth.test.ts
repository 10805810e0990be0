import { describe, expect, it } from 'vitest';
import { lintFixture, ruleTester } from '../rule-tester.js';

const RULE = 'apigateway/route-no-auth';

ruleTester.run(RULE, {
  valid: 'all',
  invalid: {
    // Reports NONE and absent AuthorizationType, $default included, never an OPTIONS route.
    'http-api.yaml': [
      {
        messageId: 'openNone',
        line: 39,
        column: 26,
        resource: 'Reindex',
        message:
          'Route `POST /admin/reindex` of HTTP API `HttpApi` has `AuthorizationType: NONE` although the API has JWT authorizer `JwtAuthorizer`: anyone who can reach the API can call it.',
      },
      // No AuthorizationType: reported at the route's Properties.
      {
        messageId: 'openDefaultAbsent',
        line: 43,
        column: 7,
        resource: 'CatchAll',
        message:
          'Route `$default` of HTTP API `HttpApi` has no `AuthorizationType` (API Gateway then uses `NONE`) although the API has JWT authorizer `JwtAuthorizer`: every request that matches no other route reaches its integration without a token.',
      },
    ],
    // Counts a JWT authorizer defined in the OpenAPI Body of the API.
    'openapi-body.json': [{ messageId: 'openNone', line: 37, column: 30, resource: 'ExportRoute' }],
    // A route added by hand to the implicit API of SAM events counts the JWT authorizer of its `Auth` (here from Globals).
    'sam-implicit-api.yaml': [
      {
        messageId: 'openNone',
        line: 41,
        column: 26,
        resource: 'Export',
        message:
          'Route `POST /orders/export` of HTTP API `Ref ServerlessHttpApi` has `AuthorizationType: NONE` although the API has JWT authorizer `Cognito`: anyone who can reach the API can call it.',
      },
    ],
    // A key built with Fn::Sub or Fn::Join is judged by its method, which is fixed text; the path may be unknown.
    'templated-route-key.yaml': [
      {
        messageId: 'openNone',
        line: 35,
        column: 26,
        resource: 'DeleteOrder',
        message:
          'Route `DELETE /${Prefix}/orders/{id}` of HTTP API `HttpApi` has `AuthorizationType: NONE` although the API has JWT authorizer `JwtAuthorizer`: anyone who can reach the API can call it.',
      },
      {
        messageId: 'openAbsent',
        line: 39,
        column: 7,
        resource: 'CreateOrder',
        message:
          'Route `POST /${Prefix}/orders` of HTTP API `HttpApi` has no `AuthorizationType` (API Gateway then uses `NONE`) although the API has JWT authorizer `JwtAuthorizer`: anyone who can reach the API can call it.',
      },
    ],
  },
});

describe(`${RULE}: beyond its own findings`, () => {
  it('notes open routes of an API outside the linted files as undecided (docs/semantics.md#resolved-value)', () => {
    const report = lintFixture(RULE, 'valid/api-outside.yaml');
    const notes = report.notifications.filter((n) => n.ruleId === RULE && n.kind === 'unresolved');
    expect(notes.map((n) => [n.range?.start.line, n.range?.start.column, n.message])).toEqual([
      [
        12,
        7,
        'Route Health has an AuthorizationType that may be NONE, on an API outside the linted files: whether that API has a JWT authorizer is not known',
      ],
      [
        19,
        26,
        'Route Register has an AuthorizationType that may be NONE, on an API outside the linted files: whether that API has a JWT authorizer is not known',
      ],
    ]);
  });

  it('does not note a route of the API SAM creates for the events as on an API outside the files', () => {
    const report = lintFixture(RULE, 'valid/sam-implicit-api.yaml');
    expect(report.notifications.filter((n) => n.ruleId === RULE)).toEqual([]);
  });
});
