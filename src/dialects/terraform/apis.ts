/**
 * API Gateway resources of a Terraform plan or state as the model's API entities (src/model/apigateway.ts):
 * REST APIs (`aws_api_gateway_rest_api`, `_resource`, `_method`, `_authorizer`) and HTTP APIs
 * (`aws_apigatewayv2_api`, `_route`, `_authorizer`), linked through their IDs
 * (https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/api_gateway_method and the
 * pages beside it). An API's OpenAPI `body` is not read: its definition is `unknown` when one is written.
 *
 * A JWT `issuer` is usually text around a reference (`"https://${aws_cognito_user_pool.users.endpoint}"`):
 * known only after apply in a plan, it stays unknown (the reference alone would be another issuer).
 */
import { ABSENT, alternatives, knownString, type Resolved } from '../../values/resolved.js';
import type { ResourceNode } from '../../values/resource-node.js';
import {
  emptyApiEntities,
  type ApiDefinition,
  type ApiEntities,
  type AudienceEntry,
  type Field,
  type HttpApi,
  type HttpAuthorizer,
  type HttpRoute,
  type JwtConfiguration,
  type ProviderArns,
  type RestApi,
  type RestAuthorizer,
  type RestMethod,
  type RestResource,
} from '../../model/apigateway.js';
import { issuerUserPool, issuerUserPoolId, USER_POOL, USER_POOL_CLIENT } from '../../model/api-queries.js';
import { isPlainObject } from '../../core/objects.js';
import type { TfDocument, TfResource } from './plan.js';
import { AttributeReader, type AttributePath } from './values.js';
import { entityOf } from './build.js';

const MAX_PATH_DEPTH = 64;

function upper(field: Field): Field {
  const v = field.value;
  return v.kind === 'known' && typeof v.value === 'string'
    ? { ...field, value: { kind: 'known', value: v.value.toUpperCase() } }
    : field;
}

/**
 * A list of IDs or ARNs (`provider_arns`, a JWT `audience`) as one value and its entries. A plan
 * marks the whole list unknown when an entry is: its entries are then the resources the list's
 * expression names (`[aws_cognito_user_pool.users.arn]`), one each, when it names nothing else; the
 * list as a value stays unknown.
 */
function entries(read: AttributeReader, path: AttributePath): { field: Field; items: Field[] } {
  const field = read.value(path);
  if (!read.isUnknown(...path)) return { field, items: read.items(path).items };
  const { targets, opaque } = read.references(path);
  if (opaque) return { field, items: [] };
  return {
    field,
    items: targets.map((target) => ({
      value: { kind: 'resource', resource: target.resource.node, ...attributeOf(target.attribute) },
      source: field.source,
    })),
  };
}

function attributeOf(attribute: string): { attribute?: string } {
  if (attribute === '' || attribute === 'id') return {};
  return { attribute: attribute === 'arn' ? 'Arn' : attribute === 'root_resource_id' ? 'RootResourceId' : attribute };
}

/** An ID attribute (`rest_api_id`, `parent_id`, `authorizer_id`), followed to the resource it names. */
function idField(read: AttributeReader, name: string): Field {
  const field = read.value([name], true);
  const v = field.value;
  // `root_resource_id` keeps its meaning under CloudFormation's name, which the path walk reads.
  if (v.kind === 'resource' && v.attribute === 'root_resource_id')
    return { ...field, value: { ...v, attribute: 'RootResourceId' } };
  return field;
}

function definitionOf(read: AttributeReader): ApiDefinition {
  const body = read.value(['body']);
  const written = body.value.kind !== 'absent' || read.isUnknown('body');
  return {
    state: written ? 'unknown' : 'none',
    source: written ? body.source : undefined,
    securitySchemes: [],
    operations: [],
  };
}

function text(field: Field): string {
  const v = field.value;
  if (v.kind === 'resource') return v.attribute ? `${v.resource.logicalId}.${v.attribute}` : v.resource.logicalId;
  return knownString(v) ?? (v.kind === 'absent' ? '(none)' : '(known after apply)');
}

function keyOf(field: Field): string | undefined {
  const v = field.value;
  if (v.kind === 'resource') return `resource:${v.resource.deployment}#${v.resource.logicalId}`;
  const literal = knownString(v);
  return literal === undefined ? undefined : `id:${literal}`;
}

