/**
 * The API part of the model: REST APIs with their resource paths, methods and authorizers; HTTP
 * APIs with routes and JWT authorizers; inline OpenAPI definitions; SAM APIs, `Globals` and
 * function events read without the SAM transform; the edges to user pools and app clients; and
 * the fixed-part judges of issuers and user pool ARNs.
 */
import { describe, expect, it } from 'vitest';
import type { Tri } from '../../../src/core/tri.js';
import { loadInputs } from '../../../src/inputs/load.js';
import { memoryFileSystem } from '../../../src/inputs/memory-fs.js';
import { nodeFileSystem } from '../../../src/inputs/node-fs.js';
import {
  isCognitoIssuer,
  issuerDefect,
  judgeCognitoIssuer,
  judgeUserPoolArn,
  jwtAuthorizersOfRoute,
  restApiHasAuthorizer,
} from '../../../src/model/api-queries.js';
import { methodLabel, methodSubject } from '../../../rules/_shared/apis.js';
import { buildIdentityModel } from '../../../src/dialects/index.js';
import type { IdentityModel } from '../../../src/model/model.js';
import { describe as render, knownString, type Resolved } from '../../../src/values/resolved.js';
import { templateResourceOf, type TemplateResource } from '../../../src/dialects/cloudformation/stack.js';
import type { ResourceNode } from '../../../src/values/resource-node.js';
import { REPO_ROOT } from '../../rules/helpers.js';
import type { HttpAuthorizer, RestAuthorizer } from '../../../src/model/apigateway.js';

function modelOf(files: Record<string, string>, parameters: Record<string, string> = {}): IdentityModel {
  const fs = memoryFileSystem(files);
  return buildIdentityModel(
    loadInputs(Object.keys(files), { fs, cwd: '/', parameters: new Map(Object.entries(parameters)) }),
  );
}

const template = (resources: Record<string, unknown>, extra: Record<string, unknown> = {}): string =>
  JSON.stringify({ AWSTemplateFormatVersion: '2010-09-09', ...extra, Resources: resources }, null, 2);

const SAM = { Transform: 'AWS::Serverless-2016-10-31' };

const POOLS = {
  Users: { Type: 'AWS::Cognito::UserPool', Properties: {} },
  WebClient: { Type: 'AWS::Cognito::UserPoolClient', Properties: { UserPoolId: { Ref: 'Users' } } },
  Partners: { Type: 'AWS::Cognito::UserPool', Properties: {} },
  PartnerClient: { Type: 'AWS::Cognito::UserPoolClient', Properties: { UserPoolId: { Ref: 'Partners' } } },
};

const REST = {
  ...POOLS,
  Orders: { Type: 'AWS::ApiGateway::RestApi', Properties: { Name: 'orders' } },
  OrdersResource: {
    Type: 'AWS::ApiGateway::Resource',
    Properties: {
      RestApiId: { Ref: 'Orders' },
      ParentId: { 'Fn::GetAtt': ['Orders', 'RootResourceId'] },
      PathPart: 'orders',
    },
  },
  OrderResource: {
    Type: 'AWS::ApiGateway::Resource',
    Properties: { RestApiId: { Ref: 'Orders' }, ParentId: { Ref: 'OrdersResource' }, PathPart: '{id}' },
  },
  Cognito: {
    Type: 'AWS::ApiGateway::Authorizer',
    Properties: {
      RestApiId: { Ref: 'Orders' },
      Type: 'COGNITO_USER_POOLS',
      Name: 'cognito',
      IdentitySource: 'method.request.header.Authorization',
      ProviderARNs: [{ 'Fn::GetAtt': ['Users', 'Arn'] }],
    },
  },
  DeleteOrder: {
    Type: 'AWS::ApiGateway::Method',
    Properties: {
      RestApiId: { Ref: 'Orders' },
      ResourceId: { Ref: 'OrderResource' },
      HttpMethod: 'delete',
      AuthorizationType: 'NONE',
    },
  },
  GetOrder: {
    Type: 'AWS::ApiGateway::Method',
    Properties: {
      RestApiId: { Ref: 'Orders' },
      ResourceId: { Ref: 'OrderResource' },
      HttpMethod: 'GET',
      AuthorizationType: 'COGNITO_USER_POOLS',
      AuthorizerId: { Ref: 'Cognito' },
      AuthorizationScopes: ['orders/read'],
    },
  },
  RootGet: {
    Type: 'AWS::ApiGateway::Method',
    Properties: {
      RestApiId: { Ref: 'Orders' },
      ResourceId: { 'Fn::GetAtt': ['Orders', 'RootResourceId'] },
      HttpMethod: 'GET',
    },
  },
};

