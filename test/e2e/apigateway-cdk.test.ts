/**
 * The API weaknesses planted in the real CDK synth output (test/fixtures/corpus/cdk/README.md,
 * variant f-api-authz-gaps and the Prod stage of g-multi-stack-stage-nested) are found by the
 * apigateway/ rules at the named logical IDs and construct paths, and nothing else is: the secure
 * variants, their CORS preflight OPTIONS methods and their Cognito JWT authorizers stay clean.
 */
import { describe, expect, it } from 'vitest';
import { lintPaths, seen, type SeenFinding } from '../rules/helpers.js';

const CDK = 'test/fixtures/corpus/cdk';
const apiFindings = (variant: string): SeenFinding[] =>
  seen(lintPaths([`${CDK}/${variant}/cdk.out`])).filter((f) => f.ruleId.startsWith('apigateway/'));

describe('apigateway rules on the CDK corpus', () => {
  it('f-api-authz-gaps: exactly the four planted findings', () => {
    const file = `${CDK}/f-api-authz-gaps/cdk.out/WebApp.template.json`;
    expect(apiFindings('f-api-authz-gaps')).toEqual([
      {
        ruleId: 'apigateway/method-no-auth',
        messageId: 'openNone',
        severity: 'high',
        file,
        line: 1324,
        column: 26,
        resource: 'RestApiitemsidDELETE57488BE1',
        cdkPath: 'WebApp/RestApi/Default/items/{id}/DELETE/Resource',
      },
      {
        ruleId: 'apigateway/jwt-audience-invalid',
        messageId: 'otherPool',
        severity: 'high',
        file,
        line: 1825,
        column: 7,
        resource: 'HttpApiPartnerJwtAuthorizerB2146154',
        cdkPath: 'WebApp/HttpApi/PartnerJwtAuthorizer/Resource',
      },
      {
        ruleId: 'apigateway/route-no-auth',
        messageId: 'openNone',
        severity: 'high',
        file,
        line: 1897,
        column: 26,
        resource: 'HttpApiPOSTadminreindexA9371406',
        cdkPath: 'WebApp/HttpApi/POST--admin--reindex/Resource',
      },
      {
        ruleId: 'apigateway/jwt-audience-invalid',
        messageId: 'empty',
        severity: 'high',
        file,
        line: 1926,
        column: 18,
        resource: 'ReportsJwtAuthorizer',
        cdkPath: 'WebApp/ReportsJwtAuthorizer',
      },
    ]);
  });

  it('f-api-authz-gaps: the messages name the method, the route and the pools', () => {
    const report = lintPaths([`${CDK}/f-api-authz-gaps/cdk.out`]);
    expect(report.findings.filter((f) => f.ruleId.startsWith('apigateway/')).map((f) => f.message)).toEqual([
      'Method `DELETE /items/{id}` of API `RestApi0C43BF4B` has `AuthorizationType: NONE` although the API has authorizer `RestAuthorizerC50FF3F3`: anyone who can reach the API can call it.',
      'JWT authorizer `HttpApiPartnerJwtAuthorizerB2146154` of HTTP API `HttpApiF5A9A8A7` lists app client `PartnerUserPoolPartnerClient4D96BF3D` of user pool `PartnerUserPool257FBB7D` in `Audience`, but its issuer is user pool `UserPool6BA7E5F2`: no token is valid for both.',
      'Route `POST /admin/reindex` of HTTP API `HttpApiF5A9A8A7` has `AuthorizationType: NONE` although the API has JWT authorizer `HttpApiUserPoolAuthorizer1A91476A`, `HttpApiPartnerJwtAuthorizerB2146154`, `ReportsJwtAuthorizer`: anyone who can reach the API can call it.',
      'JWT authorizer `ReportsJwtAuthorizer` of HTTP API `HttpApiF5A9A8A7` has an empty `Audience`: it names no app client whose tokens it accepts.',
    ]);
  });

  it.each([
    'a-secure-l2',
    'a2-secure-l1',
    'b-trust-no-aud',
    'c-trust-no-amr',
    'd-unauth-s3-write',
    'e-s3-no-sub-prefix',
  ])('%s: no API finding (the same secure API; OPTIONS preflights are not findings)', (variant) => {
    expect(apiFindings(variant)).toEqual([]);
  });

  it('g-multi-stack-stage-nested: the root assembly is clean, the Prod stage has the unauthenticated DELETE', () => {
    const findings = apiFindings('g-multi-stack-stage-nested');
    expect(findings.filter((f) => !f.file.includes('/assembly-Prod/'))).toEqual([]);
    expect(findings.filter((f) => f.file.includes('/assembly-Prod/'))).toEqual([
      {
        ruleId: 'apigateway/method-no-auth',
        messageId: 'openNone',
        severity: 'high',
        file: `${CDK}/g-multi-stack-stage-nested/cdk.out/assembly-Prod/ProdData90A795AA.template.json`,
        line: 925,
        column: 26,
        resource: 'RestApiitemsidDELETE57488BE1',
        cdkPath: 'Prod/Data/RestApi/Default/items/{id}/DELETE/Resource',
      },
    ]);
  });

  it('g-multi-stack-stage-nested: authorizers whose pool and client come from another stack resolve, nothing is left undecided', () => {
    const report = lintPaths([`${CDK}/g-multi-stack-stage-nested/cdk.out`]);
    expect(report.notifications.filter((n) => n.ruleId?.startsWith('apigateway/'))).toEqual([]);
  });
});
