/**
 * The API Gateway part of an account snapshot (`--aws-services apigateway`, src/aws/read.ts) as
 * the template resources the model reads (src/dialects/cloudformation/api-readers.ts): per region, each REST API
 * (GetRestApis) becomes an `AWS::ApiGateway::RestApi`, its resources and their embedded methods
 * (GetResources `embed=methods`) `AWS::ApiGateway::Resource`s and `…::Method`s, its authorizers
 * (GetAuthorizers) `AWS::ApiGateway::Authorizer`s; each HTTP API (GetApis) an
 * `AWS::ApiGatewayV2::Api` with its `…::Route`s and `…::Authorizer`s.
 *
 * The REST API's fields are camelCase (`authorizationType`, `providerARNs`): CloudFormation's
 * property is the same name capitalised. The HTTP API's are CloudFormation's already. Logical IDs
 * are the real IDs: an API's ID, and `<API ID>/<ID>` for what is only unique within its API (a
 * resource, an authorizer, a route); a method, which has no ID, is `<API ID> <METHOD> <path>`.
 * Links within an API are `Ref`s (the root resource is the API's `RootResourceId`), provider ARNs
 * and JWT issuers and audiences stay literal, as the API gives them.
 */
import type { Pointer } from '../parsers/types.js';
import { joinPointer } from '../parsers/types.js';
import { isPlainObject } from '../core/objects.js';

/** The top-level key of the API Gateway part of a snapshot. */
export const API_GATEWAY_KEY = 'ApiGateway';

/** Adds a synthesised resource: logical ID, type, where its description is, properties and where each is. */
export type AddResource = (
  logicalId: string,
  type: string,
  base: Pointer,
  properties: Record<string, unknown>,
  at: Map<string, Pointer>,
) => void;

/** REST fields that are no CloudFormation property of the resource they describe (IDs, links, history, integration). */
const REST_SKIP = new Set([
  'id',
  'createdDate',
  'resourceMethods',
  'methodIntegration',
  'methodResponses',
  'parentId',
  'path',
  'restApiId',
  'resourceId',
  'Resources',
  'Authorizers',
  'authorizerId',
  'rootResourceId',
  'tags',
  'warnings',
]);
/** HTTP API fields that are no property, or links rewritten as `Ref`s. */
const HTTP_SKIP = new Set([
  'ApiId',
  'ApiEndpoint',
  'CreatedDate',
  'RouteId',
  'AuthorizerId',
  'ApiGatewayManaged',
  'Routes',
  'Authorizers',
  'ImportInfo',
  'Warnings',
  'Tags',
]);

export function apiGatewayResources(data: Record<string, unknown>, add: AddResource): void {
  const regions = data[API_GATEWAY_KEY];
  if (!Array.isArray(regions)) return;
  regions.forEach((region, r) => {
    if (!isPlainObject(region)) return;
    const regionAt = joinPointer('', API_GATEWAY_KEY, r);
    objects(region.RestApis).forEach((api, a) => restApi(api, joinPointer(regionAt, 'RestApis', a), add));
    objects(region.HttpApis).forEach((api, a) => httpApi(api, joinPointer(regionAt, 'HttpApis', a), add));
  });
}