const resourceName = (value: Resolved | undefined): string | undefined =>
  value?.kind === 'resource' ? value.resource.logicalId : undefined;
const names = (resources: readonly ResourceNode[]): string[] => resources.map((r) => r.logicalId);

describe('REST APIs', () => {
  const model = modelOf({ '/rest.json': template(REST) });
  const entities = model.apiEntities;
  const method = (name: string) => entities.restMethods.find((m) => m.name === name)!;

  it('walks ParentId up to the root resource: a method knows its full path', () => {
    expect(entities.restResources.map((r) => [r.name, r.path, r.pathKnown])).toEqual([
      ['OrdersResource', '/orders', true],
      ['OrderResource', '/orders/{id}', true],
    ]);
    expect(method('DeleteOrder').path).toBe('/orders/{id}');
    expect(method('RootGet').path).toBe('/');
    expect(methodLabel(method('DeleteOrder'))).toBe('DELETE /orders/{id}');
    expect(methodSubject(method('DeleteOrder'))).toBe('Method `DELETE /orders/{id}` of API `Orders`');
  });

  it('links methods to their API and authorizer, and the authorizer to its user pool', () => {
    const api = entities.restApis.find((a) => a.name === 'Orders')!;
    expect(api.methods.map((m) => m.name)).toEqual(['DeleteOrder', 'GetOrder', 'RootGet']);
    expect(api.authorizers.map((a) => a.name)).toEqual(['Cognito']);
    expect(method('GetOrder').authorizer?.name).toBe('Cognito');
    expect(method('GetOrder').api).toBe(api);
    expect(names(api.authorizers[0]!.providerArns.userPools)).toEqual(['Users']);
    expect(knownString(api.authorizers[0]!.type.value)).toBe('COGNITO_USER_POOLS');
    expect(restApiHasAuthorizer(entities, method('DeleteOrder'))).toBe(true);
  });

  it('reads each method property as a resolved value with its node; a missing one points at Properties', () => {
    const root = method('RootGet');
    expect(root.authorizationType.value).toEqual({ kind: 'absent' });
    expect(root.authorizationType.source.pointer).toBe('/Resources/RootGet/Properties/AuthorizationType');
    expect(root.authorizationType.source.doc.locate(root.authorizationType.source.pointer)).toEqual(
      root.source.doc.locate('/Resources/RootGet/Properties'),
    );
    expect(knownString(method('DeleteOrder').httpMethod.value)).toBe('DELETE');
    expect(render(method('GetOrder').authorizationScopes.value)).toBe('[orders/read]');
  });

  it('an API with no authorizer says no; one whose definition is in S3 cannot be known', () => {
    const m = modelOf({
      '/t.json': template({
        Open: { Type: 'AWS::ApiGateway::RestApi', Properties: {} },
        OpenGet: {
          Type: 'AWS::ApiGateway::Method',
          Properties: {
            RestApiId: { Ref: 'Open' },
            ResourceId: { 'Fn::GetAtt': ['Open', 'RootResourceId'] },
            HttpMethod: 'GET',
            AuthorizationType: 'NONE',
          },
        },
        Spec: { Type: 'AWS::ApiGateway::RestApi', Properties: { BodyS3Location: { Bucket: 'b', Key: 'api.yaml' } } },
        SpecGet: {
          Type: 'AWS::ApiGateway::Method',
          Properties: {
            RestApiId: { Ref: 'Spec' },
            ResourceId: { 'Fn::GetAtt': ['Spec', 'RootResourceId'] },
            HttpMethod: 'GET',
            AuthorizationType: 'NONE',
          },
        },
        Imported: {
          Type: 'AWS::ApiGateway::Method',
          Properties: { RestApiId: { 'Fn::ImportValue': 'api-id' }, ResourceId: 'abc', HttpMethod: 'GET' },
        },
      }),
    });
    const e = m.apiEntities;
    const of = (name: string) => restApiHasAuthorizer(e, e.restMethods.find((x) => x.name === name)!);
    expect(of('OpenGet')).toBe(false);
    expect(of('SpecGet')).toBe('unknown');
    expect(of('Imported')).toBe('unknown');
    expect(e.restApis.find((a) => a.name === 'Spec')!.definition.state).toBe('external');
    expect(methodLabel(e.restMethods.find((x) => x.name === 'Imported')!)).toBe('Imported (GET)');
  });

  it('links methods and authorizers of an API that is not in the template by the same reference', () => {
    const m = modelOf({
      '/t.json': template({
        Auth: {
          Type: 'AWS::ApiGateway::Authorizer',
          Properties: {
            RestApiId: { 'Fn::ImportValue': 'api-id' },
            Type: 'TOKEN',
            IdentitySource: 'method.request.header.X',
          },
        },
        Get: {
          Type: 'AWS::ApiGateway::Method',
          Properties: { RestApiId: { 'Fn::ImportValue': 'api-id' }, HttpMethod: 'GET', AuthorizationType: 'NONE' },
        },
      }),
    });
    const get = m.apiEntities.restMethods[0]!;
    expect(get.api).toBeUndefined();
    expect(restApiHasAuthorizer(m.apiEntities, get)).toBe(true);
  });
});