export function readApis(tf: TfDocument): ApiEntities {
  const managed = (type: string): TfResource[] => tf.resources.filter((r) => r.type === type && r.mode === 'managed');
  const out = emptyApiEntities();
  const restApis = new Map<ResourceNode, RestApi>();
  const httpApis = new Map<ResourceNode, HttpApi>();
  for (const resource of managed('aws_api_gateway_rest_api')) {
    const api: RestApi = {
      ...entityOf(resource),
      kind: 'rest-api',
      origin: 'resource',
      key: `resource:${resource.node.deployment}#${resource.address}`,
      definition: definitionOf(new AttributeReader(tf, resource)),
      authorizers: [],
      restResources: [],
      methods: [],
      samAuth: undefined,
      samEvents: [],
    };
    restApis.set(resource.node, api);
    out.restApis.push(api);
  }
  for (const resource of managed('aws_apigatewayv2_api')) {
    const read = new AttributeReader(tf, resource);
    const api: HttpApi = {
      ...entityOf(resource),
      kind: 'http-api',
      origin: 'resource',
      key: `resource:${resource.node.deployment}#${resource.address}`,
      protocolType: upper(read.value(['protocol_type'])),
      definition: definitionOf(read),
      authorizers: [],
      routes: [],
      samAuth: undefined,
      samEvents: [],
    };
    httpApis.set(resource.node, api);
    out.httpApis.push(api);
  }
  const apiOf = <A>(field: Field, apis: Map<ResourceNode, A>) => {
    const v = field.value;
    const api = v.kind === 'resource' && v.attribute === undefined ? apis.get(v.resource) : undefined;
    return { api, apiValue: v, apiRef: text(field), apiKey: keyOf(field) };
  };

  const restAuthorizers = new Map<ResourceNode, RestAuthorizer>();
  for (const resource of managed('aws_api_gateway_authorizer')) {
    const read = new AttributeReader(tf, resource);
    const ref = apiOf(idField(read, 'rest_api_id'), restApis);
    const arns = entries(read, ['provider_arns']);
    const providerArns: ProviderArns = {
      name: 'provider_arns',
      present: arns.field.value.kind !== 'absent',
      source: arns.field.source,
      value: arns.field.value,
      entries: arns.items,
      userPools: resourcesOfType(arns.items, USER_POOL),
    };
    const authorizer: RestAuthorizer = {
      ...entityOf(resource),
      kind: 'rest-authorizer',
      origin: 'resource',
      ...ref,
      apiKey: ref.api?.key ?? ref.apiKey,
      type: upper(read.value(['type'])),
      providerArns,
      identitySource: read.value(['identity_source']),
      authorizationScopes: { value: ABSENT, source: read.source('authorization_scopes') },
      propertiesSource: read.source(),
    };
    ref.api?.authorizers.push(authorizer);
    restAuthorizers.set(resource.node, authorizer);
    out.restAuthorizers.push(authorizer);
  }
  const httpAuthorizers = new Map<ResourceNode, HttpAuthorizer>();
  for (const resource of managed('aws_apigatewayv2_authorizer')) {
    const read = new AttributeReader(tf, resource);
    const ref = apiOf(idField(read, 'api_id'), httpApis);
    const type = upper(read.value(['authorizer_type']));
    const isJwt = knownString(type.value) === 'JWT' || isPlainObject(read.raw('jwt_configuration', 0));
    const authorizer: HttpAuthorizer = {
      ...entityOf(resource),
      kind: 'http-authorizer',
      origin: 'resource',
      ...ref,
      apiKey: ref.api?.key ?? ref.apiKey,
      type,
      jwt: isJwt ? jwtConfiguration(tf, read) : undefined,
      identitySource: read.value(['identity_sources']),
      authorizationScopes: { value: ABSENT, source: read.source('authorization_scopes') },
      propertiesSource: read.source(),
    };
    ref.api?.authorizers.push(authorizer);
    httpAuthorizers.set(resource.node, authorizer);
    out.httpAuthorizers.push(authorizer);
  }

  // REST resources: each path is its parent's path and its own part.
  const drafts = new Map<ResourceNode, { resource: TfResource; read: AttributeReader }>();
  for (const resource of managed('aws_api_gateway_resource'))
    drafts.set(resource.node, { resource, read: new AttributeReader(tf, resource) });
  const restResources = new Map<ResourceNode, RestResource>();
  const pathOf = (node: ResourceNode, depth: number): { path: string; known: boolean } => {
    const draft = drafts.get(node);
    if (!draft || depth > MAX_PATH_DEPTH) return { path: '<?>', known: false };
    const part = knownString(draft.read.value(['path_part']).value);
    const parent = idField(draft.read, 'parent_id').value;
    const prefix =
      parent.kind === 'resource' && parent.attribute === 'RootResourceId'
        ? { path: '', known: true }
        : parent.kind === 'resource' && parent.attribute === undefined
          ? pathOf(parent.resource, depth + 1)
          : { path: '<?>', known: false };
    return { path: `${prefix.path}/${part ?? '<?>'}`, known: prefix.known && part !== undefined };
  };
  for (const [node, { resource, read }] of drafts) {
    const apiField = idField(read, 'rest_api_id');
    const { api, apiValue, apiRef } = apiOf(apiField, restApis);
    const { path, known } = pathOf(node, 0);
    const restResource: RestResource = {
      ...entityOf(resource),
      kind: 'rest-resource',
      api,
      apiValue,
      apiRef,
      pathPart: read.value(['path_part']),
      parent: idField(read, 'parent_id'),
      path,
      pathKnown: known,
    };
    restResources.set(node, restResource);
    api?.restResources.push(restResource);
    out.restResources.push(restResource);
  }

  for (const resource of managed('aws_api_gateway_method')) {
    const read = new AttributeReader(tf, resource);
    const ref = apiOf(idField(read, 'rest_api_id'), restApis);
    const at = idField(read, 'resource_id').value;
    const restResource =
      at.kind === 'resource' && at.attribute === undefined ? restResources.get(at.resource) : undefined;
    const path = at.kind === 'resource' && at.attribute === 'RootResourceId' ? '/' : (restResource?.path ?? '<?>');
    const authorizerId = idField(read, 'authorizer_id');
    const method: RestMethod = {
      ...entityOf(resource),
      kind: 'rest-method',
      ...ref,
      apiKey: ref.api?.key ?? ref.apiKey,
      httpMethod: upper(read.value(['http_method'])),
      restResource,
      path,
      authorizationType: upper(read.value(['authorization'])),
      authorizerId,
      authorizer: byReference(authorizerId.value, restAuthorizers),
      authorizationScopes: read.value(['authorization_scopes']),
      apiKeyRequired: read.value(['api_key_required']),
      propertiesSource: read.source(),
    };
    ref.api?.methods.push(method);
    out.restMethods.push(method);
  }
  for (const resource of managed('aws_apigatewayv2_route')) {
    const read = new AttributeReader(tf, resource);
    const ref = apiOf(idField(read, 'api_id'), httpApis);
    const authorizerId = idField(read, 'authorizer_id');
    const route: HttpRoute = {
      ...entityOf(resource),
      kind: 'http-route',
      ...ref,
      apiKey: ref.api?.key ?? ref.apiKey,
      routeKey: read.value(['route_key']),
      authorizationType: upper(read.value(['authorization_type'])),
      authorizerId,
      authorizer: byReference(authorizerId.value, httpAuthorizers),
      authorizationScopes: read.value(['authorization_scopes']),
      propertiesSource: read.source(),
    };
    ref.api?.routes.push(route);
    out.httpRoutes.push(route);
  }
  return out;
}

