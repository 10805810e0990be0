/**
 * `AWS::SSM::Parameter::Value<…>` parameters are made unknown by the resolver alone, so the API
 * rules see them the way every other rule does: a value that is only such a parameter is not
 * judged (an unresolved note), and a value built from one with `Fn::Sub` is judged by its fixed
 * parts (docs/semantics.md#resolved-value), like a value built from any parameter without a given value.
 * The API builder used to make the whole value unknown instead.
 */
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/index.js';
import { memoryFileSystem } from '../../../src/inputs/memory-fs.js';

const TEMPLATE = `AWSTemplateFormatVersion: "2010-09-09"
Parameters:
  PoolId:
    Type: AWS::SSM::Parameter::Value<String>
    Default: /app/user-pool-id
Resources:
  HttpApi:
    Type: AWS::ApiGatewayV2::Api
    Properties:
      Name: api
      ProtocolType: HTTP
  NoRegion:
    Type: AWS::ApiGatewayV2::Authorizer
    Properties:
      ApiId: !Ref HttpApi
      AuthorizerType: JWT
      Name: noregion
      IdentitySource: [$request.header.Authorization]
      JwtConfiguration:
        Issuer: !Sub https://cognito-idp.amazonaws.com/\${PoolId}
        Audience: [web-client-id]
  WellFormed:
    Type: AWS::ApiGatewayV2::Authorizer
    Properties:
      ApiId: !Ref HttpApi
      AuthorizerType: JWT
      Name: wellformed
      IdentitySource: [$request.header.Authorization]
      JwtConfiguration:
        Issuer: !Sub https://cognito-idp.\${AWS::Region}.amazonaws.com/\${PoolId}
        Audience: [web-client-id]
  Rest:
    Type: AWS::ApiGateway::RestApi
    Properties:
      Name: rest
  Cognito:
    Type: AWS::ApiGateway::Authorizer
    Properties:
      RestApiId: !Ref Rest
      Name: cognito
      Type: COGNITO_USER_POOLS
      IdentitySource: method.request.header.Authorization
      ProviderARNs:
        - !Sub arn:\${AWS::Partition}:cognito-idp:\${AWS::Region}:\${AWS::AccountId}:userpool/\${PoolId}
        - !Sub https://cognito-idp.\${AWS::Region}.amazonaws.com/\${PoolId}
        - !Ref PoolId
`;

function run() {
  const { report } = lint(['/t.yaml'], { fs: memoryFileSystem({ '/t.yaml': TEMPLATE }), cwd: '/' });
  const api = report.findings.filter((f) => f.ruleId.startsWith('apigateway/'));
  const notes = report.notifications.filter((n) => n.kind === 'unresolved' && n.ruleId?.startsWith('apigateway/'));
  return { api, notes };
}

describe('values built from an SSM-typed parameter, in the API rules', () => {
  it('judges an issuer by its fixed parts: without the region it is reported as such, with it it is well formed', () => {
    const { api } = run();
    expect(
      api
        .filter((f) => f.ruleId === 'apigateway/jwt-issuer-invalid')
        .map((f) => [f.messageId, f.resource?.logicalId, f.range.start.line, f.range.start.column, f.message]),
    ).toEqual([
      [
        'noRegion',
        'NoRegion',
        20,
        17,
        'JWT authorizer `NoRegion` of HTTP API `HttpApi` has issuer `https://cognito-idp.amazonaws.com/${PoolId}` without the region: Cognito tokens carry `https://cognito-idp.<region>.amazonaws.com/<userPoolId>`, so no token matches it.',
      ],
    ]);
  });

  it('judges user pool ARN entries by their fixed parts, and leaves an entry that is only the parameter unresolved', () => {
    const { api, notes } = run();
    expect(
      api
        .filter((f) => f.ruleId === 'apigateway/authorizer-misconfigured')
        .map((f) => [f.resource?.logicalId, f.range.start.line, f.range.start.column, f.message]),
    ).toEqual([
      [
        'Cognito',
        45,
        11,
        'Cognito authorizer `Cognito` of API `Rest` lists `https://cognito-idp.${AWS::Region}.amazonaws.com/${PoolId}`, which is not a user pool ARN (`arn:aws:cognito-idp:<region>:<account>:userpool/<poolId>`).',
      ],
    ]);
    expect(notes.map((n) => [n.ruleId, n.range?.start.line, n.message])).toEqual([
      ['apigateway/authorizer-misconfigured', 46, 'ProviderARNs entry of authorizer Cognito could not be resolved'],
    ]);
  });
});