describe('inline OpenAPI definitions', () => {
  const body = {
    swagger: '2.0',
    paths: {
      '/pets': {
        get: { security: [{ cognito: ['pets/read'] }] },
        post: { security: [{ sigv4: [] }] },
        options: {},
      },
      '/admin': { 'x-amazon-apigateway-any-method': {} },
    },
    security: [{ cognito: [] }],
    securityDefinitions: {
      cognito: {
        type: 'apiKey',
        name: 'Authorization',
        in: 'header',
        'x-amazon-apigateway-authtype': 'cognito_user_pools',
        'x-amazon-apigateway-authorizer': { type: 'cognito_user_pools', providerARNs: [{ 'Fn::Sub': '${Users.Arn}' }] },
      },
      sigv4: { type: 'apiKey', name: 'Authorization', in: 'header', 'x-amazon-apigateway-authtype': 'awsSigv4' },
    },
  };
  const model = modelOf({
    '/body.json': template({ ...POOLS, Pets: { Type: 'AWS::ApiGateway::RestApi', Properties: { Body: body } } }),
  });
  const api = model.apiEntities.restApis[0]!;

  it('reads security schemes, their authorizers and auth types', () => {
    expect(api.definition.state).toBe('inline');
    expect(api.definition.securitySchemes.map((s) => [s.name, s.authType, s.authorizer?.name])).toEqual([
      ['cognito', 'cognito_user_pools', 'cognito'],
      ['sigv4', 'awssigv4', undefined],
    ]);
    const authorizer = api.authorizers[0] as RestAuthorizer;
    expect(authorizer.origin).toBe('openapi');
    expect(knownString(authorizer.type.value)).toBe('COGNITO_USER_POOLS');
    expect(names(authorizer.providerArns.userPools)).toEqual(['Users']);
  });

  it('gives each operation its own security, else the document-level one', () => {
    expect(
      api.definition.operations.map((op) => [
        op.method,
        op.path,
        op.security?.map((r) => r.map((e) => `${e.name}:${render(e.scopes)}`)),
        op.securitySource?.pointer,
      ]),
    ).toEqual([
      ['GET', '/pets', [['cognito:[pets/read]']], '/Resources/Pets/Properties/Body/paths/~1pets/get/security'],
      ['POST', '/pets', [['sigv4:[]']], '/Resources/Pets/Properties/Body/paths/~1pets/post/security'],
      ['OPTIONS', '/pets', [['cognito:[]']], '/Resources/Pets/Properties/Body/security'],
      ['ANY', '/admin', [['cognito:[]']], '/Resources/Pets/Properties/Body/security'],
    ]);
  });
});

