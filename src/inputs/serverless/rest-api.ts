/**
 * `functions.*.events[].http` → the REST API the framework compiles
 * (https://www.serverless.com/framework/docs/providers/aws/events/apigateway;
 * https://github.com/serverless/serverless/blob/v3.38.0/lib/plugins/aws/package/compile/events/api-gateway/lib/: validate.js, rest-api.js, resources.js,
 * authorizers.js, method/index.js, method/authorization.js, cors.js):
 * - `ApiGatewayRestApi` (unless `provider.apiGateway.restApiId` names an existing API), named
 *   `<stage>-<service>`, with `provider.apiGateway.resourcePolicy` as its Policy;
 * - one `ApiGatewayResource<Path>` per path segment, parented to the API's root resource;
 * - one `ApiGatewayMethod<Path><Verb>` per event: `private: true` → `ApiKeyRequired`; `authorizer`:
 *   `aws_iam` (or `type: aws_iam`) → `AWS_IAM`; `type` + `authorizerId` → that type (`TOKEN`/`REQUEST`
 *   → `CUSTOM`) and ID; an `arn` that is a Cognito user pool or `type: COGNITO_USER_POOLS` →
 *   `COGNITO_USER_POOLS` with the authorizer below; a function name or another ARN → `CUSTOM`;
 *   no authorizer → `NONE`. `scopes` go to AuthorizationScopes for Cognito authorizers;
 * - one `<Name>ApiGatewayAuthorizer` per authorizer with an ARN or a function: a Cognito one with
 *   `ProviderARNs: [arn]`, a Lambda one with its function; IdentitySource defaults to the
 *   Authorization header;
 * - `cors` adds an `OPTIONS` method per path, open as CORS preflights must be.
 * Every compiled node is placed at the event (its `authorizer`, its `cors`) it comes from.
 */
import { isPlainObject, own } from '../../core/objects.js';
import type { SourceRef } from '../../parsers/source.js';
import { type Compilation, type ServiceFunction, addResource, joined, placeOfChild } from './compilation.js';
import {
  REST_API_LOGICAL_ID,
  authorizerNameFromArn,
  lambdaLogicalId,
  restAuthorizerLogicalId,
  restMethodLogicalId,
  restResourceLogicalId,
} from './naming.js';

/** arn-regular-expressions.js cognitoIdpArnExpr. */
const COGNITO_ARN = /^arn:[a-zA-Z-]*:cognito-idp/;
const DEFAULT_IDENTITY_SOURCE = 'method.request.header.Authorization';

interface HttpEvent {
  fn: ServiceFunction;
  path: string;
  method: string;
  http: Record<string, unknown>;
  at: SourceRef | undefined;
}

export function compileRestApi(compilation: Compilation): void {
  const events = httpEvents(compilation);
  if (events.length === 0) return;
  const { variables } = compilation;
  const apiGateway = variables.config('provider', 'apiGateway');
  const external = isPlainObject(apiGateway) ? own(apiGateway, 'restApiId') : undefined;
  const restApiId = external ?? { Ref: REST_API_LOGICAL_ID };
  const rootId =
    external !== undefined
      ? isPlainObject(apiGateway)
        ? own(apiGateway, 'restApiRootResourceId')
        : undefined
      : { 'Fn::GetAtt': [REST_API_LOGICAL_ID, 'RootResourceId'] };
  if (external === undefined) {
    const properties: Record<string, unknown> = {
      Name: joined([compilation.stage, '-', compilation.serviceName]),
      EndpointConfiguration: { Types: [endpointType(variables.config('provider', 'endpointType'))] },
    };
    const policy = isPlainObject(apiGateway) ? own(apiGateway, 'resourcePolicy') : undefined;
    if (Array.isArray(policy) && policy.length > 0) {
      properties.Policy = compilation.placement.at(
        { Version: '2012-10-17', Statement: policy },
        variables.sourceOf(policy),
      );
    }
    addResource(
      compilation,
      REST_API_LOGICAL_ID,
      { Type: 'AWS::ApiGateway::RestApi', Properties: properties },
      events[0]!.at,
    );
  }
  const resourceIds = new Map<string, unknown>([['', rootId]]);
  const corsPaths = new Map<string, SourceRef | undefined>();
  for (const event of events) {
    resourceIds.set(event.path, resourceId(compilation, event, resourceIds, restApiId));
    if (own(event.http, 'cors') && own(event.http, 'cors') !== false && !corsPaths.has(event.path))
      corsPaths.set(event.path, placeOfChild(compilation, event.http, 'cors') ?? event.at);
  }
  for (const event of events) compileMethod(compilation, event, resourceIds.get(event.path), restApiId);
  for (const [path, at] of corsPaths) {
    const properties = {
      AuthorizationType: 'NONE',
      HttpMethod: 'OPTIONS',
      ResourceId: resourceIds.get(path),
      RestApiId: restApiId,
      Integration: { Type: 'MOCK' },
    };
    addResource(
      compilation,
      restMethodLogicalId(path, 'options'),
      { Type: 'AWS::ApiGateway::Method', Properties: properties },
      at,
    );
  }
}