function byReference<T>(value: Resolved, map: Map<ResourceNode, T>): T | undefined {
  return value.kind === 'resource' && value.attribute === undefined ? map.get(value.resource) : undefined;
}

function resourcesOfType(items: readonly Field[], type: string): ResourceNode[] {
  const out: ResourceNode[] = [];
  for (const item of items)
    for (const alt of alternatives(item.value))
      if (alt.kind === 'resource' && alt.resource.type === type && !out.includes(alt.resource)) out.push(alt.resource);
  return out;
}

/** `jwt_configuration { issuer, audience }`: an audience entry names an app client (`.id`) or, wrongly, a user pool. */
function jwtConfiguration(tf: TfDocument, read: AttributeReader): JwtConfiguration {
  const at: AttributePath = ['jwt_configuration', 0];
  const present = isPlainObject(read.raw(...at));
  const issuer = read.value([...at, 'issuer']);
  const audience = entries(read, [...at, 'audience']);
  const audienceEntries: AudienceEntry[] = audience.items.map((entry) => {
    const v = entry.value;
    const client =
      v.kind === 'resource' && v.resource.type === USER_POOL_CLIENT && v.attribute === undefined
        ? v.resource
        : undefined;
    const userPool = v.kind === 'resource' && v.resource.type === USER_POOL ? v.resource : undefined;
    const clientResource = client ? tf.byAddress.get(client.logicalId) : undefined;
    return {
      ...entry,
      client,
      clientUserPool: clientResource
        ? new AttributeReader(tf, clientResource).value(['user_pool_id'], true).value
        : undefined,
      userPool,
    };
  });
  return {
    present,
    source: read.source(...at),
    issuer,
    issuerUserPool: issuerUserPool(issuer.value),
    issuerUserPoolId: issuerUserPoolId(issuer.value),
    audience: audience.field,
    audienceEntries,
  };
}