describe('HTTP APIs', () => {
  const model = modelOf({
    '/http.json': template({
      ...POOLS,
      Http: { Type: 'AWS::ApiGatewayV2::Api', Properties: { Name: 'http', ProtocolType: 'HTTP' } },
      Jwt: {
        Type: 'AWS::ApiGatewayV2::Authorizer',
        Properties: {
          ApiId: { Ref: 'Http' },
          AuthorizerType: 'JWT',
          Name: 'jwt',
          IdentitySource: ['$request.header.Authorization'],
          JwtConfiguration: {
            Issuer: { 'Fn::Sub': 'https://cognito-idp.${AWS::Region}.amazonaws.com/${Users}' },
            Audience: [{ Ref: 'WebClient' }, { Ref: 'PartnerClient' }, { Ref: 'Users' }],
          },
        },
      },
      Default: { Type: 'AWS::ApiGatewayV2::Route', Properties: { ApiId: { Ref: 'Http' }, RouteKey: '$default' } },
      GetMe: {
        Type: 'AWS::ApiGatewayV2::Route',
        Properties: {
          ApiId: { Ref: 'Http' },
          RouteKey: 'GET /me',
          AuthorizationType: 'JWT',
          AuthorizerId: { Ref: 'Jwt' },
        },
      },
    }),
  });
  const e = model.apiEntities;

  it('links routes to their API and authorizer', () => {
    const api = e.httpApis[0]!;
    expect(knownString(api.protocolType.value)).toBe('HTTP');
    expect(
      api.routes.map((r) => [
        r.name,
        knownString(r.routeKey.value),
        render(r.authorizationType.value),
        r.authorizer?.name,
      ]),
    ).toEqual([
      ['Default', '$default', '(absent)', undefined],
      ['GetMe', 'GET /me', 'JWT', 'Jwt'],
    ]);
    expect(jwtAuthorizersOfRoute(e, api.routes[0]!).map((a) => a.name)).toEqual(['Jwt']);
  });

  it("links the issuer to its user pool and each audience entry to its client and the client's pool", () => {
    const jwt = (e.httpAuthorizers[0] as HttpAuthorizer).jwt!;
    expect(jwt.present).toBe(true);
    expect(jwt.issuerUserPool?.logicalId).toBe('Users');
    expect(isCognitoIssuer(jwt.issuer.value)).toBe(true);
    expect(
      jwt.audienceEntries.map((a) => [
        a.client?.logicalId,
        resourceName(a.clientUserPool),
        a.userPool?.logicalId,
        a.source.pointer,
      ]),
    ).toEqual([
      ['WebClient', 'Users', undefined, '/Resources/Jwt/Properties/JwtConfiguration/Audience/0'],
      ['PartnerClient', 'Partners', undefined, '/Resources/Jwt/Properties/JwtConfiguration/Audience/1'],
      [undefined, undefined, 'Users', '/Resources/Jwt/Properties/JwtConfiguration/Audience/2'],
    ]);
  });

  it('follows issuer and audience across stacks of a cloud assembly (Fn::ImportValue, Fn::GetStackOutput)', () => {
    const cdk = buildIdentityModel(
      loadInputs(['test/fixtures/corpus/cdk/g-multi-stack-stage-nested/cdk.out'], {
        fs: nodeFileSystem,
        cwd: REPO_ROOT,
        parameters: new Map(),
      }),
    );
    const jwts = cdk.apiEntities.httpAuthorizers.map((a) => a.jwt!);
    expect(
      jwts.map((j) => [
        j.issuerUserPool && templateResourceOf(j.issuerUserPool)?.stack.name,
        j.audienceEntries.map((a) => [a.client?.logicalId, resourceName(a.clientUserPool)]),
      ]),
    ).toEqual([
      ['Prod-Auth', [['UserPoolWebClient4C9370B0', 'UserPool6BA7E5F2']]],
      ['G-Auth', [['UserPoolWebClient4C9370B0', 'UserPool6BA7E5F2']]],
    ]);
    expect(cdk.apiEntities.restAuthorizers.map((a) => names(a.providerArns.userPools))).toEqual([
      ['UserPool6BA7E5F2'],
      ['UserPool6BA7E5F2'],
    ]);
  });
});

