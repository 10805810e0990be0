/**
 * `functions.*.events[].httpApi` → the HTTP API the framework compiles
 * (https://www.serverless.com/framework/docs/providers/aws/events/http-api;
 * https://github.com/serverless/serverless/blob/v3.38.0/lib/plugins/aws/package/compile/events/http-api.js):
 * - `HttpApi` (`AWS::ApiGatewayV2::Api`, `ProtocolType: HTTP`) unless `provider.httpApi.id` names
 *   an existing API, with `provider.httpApi.cors` as its CorsConfiguration (`cors: true` is every
 *   origin, `*`);
 * - `HttpApiAuthorizer<Name>` per entry of `provider.httpApi.authorizers`: `type: request` → a
 *   `REQUEST` (Lambda) authorizer; otherwise `JWT` with `JwtConfiguration {Issuer: issuerUrl,
 *   Audience: audience}` and `identitySource`;
 * - `HttpApiRoute<Method><Path>` per event (`HttpApiRouteDefault` for `*`), `RouteKey` `<METHOD> <path>`;
 *   `authorizer: {name, scopes}` (or the name alone) → `AuthorizationType: JWT` / `CUSTOM` (request)
 *   with `AuthorizerId` and `AuthorizationScopes`; `authorizer: {type: aws_iam}` → `AWS_IAM`; `{id}`
 *   → that authorizer ID; no authorizer → no AuthorizationType, which CloudFormation reads as `NONE`.
 * Every compiled node is placed at what it comes from: the route at its event, an authorizer at its entry.
 */
import { isPlainObject, own } from '../../core/objects.js';
import type { SourceRef } from '../../parsers/source.js';
import { type Compilation, addResource, joined, placeOfChild } from './compilation.js';
import {
  HTTP_API_LOGICAL_ID,
  httpAuthorizerLogicalId,
  httpRouteLogicalId,
  lambdaLogicalId,
  normalizedName,
} from './naming.js';

const DEFAULT_CORS_HEADERS = [
  'Content-Type',
  'X-Amz-Date',
  'Authorization',
  'X-Api-Key',
  'X-Amz-Security-Token',
  'X-Amz-User-Agent',
  'X-Amzn-Trace-Id',
];

interface Route {
  routeKey: string;
  authorizer: unknown;
  at: SourceRef | undefined;
  event: Record<string, unknown>;
  functionName: string;
}

export function compileHttpApi(compilation: Compilation): void {
  const routes = httpApiRoutes(compilation);
  if (routes.length === 0) return;
  const { variables } = compilation;
  const config = variables.config('provider', 'httpApi');
  const settings = isPlainObject(config) ? config : {};
  const external = own(settings, 'id');
  const apiId = external ?? { Ref: HTTP_API_LOGICAL_ID };
  if (external === undefined) {
    const name = own(settings, 'name') ?? joined([compilation.stage, '-', compilation.serviceName]);
    const properties: Record<string, unknown> = { Name: name, ProtocolType: 'HTTP' };
    const cors = corsConfiguration(own(settings, 'cors'), routes);
    if (cors) {
      properties.CorsConfiguration = cors;
      compilation.placement.key(properties, 'CorsConfiguration', placeOfChild(compilation, settings, 'cors'));
    }
    addResource(
      compilation,
      HTTP_API_LOGICAL_ID,
      { Type: 'AWS::ApiGatewayV2::Api', Properties: properties },
      variables.sourceOf(config) ?? routes[0]!.at,
    );
  }
  const authorizers = own(settings, 'authorizers');
  const byName = new Map<string, { logicalId: string; type: unknown }>();
  if (isPlainObject(authorizers)) {
    for (const key of Object.keys(authorizers)) {
      const authorizer = own(authorizers, key);
      if (!isPlainObject(authorizer)) continue;
      const name = typeof own(authorizer, 'name') === 'string' ? (own(authorizer, 'name') as string) : key;
      const logicalId = httpAuthorizerLogicalId(name);
      const type = own(authorizer, 'type');
      byName.set(key, { logicalId, type });
      const identitySource = own(authorizer, 'identitySource') ?? [];
      const properties: Record<string, unknown> = {
        ApiId: apiId,
        Name: name,
        IdentitySource:
          Array.isArray(identitySource) || variables.isUnknown(identitySource) ? identitySource : [identitySource],
      };
      if (type === 'request') {
        properties.AuthorizerType = 'REQUEST';
        const functionName = own(authorizer, 'functionName');
        properties.AuthorizerUri =
          own(authorizer, 'functionArn') ??
          (typeof functionName === 'string' ? { 'Fn::GetAtt': [lambdaLogicalId(functionName), 'Arn'] } : undefined);
      } else {
        properties.AuthorizerType = 'JWT';
        const audience = own(authorizer, 'audience');
        const jwt = {
          Audience:
            Array.isArray(audience) || variables.isUnknown(audience) || audience === undefined ? audience : [audience],
          Issuer: own(authorizer, 'issuerUrl'),
        };
        properties.JwtConfiguration = jwt;
        const at = variables.sourceOf(authorizer);
        compilation.placement.at(jwt, at);
        compilation.placement.key(jwt, 'Audience', placeOfChild(compilation, authorizer, 'audience'));
        compilation.placement.key(jwt, 'Issuer', placeOfChild(compilation, authorizer, 'issuerUrl'));
      }
      addResource(
        compilation,
        logicalId,
        { Type: 'AWS::ApiGatewayV2::Authorizer', Properties: properties },
        variables.sourceOf(authorizer),
      );
    }
  }
  for (const route of routes) compileRoute(compilation, route, apiId, byName);
}