function restApi(api: Record<string, unknown>, base: Pointer, add: AddResource): void {
  if (typeof api.id !== 'string') return;
  const apiId = api.id;
  const copied = copy(api, base, capitalise, REST_SKIP);
  add(apiId, 'AWS::ApiGateway::RestApi', base, copied.properties, copied.at);
  const resources = objects(api.Resources);
  const rootIds = new Set<unknown>([
    api.rootResourceId,
    ...resources.filter((res) => res.parentId === undefined && res.path === '/').map((res) => res.id),
  ]);
  // The root is no AWS::ApiGateway::Resource in a template: it is the API's `RootResourceId`.
  const resourceRef = (id: unknown): unknown =>
    rootIds.has(id) ? { 'Fn::GetAtt': [apiId, 'RootResourceId'] } : { Ref: `${apiId}/${String(id)}` };
  objects(api.Authorizers).forEach((authorizer, i) => {
    if (typeof authorizer.id !== 'string') return;
    const at = joinPointer(base, 'Authorizers', i);
    const { properties, at: where } = copy(authorizer, at, capitalise, REST_SKIP);
    link(properties, where, 'RestApiId', { Ref: apiId }, at);
    add(`${apiId}/${authorizer.id}`, 'AWS::ApiGateway::Authorizer', at, properties, where);
  });
  resources.forEach((resource, i) => {
    if (typeof resource.id !== 'string') return;
    const at = joinPointer(base, 'Resources', i);
    if (!rootIds.has(resource.id)) {
      const { properties, at: where } = copy(resource, at, capitalise, REST_SKIP);
      link(properties, where, 'RestApiId', { Ref: apiId }, at);
      link(properties, where, 'ParentId', resourceRef(resource.parentId), joinPointer(at, 'parentId'));
      add(`${apiId}/${resource.id}`, 'AWS::ApiGateway::Resource', at, properties, where);
    }
    const methods = isPlainObject(resource.resourceMethods) ? resource.resourceMethods : {};
    for (const [verb, method] of Object.entries(methods)) {
      if (!isPlainObject(method)) continue;
      const methodAt = joinPointer(at, 'resourceMethods', verb);
      const { properties, at: where } = copy(method, methodAt, capitalise, REST_SKIP);
      if (properties.HttpMethod === undefined) link(properties, where, 'HttpMethod', verb, methodAt);
      link(properties, where, 'RestApiId', { Ref: apiId }, methodAt);
      link(properties, where, 'ResourceId', resourceRef(resource.id), at);
      if (typeof method.authorizerId === 'string')
        link(
          properties,
          where,
          'AuthorizerId',
          { Ref: `${apiId}/${method.authorizerId}` },
          joinPointer(methodAt, 'authorizerId'),
        );
      add(
        `${apiId} ${verb} ${typeof resource.path === 'string' ? resource.path : resource.id}`,
        'AWS::ApiGateway::Method',
        methodAt,
        properties,
        where,
      );
    }
  });
}

function httpApi(api: Record<string, unknown>, base: Pointer, add: AddResource): void {
  if (typeof api.ApiId !== 'string') return;
  const apiId = api.ApiId;
  const copied = copy(api, base, (key) => key, HTTP_SKIP);
  add(apiId, 'AWS::ApiGatewayV2::Api', base, copied.properties, copied.at);
  objects(api.Authorizers).forEach((authorizer, i) => {
    if (typeof authorizer.AuthorizerId !== 'string') return;
    const at = joinPointer(base, 'Authorizers', i);
    const { properties, at: where } = copy(authorizer, at, (key) => key, HTTP_SKIP);
    link(properties, where, 'ApiId', { Ref: apiId }, at);
    add(`${apiId}/${authorizer.AuthorizerId}`, 'AWS::ApiGatewayV2::Authorizer', at, properties, where);
  });
  objects(api.Routes).forEach((route, i) => {
    if (typeof route.RouteId !== 'string') return;
    const at = joinPointer(base, 'Routes', i);
    const { properties, at: where } = copy(route, at, (key) => key, HTTP_SKIP);
    link(properties, where, 'ApiId', { Ref: apiId }, at);
    if (typeof route.AuthorizerId === 'string')
      link(
        properties,
        where,
        'AuthorizerId',
        { Ref: `${apiId}/${route.AuthorizerId}` },
        joinPointer(at, 'AuthorizerId'),
      );
    add(`${apiId}/${route.RouteId}`, 'AWS::ApiGatewayV2::Route', at, properties, where);
  });
}

function link(
  properties: Record<string, unknown>,
  at: Map<string, Pointer>,
  name: string,
  value: unknown,
  pointer: Pointer,
): void {
  properties[name] = value;
  at.set(name, pointer);
}

/** `providerARNs` → `ProviderARNs`: CloudFormation's name of a REST API field. */
function capitalise(key: string): string {
  return key.charAt(0).toUpperCase() + key.slice(1);
}

function copy(
  description: Record<string, unknown>,
  base: Pointer,
  rename: (key: string) => string,
  skip: ReadonlySet<string>,
): { properties: Record<string, unknown>; at: Map<string, Pointer> } {
  const properties: Record<string, unknown> = {};
  const at = new Map<string, Pointer>();
  for (const [key, value] of Object.entries(description)) {
    if (skip.has(key)) continue;
    const name = rename(key);
    Object.defineProperty(properties, name, { value, writable: true, enumerable: true, configurable: true });
    at.set(name, joinPointer(base, key));
  }
  return { properties, at };
}

function objects(value: unknown): Array<Record<string, unknown>> {
  return Array.isArray(value) ? value.filter(isPlainObject) : [];
}