describe('SAM, read without the transform', () => {
  const samTemplate = template(
    {
      ...POOLS,
      Api: {
        Type: 'AWS::Serverless::Api',
        Properties: {
          StageName: 'prod',
          Auth: {
            DefaultAuthorizer: 'Cognito',
            AddDefaultAuthorizerToCorsPreflight: false,
            Authorizers: {
              Cognito: { UserPoolArn: { 'Fn::GetAtt': ['Users', 'Arn'] }, AuthorizationScopes: ['api/read'] },
              Both: {
                UserPoolArn: [{ 'Fn::GetAtt': ['Users', 'Arn'] }, { 'Fn::GetAtt': ['Partners', 'Arn'] }],
                Identity: { Header: 'X-Token' },
              },
            },
          },
        },
      },
      Http: {
        Type: 'AWS::Serverless::HttpApi',
        Properties: {
          Auth: {
            Authorizers: {
              OAuth: {
                IdentitySource: '$request.header.Authorization',
                JwtConfiguration: {
                  issuer: { 'Fn::GetAtt': ['Users', 'ProviderURL'] },
                  audience: [{ Ref: 'WebClient' }],
                },
              },
            },
          },
        },
      },
      Fn: {
        Type: 'AWS::Serverless::Function',
        Properties: {
          Events: {
            List: { Type: 'Api', Properties: { RestApiId: { Ref: 'Api' }, Path: '/orders', Method: 'get' } },
            Health: {
              Type: 'Api',
              Properties: { RestApiId: { Ref: 'Api' }, Path: '/health', Method: 'get', Auth: { Authorizer: 'NONE' } },
            },
            Implicit: { Type: 'Api', Properties: { Path: '/implicit', Method: 'post' } },
            Catch: { Type: 'HttpApi', Properties: { ApiId: { Ref: 'Http' } } },
            ImplicitHttp: { Type: 'HttpApi', Properties: { Path: '/x', Method: 'ANY' } },
            Queue: { Type: 'SQS', Properties: { Queue: 'arn:aws:sqs:us-east-1:123456789012:q' } },
          },
        },
      },
    },
    {
      ...SAM,
      Globals: {
        Api: {
          Auth: {
            Authorizers: { Global: { UserPoolArn: { 'Fn::GetAtt': ['Partners', 'Arn'] } } },
            DefaultAuthorizer: 'Global',
          },
        },
      },
    },
  );
  const model = modelOf({ '/sam.json': samTemplate });
  const e = model.apiEntities;

  it('reads Auth: DefaultAuthorizer, Cognito authorizers with one or several pools, and layers Globals under it', () => {
    const api = e.restApis.find((a) => a.name === 'Api')!;
    expect(api.origin).toBe('sam');
    expect(render(api.samAuth!.defaultAuthorizer.value)).toBe('Cognito');
    expect(render(api.samAuth!.addDefaultAuthorizerToCorsPreflight.value)).toBe('false');
    expect(api.samAuth!.source.pointer).toBe('/Resources/Api/Properties/Auth');
    expect(
      api.authorizers.map((a) => [
        a.name,
        a.origin,
        knownString(a.type.value),
        names(a.providerArns.userPools),
        render(a.identitySource.value),
      ]),
    ).toEqual([
      ['Cognito', 'sam', 'COGNITO_USER_POOLS', ['Users'], 'method.request.header.Authorization'],
      ['Both', 'sam', 'COGNITO_USER_POOLS', ['Users', 'Partners'], 'method.request.header.X-Token'],
      ['Global', 'sam', 'COGNITO_USER_POOLS', ['Partners'], 'method.request.header.Authorization'],
    ]);
    expect(api.authorizers[2]!.source.pointer).toBe('/Globals/Api/Auth/Authorizers/Global');
    expect(render(api.authorizers[0]!.authorizationScopes.value)).toBe('[api/read]');
  });

  it('reads SAM JwtConfiguration with case-insensitive keys', () => {
    const api = e.httpApis.find((a) => a.name === 'Http')!;
    const jwt = (api.authorizers[0] as HttpAuthorizer).jwt!;
    expect(jwt.issuerUserPool?.logicalId).toBe('Users');
    expect(jwt.audienceEntries.map((a) => a.client?.logicalId)).toEqual(['WebClient']);
    expect(api.samAuth!.defaultAuthorizer.value).toEqual({ kind: 'absent' });
  });

  it('puts function events on their API, the implicit API when none is named, with `$default` for a bare HttpApi event', () => {
    expect(
      e.samEvents.map((ev) => [
        ev.name,
        ev.eventType,
        ev.api?.name,
        ev.api?.origin,
        ev.label,
        render(ev.authorizer.value),
      ]),
    ).toEqual([
      ['Fn.List', 'Api', 'Api', 'sam', 'GET /orders', '(absent)'],
      ['Fn.Health', 'Api', 'Api', 'sam', 'GET /health', 'NONE'],
      ['Fn.Implicit', 'Api', 'ServerlessRestApi', 'sam-implicit', 'POST /implicit', '(absent)'],
      ['Fn.Catch', 'HttpApi', 'Http', 'sam', '$default', '(absent)'],
      ['Fn.ImplicitHttp', 'HttpApi', 'ServerlessHttpApi', 'sam-implicit', 'ANY /x', '(absent)'],
    ]);
  });

  it('gives the implicit API the Globals Auth, and names it like SAM does', () => {
    const implicit = e.restApis.find((a) => a.origin === 'sam-implicit')!;
    expect(implicit.resource).toEqual({
      logicalId: 'ServerlessRestApi',
      type: 'AWS::Serverless::Api',
      stack: 'sam.json',
    });
    expect(render(implicit.samAuth!.defaultAuthorizer.value)).toBe('Global');
    expect(implicit.authorizers.map((a) => a.name)).toEqual(['Global']);
  });
});