function httpEvents(compilation: Compilation): HttpEvent[] {
  const out: HttpEvent[] = [];
  for (const fn of compilation.functions) {
    const events = own(fn.config, 'events');
    if (!Array.isArray(events)) continue;
    events.forEach((event, i) => {
      if (!isPlainObject(event) || own(event, 'http') === undefined) return;
      const at = placeOfChild(compilation, event, 'http') ?? placeOfChild(compilation, events, i);
      let http = own(event, 'http');
      // validate.js getHttp: `http: GET notes` is `{method: GET, path: notes}`.
      if (typeof http === 'string') {
        const [method, path] = http.trim().split(/\s+/);
        http = { method, path };
      }
      if (!isPlainObject(http)) return;
      const method = own(http, 'method');
      const path = own(http, 'path');
      if (typeof method !== 'string' || typeof path !== 'string') {
        compilation.note(
          at,
          `The http event of function \`${fn.name}\` has a method or path that is not known: it is not compiled.`,
        );
        return;
      }
      out.push({ fn, http, at, method: method.toLowerCase(), path: path.replace(/^\//, '').replace(/\/$/, '') });
    });
  }
  return out;
}

/** resources.js: the resource of each path segment, its parent the segment before (the API's root for the first). */
function resourceId(
  compilation: Compilation,
  event: HttpEvent,
  known: Map<string, unknown>,
  restApiId: unknown,
): unknown {
  if (known.has(event.path)) return known.get(event.path);
  let parent = known.get('');
  let path = '';
  for (const part of event.path.split('/')) {
    path = path ? `${path}/${part}` : part;
    let id = known.get(path);
    if (id === undefined) {
      const logicalId = restResourceLogicalId(path);
      addResource(
        compilation,
        logicalId,
        { Type: 'AWS::ApiGateway::Resource', Properties: { ParentId: parent, PathPart: part, RestApiId: restApiId } },
        event.at,
      );
      id = { Ref: logicalId };
      known.set(path, id);
    }
    parent = id;
  }
  return parent;
}

/** The URI through which API Gateway invokes a Lambda function (a method's integration, a Lambda authorizer). */
function lambdaInvocationUri(functionArn: unknown): unknown {
  return {
    'Fn::Join': [
      '',
      [
        'arn:',
        { Ref: 'AWS::Partition' },
        ':apigateway:',
        { Ref: 'AWS::Region' },
        ':lambda:path/2015-03-31/functions/',
        functionArn,
        '/invocations',
      ],
    ],
  };
}

function compileMethod(compilation: Compilation, event: HttpEvent, resource: unknown, restApiId: unknown): void {
  const properties: Record<string, unknown> = {
    HttpMethod: event.method.toUpperCase(),
    RequestParameters: {},
    ResourceId: resource,
    RestApiId: restApiId,
    ApiKeyRequired: own(event.http, 'private') === true,
    Integration: {
      IntegrationHttpMethod: 'POST',
      Type: integrationType(own(event.http, 'integration')),
      Uri: lambdaInvocationUri({ 'Fn::GetAtt': [lambdaLogicalId(event.fn.name), 'Arn'] }),
    },
  };
  const authorizerAt = placeOfChild(compilation, event.http, 'authorizer');
  Object.assign(properties, authorization(compilation, event, restApiId, authorizerAt));
  const logicalId = restMethodLogicalId(event.path, event.method);
  addResource(compilation, logicalId, { Type: 'AWS::ApiGateway::Method', Properties: properties }, event.at);
  const placement = compilation.placement;
  const authorizer = own(event.http, 'authorizer');
  if (authorizer !== undefined)
    for (const key of ['AuthorizationType', 'AuthorizerId']) placement.key(properties, key, authorizerAt);
  if (isPlainObject(authorizer) && own(authorizer, 'scopes') !== undefined)
    placement.key(properties, 'AuthorizationScopes', placeOfChild(compilation, authorizer, 'scopes'));
  placement.key(properties, 'ApiKeyRequired', placeOfChild(compilation, event.http, 'private'));
}

/** method/authorization.js getMethodAuthorization, with validate.js getAuthorizer's reading of `authorizer`. */
function authorization(
  compilation: Compilation,
  event: HttpEvent,
  restApiId: unknown,
  at: SourceRef | undefined,
): Record<string, unknown> {
  const authorizer = own(event.http, 'authorizer');
  if (authorizer === undefined || authorizer === null) return { AuthorizationType: 'NONE' };
  if (compilation.variables.isUnknown(authorizer)) return { AuthorizationType: authorizer };
  let type: unknown;
  let name: unknown;
  let arn: unknown;
  let scopes: unknown;
  let identitySource: unknown;
  if (typeof authorizer === 'string') {
    if (authorizer.toUpperCase() === 'AWS_IAM') return { AuthorizationType: 'AWS_IAM' };
    if (authorizer.includes(':')) [arn, name] = [authorizer, authorizerNameFromArn(authorizer)];
    else [name, arn] = [authorizer, functionArn(authorizer)];
  } else if (isPlainObject(authorizer)) {
    type = own(authorizer, 'type');
    const typeText = typeof type === 'string' ? type.toUpperCase() : undefined;
    scopes = own(authorizer, 'scopes');
    identitySource = own(authorizer, 'identitySource');
    const authorizerId = own(authorizer, 'authorizerId');
    if (type !== undefined && authorizerId !== undefined) {
      const out: Record<string, unknown> = {
        AuthorizationType: typeText === 'TOKEN' || typeText === 'REQUEST' ? 'CUSTOM' : type,
        AuthorizerId: authorizerId,
      };
      if (typeText === 'COGNITO_USER_POOLS' && Array.isArray(scopes) && scopes.length > 0)
        out.AuthorizationScopes = scopes;
      return out;
    }
    if (typeText === 'AWS_IAM') return { AuthorizationType: 'AWS_IAM' };
    arn = own(authorizer, 'arn');
    name = own(authorizer, 'name');
    if (arn !== undefined) {
      if (typeof name !== 'string') name = typeof arn === 'string' ? authorizerNameFromArn(arn) : undefined;
    } else if (typeof name === 'string') arn = functionArn(name);
  }
  if (typeof name !== 'string' || name === '' || arn === undefined) {
    compilation.note(
      at,
      `The authorizer of function \`${event.fn.name}\`'s http event has no name the framework can use (an ARN written as an intrinsic needs \`name\`): its method is not compiled with it.`,
    );
    return { AuthorizationType: compilation.variables.unknown('(authorizer without a name)', at ?? compilation.root) };
  }
  const logicalId = restAuthorizerLogicalId(name);
  const typeText = typeof type === 'string' ? type.toUpperCase() : undefined;
  const cognito = typeText === 'COGNITO_USER_POOLS' || (typeof arn === 'string' && COGNITO_ARN.test(arn));
  const properties: Record<string, unknown> = {
    IdentitySource: identitySource ?? DEFAULT_IDENTITY_SOURCE,
    Name: name,
    RestApiId: restApiId,
  };
  if (cognito) {
    properties.Type = 'COGNITO_USER_POOLS';
    properties.ProviderARNs = [arn];
  } else {
    properties.Type = typeText ?? 'TOKEN';
    properties.AuthorizerUri = lambdaInvocationUri(arn);
  }
  addResource(compilation, logicalId, { Type: 'AWS::ApiGateway::Authorizer', Properties: properties }, at);
  // Each property at what it is compiled from, when written: `arn`, `identitySource`, `name`, `type`.
  const written = (key: string): SourceRef | undefined =>
    isPlainObject(authorizer) && own(authorizer, key) !== undefined ? placeOfChild(compilation, authorizer, key) : at;
  compilation.placement.key(properties, 'ProviderARNs', written('arn'));
  compilation.placement.key(properties, 'AuthorizerUri', written('arn'));
  compilation.placement.key(properties, 'IdentitySource', written('identitySource'));
  compilation.placement.key(properties, 'Name', written('name'));
  compilation.placement.key(properties, 'Type', written('type'));
  const out: Record<string, unknown> = {
    AuthorizationType: cognito ? 'COGNITO_USER_POOLS' : 'CUSTOM',
    AuthorizerId: { Ref: logicalId },
  };
  if (cognito && Array.isArray(scopes) && scopes.length > 0) out.AuthorizationScopes = scopes;
  return out;
}

/** validate.js getIntegration: `lambda` is `AWS`, `lambda-proxy` (the default) `AWS_PROXY`. */
function integrationType(written: unknown): unknown {
  if (written === undefined) return 'AWS_PROXY';
  if (typeof written !== 'string') return written;
  const normalised = written.toUpperCase().replace('-', '_');
  return normalised === 'LAMBDA' ? 'AWS' : normalised === 'LAMBDA_PROXY' ? 'AWS_PROXY' : normalised;
}

/** rest-api.js: `provider.endpointType` upper-cased, `EDGE` when not written. */
function endpointType(written: unknown): unknown {
  if (written === undefined) return 'EDGE';
  return typeof written === 'string' ? written.toUpperCase() : written;
}

/** resolve-lambda-target.js: a function of the service, by its ARN. */
function functionArn(name: string): unknown {
  return { 'Fn::GetAtt': [lambdaLogicalId(name), 'Arn'] };
}