function httpApiRoutes(compilation: Compilation): Route[] {
  const out: Route[] = [];
  for (const fn of compilation.functions) {
    const events = own(fn.config, 'events');
    if (!Array.isArray(events)) continue;
    events.forEach((event, i) => {
      if (!isPlainObject(event) || own(event, 'httpApi') === undefined) return;
      const at = placeOfChild(compilation, event, 'httpApi') ?? placeOfChild(compilation, events, i);
      const written = own(event, 'httpApi');
      let method: unknown;
      let path: unknown;
      let authorizer: unknown;
      if (isPlainObject(written)) {
        method = own(written, 'method');
        path = own(written, 'path');
        authorizer = own(written, 'authorizer');
      } else if (written === '*') path = '*';
      else if (typeof written === 'string') {
        const match = /^([a-zA-Z]+|\*)\s+(\S.*)$/.exec(written.trim());
        if (match) [, method, path] = match;
      }
      if (typeof path !== 'string' || (path !== '*' && typeof method !== 'string')) {
        compilation.note(
          at,
          `The httpApi event of function \`${fn.name}\` has a method or path that is not known: it is not compiled.`,
        );
        return;
      }
      let routeKey = '*';
      if (path !== '*') {
        const verb = String(method).toUpperCase();
        routeKey = `${verb === '*' ? 'ANY' : verb} ${path}`;
      }
      out.push({ routeKey, authorizer, at, event: isPlainObject(written) ? written : event, functionName: fn.name });
    });
  }
  return out;
}

function compileRoute(
  compilation: Compilation,
  route: Route,
  apiId: unknown,
  authorizers: Map<string, { logicalId: string; type: unknown }>,
): void {
  const properties: Record<string, unknown> = {
    ApiId: apiId,
    RouteKey: route.routeKey === '*' ? '$default' : route.routeKey,
    Target: { 'Fn::Join': ['/', ['integrations', { Ref: `HttpApiIntegration${normalizedName(route.functionName)}` }]] },
  };
  const written = route.authorizer;
  const authorizerAt = placeOfChild(compilation, route.event, 'authorizer');
  if (written !== undefined && written !== null) {
    if (compilation.variables.isUnknown(written)) properties.AuthorizationType = written;
    else {
      const { name, scopes, id, type } = isPlainObject(written)
        ? {
            name: own(written, 'name'),
            scopes: own(written, 'scopes'),
            id: own(written, 'id'),
            type: own(written, 'type'),
          }
        : { name: written, scopes: undefined, id: undefined, type: undefined };
      if (type === 'aws_iam') properties.AuthorizationType = 'AWS_IAM';
      else {
        const known = typeof name === 'string' ? authorizers.get(name) : undefined;
        if (id === undefined && !known) {
          compilation.note(
            authorizerAt,
            `The httpApi event of function \`${route.functionName}\` names authorizer \`${String(name)}\`, which \`provider.httpApi.authorizers\` does not configure: the framework refuses it, and the route is read without authorization.`,
          );
        } else {
          properties.AuthorizationType = (id === undefined ? known?.type : type) === 'request' ? 'CUSTOM' : 'JWT';
          properties.AuthorizerId = id ?? { Ref: known!.logicalId };
          if (scopes !== undefined) properties.AuthorizationScopes = Array.isArray(scopes) ? scopes : [scopes];
        }
      }
    }
  }
  addResource(
    compilation,
    httpRouteLogicalId(route.routeKey),
    { Type: 'AWS::ApiGatewayV2::Route', Properties: properties },
    route.at,
  );
  if (written !== undefined)
    for (const key of ['AuthorizationType', 'AuthorizerId']) compilation.placement.key(properties, key, authorizerAt);
  if (isPlainObject(written))
    compilation.placement.key(properties, 'AuthorizationScopes', placeOfChild(compilation, written, 'scopes'));
}

/** http-api.js resolveConfiguration: `cors: true` or `{allowedOrigins, allowedHeaders, allowedMethods, allowCredentials, …}`. */
function corsConfiguration(cors: unknown, routes: Route[]): Record<string, unknown> | undefined {
  if (cors === undefined || cors === false || cors === null) return undefined;
  const methods = new Set(['OPTIONS']);
  for (const route of routes) methods.add(route.routeKey === '*' ? 'ANY' : route.routeKey.split(' ')[0]!);
  if (!isPlainObject(cors))
    return { AllowHeaders: DEFAULT_CORS_HEADERS, AllowMethods: [...methods], AllowOrigins: ['*'] };
  const list = (value: unknown): unknown => (value === undefined || Array.isArray(value) ? value : [value]);
  const out: Record<string, unknown> = {
    AllowHeaders: list(own(cors, 'allowedHeaders')) ?? DEFAULT_CORS_HEADERS,
    AllowMethods: list(own(cors, 'allowedMethods')) ?? [...methods],
    AllowOrigins: list(own(cors, 'allowedOrigins')) ?? ['*'],
  };
  if (own(cors, 'allowCredentials')) out.AllowCredentials = true;
  if (own(cors, 'exposedResponseHeaders') !== undefined) out.ExposeHeaders = list(own(cors, 'exposedResponseHeaders'));
  if (own(cors, 'maxAge') !== undefined) out.MaxAge = own(cors, 'maxAge');
  return out;
}