describe('values that are read elsewhere are not taken literally', () => {
  it('an SSM parameter is unknown: its default is the parameter name, not the ARN', () => {
    const model = modelOf({
      '/ssm.yaml': template(
        {
          Api: {
            Type: 'AWS::Serverless::Api',
            Properties: { Auth: { Authorizers: { Cognito: { UserPoolArn: { Ref: 'PoolArn' } } } } },
          },
        },
        {
          ...SAM,
          Parameters: { PoolArn: { Type: 'AWS::SSM::Parameter::Value<String>', Default: '/app/user-pool-arn' } },
        },
      ),
    });
    const entry = model.apiEntities.restAuthorizers[0]!.providerArns.entries[0]!;
    expect(entry.value.kind).toBe('unknown');
  });
});

describe('judging issuers and user pool ARNs by their fixed parts', () => {
  const pool: TemplateResource = {
    dialect: 'cloudformation',
    deployment: 'stack:t.yaml',
    propertiesSource: undefined as never,
    logicalId: 'Users',
    type: 'AWS::Cognito::UserPool',
    stack: undefined as never,
    pointer: '/Resources/Users',
    properties: {},
    propertiesPointer: '/Resources/Users/Properties',
    metadata: undefined,
    cdkPath: undefined,
    source: undefined as never,
  };
  const k = (value: string): Resolved => ({ kind: 'known', value });
  const u: Resolved = { kind: 'unknown', reason: 'AWS::Region' };
  const r = (attribute?: string): Resolved => ({
    kind: 'resource',
    resource: pool,
    ...(attribute ? { attribute } : {}),
  });
  const c = (...parts: Resolved[]): Resolved => ({ kind: 'concat', parts });

  it.each<[string, Resolved, Tri]>([
    ['literal', k('https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbC123'), true],
    ['China', k('https://cognito-idp.cn-north-1.amazonaws.com.cn/cn-north-1_AbC123'), true],
    ['Sub with region and Ref', c(k('https://cognito-idp.'), u, k('.amazonaws.com/'), r()), true],
    ['ProviderURL', r('ProviderURL'), true],
    ['https + ProviderName', c(k('https://'), r('ProviderName')), true],
    ['unknown pool id', c(k('https://cognito-idp.us-east-1.amazonaws.com/'), u), true],
    ['ARN', c(k('https://cognito-idp.'), u, k('.amazonaws.com/'), r('Arn')), false],
    ['trailing slash', c(k('https://cognito-idp.'), u, k('.amazonaws.com/'), r(), k('/')), false],
    ['http', c(k('http://cognito-idp.'), u, k('.amazonaws.com/'), r()), false],
    ['no region', c(k('https://cognito-idp.amazonaws.com/'), r()), false],
    ['ProviderName alone', r('ProviderName'), false],
    ['only unknown', u, 'unknown'],
  ])('issuer %s', (_, value, verdict) => {
    expect(judgeCognitoIssuer(value)).toBe(verdict);
  });

  it('says why an issuer is wrong', () => {
    expect(issuerDefect(c(k('https://cognito-idp.'), u, k('.amazonaws.com/'), r('Arn')))).toBe('arn');
    expect(issuerDefect(c(k('http://cognito-idp.'), u, k('.amazonaws.com/'), r()))).toBe('http');
    expect(issuerDefect(c(k('https://cognito-idp.'), u, k('.amazonaws.com/'), r(), k('/')))).toBe('trailingSlash');
    expect(issuerDefect(c(k('https://cognito-idp.amazonaws.com/'), r()))).toBe('noRegion');
    // An unknown last part is some text: the issuer lacks the region, it does not end with a slash.
    expect(issuerDefect(c(k('https://cognito-idp.amazonaws.com/'), u))).toBe('noRegion');
  });

  it.each<[string, Resolved, Tri]>([
    ['GetAtt Arn', r('Arn'), true],
    ['literal', k('arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_AbC123'), true],
    ['GovCloud', k('arn:aws-us-gov:cognito-idp:us-gov-west-1:123456789012:userpool/us-gov-west-1_AbC123'), true],
    ['Sub', c(k('arn:aws:cognito-idp:'), u, k(':'), u, k(':userpool/'), u), true],
    ['Ref (the pool ID)', r(), false],
    ['ProviderURL', r('ProviderURL'), false],
    ['placeholder', k('arn:aws:1'), false],
    ['an SSM name', k('/app/user-pool-arn'), false],
    ['parameter', u, 'unknown'],
  ])('user pool ARN %s', (_, value, verdict) => {
    expect(judgeUserPoolArn(value)).toBe(verdict);
  });
});
