/**
 * API Gateway REST and HTTP APIs, SAM APIs and functions: methods, routes and authorizers, and
 * the edges between them and Cognito user pools / app clients.
 *
 * Read from raw CloudFormation and from SAM templates *without* running the SAM transform
 * (docs/semantics.md#sam-apis): a SAM `AWS::Serverless::Api` / `HttpApi` with `Auth` becomes an API with
 * authorizers, a function's `Api` / `HttpApi` event becomes a `SamApiEvent` on its API (the
 * implicit `ServerlessRestApi` / `ServerlessHttpApi` when no API is named), and `Globals` are
 * layered under each API's own `Auth` the way SAM merges maps.
 *
 * An inline OpenAPI document (`Body`, `DefinitionBody`) is read for its security schemes
 * (`x-amazon-apigateway-authorizer`, `x-amazon-apigateway-authtype`) and for the `security` of
 * each operation. `BodyS3Location` / `DefinitionUri` cannot be read statically: the definition
 * is recorded as `external`, so nothing is concluded from its absence.
 *
 * AWS semantics:
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-apigateway-method.html
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-apigateway-authorizer.html
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-apigatewayv2-authorizer.html
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-apigatewayv2-route.html
 * https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-api-apiauth.html
 * https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-httpapi-httpapiauth.html
 */
import type { Tri } from '../../core/tri.js';
import type { FindingResource } from '../../core/types.js';
import { joinPointer, type Pointer } from '../../parsers/types.js';
import { templateEntity } from './build.js';
import type { Entity } from '../../model/entities.js';
import { intrinsicName } from '../../iam/intrinsic-shape.js';
import type { Resolver } from './intrinsics.js';
import { ABSENT, alternatives, describe, foldResolved, knownString, type Resolved } from '../../values/resolved.js';
import { valueAtPointer, type SourceRef } from '../../parsers/source.js';
import type { Stack, TemplateResource } from './stack.js';
import { isPlainObject, own } from '../../core/objects.js';
import type { ApiAuthorizer, ApiDefinition, ApiEntities, ApiOperation, ApiOrigin, AudienceEntry, Field, HttpApi, HttpAuthorizer, HttpRoute, JwtConfiguration, ProviderArns, RestApi, RestAuthorizer, RestMethod, RestResource, SamApiAuth, SamApiEvent, SecurityRequirementEntry } from '../../model/apigateway.js';

// ────────────────────────────────────────────────────────────────────────────────────────────
// Entities
// ────────────────────────────────────────────────────────────────────────────────────────────

// ────────────────────────────────────────────────────────────────────────────────────────────
// Building
// ────────────────────────────────────────────────────────────────────────────────────────────

const SAM_API = 'AWS::Serverless::Api';
const SAM_HTTP_API = 'AWS::Serverless::HttpApi';
const SAM_FUNCTION = 'AWS::Serverless::Function';
export const USER_POOL = 'AWS::Cognito::UserPool';
export const USER_POOL_CLIENT = 'AWS::Cognito::UserPoolClient';
/** The logical IDs SAM gives the APIs it creates for events that name none. */
export const IMPLICIT_REST_API = 'ServerlessRestApi';
export const IMPLICIT_HTTP_API = 'ServerlessHttpApi';

const OPENAPI_METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace', 'x-amazon-apigateway-any-method']);

interface Ctx {
  readonly stack: Stack;
  readonly resolver: Resolver;
}

function ref(stack: Stack, pointer: Pointer): SourceRef {
  return { doc: stack.doc, pointer };
}

function fieldAt(ctx: Ctx, pointer: Pointer): Field {
  const source = ref(ctx.stack, pointer);
  const ssm = ssmParameterIn(ctx.stack, valueAtPointer(ctx.stack.doc.data, pointer), 0);
  // The value of an `AWS::SSM::Parameter::Value<…>` parameter is read from Parameter Store at deploy
  // time; its default (or a given value) is the *name* of the SSM parameter, never the value.
  if (ssm) return { value: unknownValue(`parameter ${ssm} is read from SSM Parameter Store`), source };
  return { value: ctx.resolver.resolveAt(ctx.stack, pointer), source };
}

/** The name of an SSM-typed parameter that `node` refers to (`Ref`, or `\${Name}` inside `Fn::Sub`), if any. */
function ssmParameterIn(stack: Stack, node: unknown, depth: number): string | undefined {
  if (depth > 16 || node === null || typeof node !== 'object') return undefined;
  const isSsm = (name: string): boolean => stack.parameters.get(name)?.type?.startsWith('AWS::SSM::Parameter::Value') === true;
  if (Array.isArray(node)) {
    for (const item of node) {
      const found = ssmParameterIn(stack, item, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  const record = node as Record<string, unknown>;
  const refName = own(record, 'Ref');
  if (typeof refName === 'string' && isSsm(refName)) return refName;
  const sub = own(record, 'Fn::Sub');
  const text = typeof sub === 'string' ? sub : Array.isArray(sub) && typeof sub[0] === 'string' ? sub[0] : undefined;
  if (text !== undefined) {
    for (const match of text.matchAll(/\$\{([^!}][^}]*)\}/g)) {
      if (isSsm(match[1]!.trim())) return match[1]!.trim();
    }
  }
  for (const value of Object.values(record)) {
    const found = ssmParameterIn(stack, value, depth + 1);
    if (found) return found;
  }
  return undefined;
}

function propField(ctx: Ctx, resource: TemplateResource, ...tokens: Array<string | number>): Field {
  return fieldAt(ctx, joinPointer(resource.propertiesPointer, ...tokens));
}

/** The key of `object` equal to `name` ignoring case (SAM accepts `issuer` and `Issuer`). */
function keyIgnoringCase(object: Record<string, unknown>, name: string): string | undefined {
  if (Object.prototype.hasOwnProperty.call(object, name)) return name;
  const lower = name.toLowerCase();
  return Object.keys(object).find((k) => k.toLowerCase() === lower);
}

function upperKnown(field: Field): Field {
  const value = mapKnown(field.value, (s) => s.toUpperCase());
  return { value, source: field.source };
}

function mapKnown(value: Resolved, map: (s: string) => string): Resolved {
  if (value.kind === 'known' && typeof value.value === 'string') return { kind: 'known', value: map(value.value) };
  if (value.kind === 'anyOf') return { kind: 'anyOf', options: value.options.map((o) => mapKnown(o, map)) };
  return value;
}

/** A key that identifies an API even when the reference does not resolve to it (same expression, same template). */
function apiKeyOf(ctx: Ctx, pointer: Pointer, value: Resolved): string | undefined {
  if (value.kind === 'resource') return `resource:${value.resource.stack.key}#${value.resource.logicalId}`;
  const text = knownString(value);
  if (text !== undefined) return `id:${text}`;
  const raw = valueAtPointer(ctx.stack.doc.data, pointer);
  if (raw === undefined) return undefined;
  return `expr:${ctx.stack.key}:${JSON.stringify(raw)}`;
}

function resourceKey(resource: TemplateResource): string {
  return `resource:${resource.stack.key}#${resource.logicalId}`;
}

/** An entity for a node inside a resource (an OpenAPI scheme, a SAM authorizer or event). */
function innerEntity(name: string, source: SourceRef, resource: FindingResource, templateResource: TemplateResource | undefined): Entity {
  return { name, source, resource, ...(templateResource ? { templateResource } : {}) };
}

function listEntries(ctx: Ctx, pointer: Pointer, value: Resolved): Field[] {
  const raw = valueAtPointer(ctx.stack.doc.data, pointer);
  if (Array.isArray(raw)) return raw.map((_, i) => fieldAt(ctx, joinPointer(pointer, i)));
  if (value.kind === 'unknown') return [{ value, source: ref(ctx.stack, pointer) }];
  if (value.kind === 'absent') return [];
  if (value.kind === 'list') return value.items.map((item) => ({ value: item, source: ref(ctx.stack, pointer) }));
  return [{ value, source: ref(ctx.stack, pointer) }];
}

function userPoolsIn(entries: Field[]): TemplateResource[] {
  const out: TemplateResource[] = [];
  for (const entry of entries) {
    for (const alt of alternatives(entry.value)) {
      const pool = referencedResource(alt, USER_POOL);
      if (pool && !out.includes(pool)) out.push(pool);
    }
  }
  return out;
}

function providerArns(ctx: Ctx, pointer: Pointer): ProviderArns {
  const { value } = fieldAt(ctx, pointer);
  const entries = listEntries(ctx, pointer, value);
  return { present: value.kind !== 'absent', source: ref(ctx.stack, pointer), value, entries, userPools: userPoolsIn(entries) };
}

function jwtConfiguration(ctx: Ctx, pointer: Pointer, caseInsensitive: boolean): JwtConfiguration {
  const raw = valueAtPointer(ctx.stack.doc.data, pointer);
  const present = raw !== undefined;
  const object = isPlainObject(raw) && !intrinsicName(raw) ? raw : undefined;
  const key = (name: string): string => (object && caseInsensitive ? keyIgnoringCase(object, name) : undefined) ?? name;
  const readable = present && object !== undefined;
  const issuerPointer = joinPointer(pointer, key('Issuer'));
  const audiencePointer = joinPointer(pointer, key('Audience'));
  const issuer: Field = readable ? fieldAt(ctx, issuerPointer) : { value: present ? unknownValue('JwtConfiguration is not an object') : ABSENT, source: ref(ctx.stack, issuerPointer) };
  const audience: Field = readable ? fieldAt(ctx, audiencePointer) : { value: present ? unknownValue('JwtConfiguration is not an object') : ABSENT, source: ref(ctx.stack, audiencePointer) };
  const entries = readable ? listEntries(ctx, audiencePointer, audience.value) : [];
  const audienceEntries: AudienceEntry[] = entries.map((entry) => {
    let client: TemplateResource | undefined;
    let userPool: TemplateResource | undefined;
    for (const alt of alternatives(entry.value)) {
      if (alt.kind !== 'resource') continue;
      if (alt.resource.type === USER_POOL_CLIENT && (alt.attribute === undefined || alt.attribute === 'ClientId')) client = alt.resource;
      if (alt.resource.type === USER_POOL) userPool = alt.resource;
    }
    const clientUserPool = client ? ctx.resolver.resolveAt(client.stack, joinPointer(client.propertiesPointer, 'UserPoolId')) : undefined;
    return { ...entry, client, clientUserPool, userPool };
  });
  return {
    present,
    source: ref(ctx.stack, pointer),
    issuer,
    issuerUserPool: issuerUserPool(issuer.value),
    issuerUserPoolId: issuerUserPoolId(issuer.value),
    audience,
    audienceEntries,
  };
}

function unknownValue(reason: string): Resolved {
  return { kind: 'unknown', reason };
}

export function buildApiEntities(stacks: readonly Stack[], resolver: Resolver): ApiEntities {
  const out: ApiEntities = {
    restApis: [],
    httpApis: [],
    restResources: [],
    restMethods: [],
    httpRoutes: [],
    restAuthorizers: [],
    httpAuthorizers: [],
    operations: [],
    samEvents: [],
  };
  const restByResource = new Map<TemplateResource, RestApi>();
  const httpByResource = new Map<TemplateResource, HttpApi>();
  const restAuthorizerByResource = new Map<TemplateResource, RestAuthorizer>();
  const httpAuthorizerByResource = new Map<TemplateResource, HttpAuthorizer>();

  // 1. APIs (and their inline definitions and SAM authorizers).
  for (const stack of stacks) {
    const ctx: Ctx = { stack, resolver };
    for (const resource of stack.resources.values()) {
      switch (resource.type) {
        case 'AWS::ApiGateway::RestApi': {
          const api = newRestApi(templateEntity(resource), 'resource', resourceKey(resource));
          (api as { definition: ApiDefinition }).definition = readDefinition(ctx, api, resource, 'Body', 'BodyS3Location', out);
          restByResource.set(resource, api);
          out.restApis.push(api);
          break;
        }
        case SAM_API: {
          const api = newRestApi(templateEntity(resource), 'sam', resourceKey(resource));
          (api as { definition: ApiDefinition }).definition = readDefinition(ctx, api, resource, 'DefinitionBody', 'DefinitionUri', out);
          (api as { samAuth: SamApiAuth | undefined }).samAuth = readSamAuth(ctx, api, resource, out);
          restByResource.set(resource, api);
          out.restApis.push(api);
          break;
        }
        case 'AWS::ApiGatewayV2::Api': {
          const api = newHttpApi(templateEntity(resource), 'resource', resourceKey(resource), propField(ctx, resource, 'ProtocolType'));
          (api as { definition: ApiDefinition }).definition = readDefinition(ctx, api, resource, 'Body', 'BodyS3Location', out);
          if (api.protocolType.value.kind === 'absent' && api.definition.state !== 'none') {
            // Importing an OpenAPI definition creates an HTTP API (WebSocket APIs cannot be imported).
            (api as { protocolType: Field }).protocolType = { value: { kind: 'known', value: 'HTTP' }, source: api.protocolType.source };
          }
          httpByResource.set(resource, api);
          out.httpApis.push(api);
          break;
        }
        case SAM_HTTP_API: {
          const api = newHttpApi(templateEntity(resource), 'sam', resourceKey(resource), {
            value: { kind: 'known', value: 'HTTP' },
            source: resource.source,
          });
          (api as { definition: ApiDefinition }).definition = readDefinition(ctx, api, resource, 'DefinitionBody', 'DefinitionUri', out);
          (api as { samAuth: SamApiAuth | undefined }).samAuth = readSamAuth(ctx, api, resource, out);
          httpByResource.set(resource, api);
          out.httpApis.push(api);
          break;
        }
      }
    }
  }

  const restApiFor = (value: Resolved): RestApi | undefined =>
    value.kind === 'resource' && (value.attribute === undefined || value.attribute === 'RestApiId') ? restByResource.get(value.resource) : undefined;
  const httpApiFor = (value: Resolved): HttpApi | undefined =>
    value.kind === 'resource' && (value.attribute === undefined || value.attribute === 'ApiId') ? httpByResource.get(value.resource) : undefined;

  // 2. Authorizer resources.
  for (const stack of stacks) {
    const ctx: Ctx = { stack, resolver };
    for (const resource of stack.resources.values()) {
      if (resource.type === 'AWS::ApiGateway::Authorizer') {
        const apiField = propField(ctx, resource, 'RestApiId');
        const api = restApiFor(apiField.value);
        const authorizer: RestAuthorizer = {
          ...templateEntity(resource),
          kind: 'rest-authorizer',
          origin: 'resource',
          api,
          apiValue: apiField.value,
          apiRef: expressionText(ctx, apiField),
          apiKey: api?.key ?? apiKeyOf(ctx, apiField.source.pointer, apiField.value),
          type: upperKnown(propField(ctx, resource, 'Type')),
          providerArns: providerArns(ctx, joinPointer(resource.propertiesPointer, 'ProviderARNs')),
          identitySource: propField(ctx, resource, 'IdentitySource'),
          authorizationScopes: { value: ABSENT, source: ref(stack, joinPointer(resource.propertiesPointer, 'AuthorizationScopes')) },
          propertiesSource: ref(stack, resource.propertiesPointer),
        };
        api?.authorizers.push(authorizer);
        restAuthorizerByResource.set(resource, authorizer);
        out.restAuthorizers.push(authorizer);
      } else if (resource.type === 'AWS::ApiGatewayV2::Authorizer') {
        const apiField = propField(ctx, resource, 'ApiId');
        const api = httpApiFor(apiField.value);
        const type = upperKnown(propField(ctx, resource, 'AuthorizerType'));
        const jwtPointer = joinPointer(resource.propertiesPointer, 'JwtConfiguration');
        const isJwt = alternatives(type.value).some((v) => knownString(v) === 'JWT') || valueAtPointer(stack.doc.data, jwtPointer) !== undefined;
        const authorizer: HttpAuthorizer = {
          ...templateEntity(resource),
          kind: 'http-authorizer',
          origin: 'resource',
          api,
          apiValue: apiField.value,
          apiRef: expressionText(ctx, apiField),
          apiKey: api?.key ?? apiKeyOf(ctx, apiField.source.pointer, apiField.value),
          type,
          jwt: isJwt ? jwtConfiguration(ctx, jwtPointer, false) : undefined,
          identitySource: propField(ctx, resource, 'IdentitySource'),
          authorizationScopes: { value: ABSENT, source: ref(stack, joinPointer(resource.propertiesPointer, 'AuthorizationScopes')) },
          propertiesSource: ref(stack, resource.propertiesPointer),
        };
        api?.authorizers.push(authorizer);
        httpAuthorizerByResource.set(resource, authorizer);
        out.httpAuthorizers.push(authorizer);
      }
    }
  }

  // 3. REST resources (paths), methods and HTTP routes.
  const restResourceByResource = new Map<TemplateResource, RestResource>();
  for (const stack of stacks) {
    const ctx: Ctx = { stack, resolver };
    for (const resource of stack.resources.values()) {
      if (resource.type !== 'AWS::ApiGateway::Resource') continue;
      const apiField = propField(ctx, resource, 'RestApiId');
      const api = restApiFor(apiField.value);
      const node: RestResource = {
        ...templateEntity(resource),
        kind: 'rest-resource',
        api,
        apiValue: apiField.value,
        apiRef: expressionText(ctx, apiField),
        pathPart: propField(ctx, resource, 'PathPart'),
        parent: propField(ctx, resource, 'ParentId'),
        path: '<?>',
        pathKnown: false,
      };
      restResourceByResource.set(resource, node);
      api?.restResources.push(node);
      out.restResources.push(node);
    }
  }
  for (const node of restResourceByResource.values()) {
    const { path, known } = resourcePath(node, restResourceByResource, new Set());
    (node as { path: string }).path = path;
    (node as { pathKnown: boolean }).pathKnown = known;
  }

  for (const stack of stacks) {
    const ctx: Ctx = { stack, resolver };
    for (const resource of stack.resources.values()) {
      if (resource.type === 'AWS::ApiGateway::Method') {
        const apiField = propField(ctx, resource, 'RestApiId');
        const api = restApiFor(apiField.value);
        const resourceField = propField(ctx, resource, 'ResourceId');
        const { node, path } = methodPath(resourceField.value, restResourceByResource);
        const authorizerId = propField(ctx, resource, 'AuthorizerId');
        const method: RestMethod = {
          ...templateEntity(resource),
          kind: 'rest-method',
          api,
          apiValue: apiField.value,
          apiRef: expressionText(ctx, apiField),
          apiKey: api?.key ?? apiKeyOf(ctx, apiField.source.pointer, apiField.value),
          httpMethod: upperKnown(propField(ctx, resource, 'HttpMethod')),
          restResource: node,
          path,
          authorizationType: upperKnown(propField(ctx, resource, 'AuthorizationType')),
          authorizerId,
          authorizer: resourceOf(authorizerId.value, restAuthorizerByResource, ['AuthorizerId']),
          authorizationScopes: propField(ctx, resource, 'AuthorizationScopes'),
          apiKeyRequired: propField(ctx, resource, 'ApiKeyRequired'),
          propertiesSource: ref(stack, resource.propertiesPointer),
        };
        api?.methods.push(method);
        out.restMethods.push(method);
      } else if (resource.type === 'AWS::ApiGatewayV2::Route') {
        const apiField = propField(ctx, resource, 'ApiId');
        const api = httpApiFor(apiField.value);
        const authorizerId = propField(ctx, resource, 'AuthorizerId');
        const route: HttpRoute = {
          ...templateEntity(resource),
          kind: 'http-route',
          api,
          apiValue: apiField.value,
          apiRef: expressionText(ctx, apiField),
          apiKey: api?.key ?? apiKeyOf(ctx, apiField.source.pointer, apiField.value),
          routeKey: propField(ctx, resource, 'RouteKey'),
          authorizationType: upperKnown(propField(ctx, resource, 'AuthorizationType')),
          authorizerId,
          authorizer: resourceOf(authorizerId.value, httpAuthorizerByResource, ['AuthorizerId']),
          authorizationScopes: propField(ctx, resource, 'AuthorizationScopes'),
          propertiesSource: ref(stack, resource.propertiesPointer),
        };
        api?.routes.push(route);
        out.httpRoutes.push(route);
      }
    }
  }

  // 4. SAM function events.
  for (const stack of stacks) {
    readSamEvents({ stack, resolver }, restByResource, httpByResource, out);
  }
  return out;
}

function newRestApi(entity: Entity, origin: ApiOrigin, key: string): RestApi {
  return {
    ...entity,
    kind: 'rest-api',
    origin,
    key,
    definition: { state: 'none', source: undefined, securitySchemes: [], operations: [] },
    authorizers: [],
    restResources: [],
    methods: [],
    samAuth: undefined,
    samEvents: [],
  };
}

function newHttpApi(entity: Entity, origin: ApiOrigin, key: string, protocolType: Field): HttpApi {
  return {
    ...entity,
    kind: 'http-api',
    origin,
    key,
    protocolType,
    definition: { state: 'none', source: undefined, securitySchemes: [], operations: [] },
    authorizers: [],
    routes: [],
    samAuth: undefined,
    samEvents: [],
  };
}

function resourceOf<T>(value: Resolved, map: Map<TemplateResource, T>, attributes: string[]): T | undefined {
  for (const alt of alternatives(value)) {
    if (alt.kind === 'resource' && (alt.attribute === undefined || attributes.includes(alt.attribute))) {
      const found = map.get(alt.resource);
      if (found) return found;
    }
  }
  return undefined;
}

function resourcePath(
  node: RestResource,
  byResource: Map<TemplateResource, RestResource>,
  seen: Set<RestResource>,
): { path: string; known: boolean } {
  if (node.pathKnown || node.path !== '<?>') return { path: node.path, known: node.pathKnown };
  const partText = knownString(node.pathPart.value);
  const part = partText ?? '<?>';
  if (seen.has(node)) return { path: `<?>/${part}`, known: false };
  seen.add(node);
  const parent = node.parent.value;
  let prefix: { path: string; known: boolean };
  if (parent.kind === 'resource' && parent.attribute === 'RootResourceId') prefix = { path: '', known: true };
  else if (parent.kind === 'resource' && parent.resource.type === 'AWS::ApiGateway::Resource' && (parent.attribute === undefined || parent.attribute === 'ResourceId')) {
    const parentNode = byResource.get(parent.resource);
    prefix = parentNode ? resourcePath(parentNode, byResource, seen) : { path: '<?>', known: false };
  } else prefix = { path: '<?>', known: false };
  const result = { path: `${prefix.path === '/' ? '' : prefix.path}/${part}`, known: prefix.known && partText !== undefined };
  (node as { path: string }).path = result.path;
  (node as { pathKnown: boolean }).pathKnown = result.known;
  return result;
}

function methodPath(value: Resolved, byResource: Map<TemplateResource, RestResource>): { node: RestResource | undefined; path: string } {
  if (value.kind === 'resource' && value.attribute === 'RootResourceId') return { node: undefined, path: '/' };
  if (value.kind === 'resource' && value.resource.type === 'AWS::ApiGateway::Resource') {
    const node = byResource.get(value.resource);
    if (node) return { node, path: node.path };
  }
  return { node: undefined, path: '<?>' };
}

// ─── OpenAPI definitions ────────────────────────────────────────────────────────────────────

function readDefinition(
  ctx: Ctx,
  api: RestApi | HttpApi,
  resource: TemplateResource,
  bodyProperty: string,
  externalProperty: string,
  out: ApiEntities,
): ApiDefinition {
  const bodyPointer = joinPointer(resource.propertiesPointer, bodyProperty);
  const raw = own(resource.properties, bodyProperty);
  const source = ref(ctx.stack, bodyPointer);
  if (raw === undefined) {
    const external = own(resource.properties, externalProperty);
    if (external === undefined) return { state: 'none', source: undefined, securitySchemes: [], operations: [] };
    return { state: 'external', source: ref(ctx.stack, joinPointer(resource.propertiesPointer, externalProperty)), securitySchemes: [], operations: [] };
  }
  if (!isPlainObject(raw) || intrinsicName(raw)) return { state: 'unknown', source, securitySchemes: [], operations: [] };

  const definition: ApiDefinition = { state: 'inline', source, securitySchemes: [], operations: [] };
  const schemesPointer = isPlainObject(own(raw, 'securityDefinitions'))
    ? joinPointer(bodyPointer, 'securityDefinitions')
    : isPlainObject(own(raw, 'components')) && isPlainObject(own(own(raw, 'components') as Record<string, unknown>, 'securitySchemes'))
      ? joinPointer(bodyPointer, 'components', 'securitySchemes')
      : undefined;
  const schemes = schemesPointer ? (valueAtPointer(ctx.stack.doc.data, schemesPointer) as Record<string, unknown>) : {};
  for (const [name, scheme] of Object.entries(schemes)) {
    if (!isPlainObject(scheme)) continue;
    const schemePointer = joinPointer(schemesPointer!, name);
    const authType = knownString(ctx.resolver.resolveAt(ctx.stack, joinPointer(schemePointer, 'x-amazon-apigateway-authtype')))?.toLowerCase();
    const authorizerRaw = own(scheme, 'x-amazon-apigateway-authorizer');
    let authorizer: RestAuthorizer | HttpAuthorizer | undefined;
    if (isPlainObject(authorizerRaw)) {
      const authPointer = joinPointer(schemePointer, 'x-amazon-apigateway-authorizer');
      const entity = innerEntity(name, ref(ctx.stack, schemePointer), api.resource, resource);
      const type = upperKnown(fieldAt(ctx, joinPointer(authPointer, 'type')));
      if (api.kind === 'rest-api') {
        const restAuthorizer: RestAuthorizer = {
          ...entity,
          kind: 'rest-authorizer',
          origin: 'openapi',
          api,
          apiValue: { kind: 'resource', resource },
          apiRef: api.name,
          apiKey: api.key,
          type,
          providerArns: providerArns(ctx, joinPointer(authPointer, 'providerARNs')),
          identitySource: fieldAt(ctx, joinPointer(authPointer, 'identitySource')),
          authorizationScopes: { value: ABSENT, source: ref(ctx.stack, joinPointer(authPointer, 'authorizationScopes')) },
          propertiesSource: ref(ctx.stack, authPointer),
        };
        api.authorizers.push(restAuthorizer);
        out.restAuthorizers.push(restAuthorizer);
        authorizer = restAuthorizer;
      } else {
        const isJwt = alternatives(type.value).some((v) => knownString(v) === 'JWT');
        const httpAuthorizer: HttpAuthorizer = {
          ...entity,
          kind: 'http-authorizer',
          origin: 'openapi',
          api,
          apiValue: { kind: 'resource', resource },
          apiRef: api.name,
          apiKey: api.key,
          type,
          jwt: isJwt ? jwtConfiguration(ctx, joinPointer(authPointer, 'jwtConfiguration'), true) : undefined,
          identitySource: fieldAt(ctx, joinPointer(authPointer, 'identitySource')),
          authorizationScopes: { value: ABSENT, source: ref(ctx.stack, joinPointer(authPointer, 'authorizationScopes')) },
          propertiesSource: ref(ctx.stack, authPointer),
        };
        api.authorizers.push(httpAuthorizer);
        out.httpAuthorizers.push(httpAuthorizer);
        authorizer = httpAuthorizer;
      }
    }
    definition.securitySchemes.push({ name, source: ref(ctx.stack, schemePointer), authType, authorizer });
  }

  const readSecurity = (pointer: Pointer): SecurityRequirementEntry[][] | undefined => {
    const node = valueAtPointer(ctx.stack.doc.data, pointer);
    if (!Array.isArray(node)) return undefined;
    return node.map((requirement, i) => {
      if (!isPlainObject(requirement)) return [];
      return Object.keys(requirement).map((schemeName) => {
        const entryPointer = joinPointer(pointer, i, schemeName);
        return {
          name: schemeName,
          scheme: definition.securitySchemes.find((s) => s.name === schemeName),
          scopes: ctx.resolver.resolveAt(ctx.stack, entryPointer),
          source: ref(ctx.stack, entryPointer),
        };
      });
    });
  };
  const globalSecurityPointer = joinPointer(bodyPointer, 'security');
  const globalSecurity = readSecurity(globalSecurityPointer);

  const paths = own(raw, 'paths');
  if (isPlainObject(paths)) {
    for (const [path, item] of Object.entries(paths)) {
      if (!isPlainObject(item)) continue;
      for (const [methodKey, operation] of Object.entries(item)) {
        if (!OPENAPI_METHODS.has(methodKey.toLowerCase()) || !isPlainObject(operation)) continue;
        const opPointer = joinPointer(bodyPointer, 'paths', path, methodKey);
        const ownSecurity = readSecurity(joinPointer(opPointer, 'security'));
        const method = methodKey.toLowerCase() === 'x-amazon-apigateway-any-method' ? 'ANY' : methodKey.toUpperCase();
        const op: ApiOperation = {
          ...innerEntity(`${method} ${path}`, ref(ctx.stack, opPointer), api.resource, resource),
          kind: 'api-operation',
          api,
          method,
          path,
          security: ownSecurity ?? globalSecurity,
          securitySource: ownSecurity ? ref(ctx.stack, joinPointer(opPointer, 'security')) : globalSecurity ? ref(ctx.stack, globalSecurityPointer) : undefined,
        };
        definition.operations.push(op);
        out.operations.push(op);
      }
    }
  }
  return definition;
}

// ─── SAM ────────────────────────────────────────────────────────────────────────────────────

/** The `Auth` nodes of a SAM API: its own, then `Globals.<Api|HttpApi>.Auth` (SAM merges maps, the resource winning). */
function samAuthLayers(stack: Stack, resource: TemplateResource | undefined, globalsSection: 'Api' | 'HttpApi'): Pointer[] {
  const layers: Pointer[] = [];
  if (resource && isPlainObject(own(resource.properties, 'Auth'))) layers.push(joinPointer(resource.propertiesPointer, 'Auth'));
  if (stack.input.resourcesPointer === '/Resources') {
    const globals = valueAtPointer(stack.doc.data, joinPointer('/Globals', globalsSection, 'Auth'));
    if (isPlainObject(globals)) layers.push(joinPointer('/Globals', globalsSection, 'Auth'));
  }
  return layers;
}

function readSamAuth(ctx: Ctx, api: RestApi | HttpApi, resource: TemplateResource | undefined, out: ApiEntities): SamApiAuth | undefined {
  const layers = samAuthLayers(ctx.stack, resource, api.kind === 'rest-api' ? 'Api' : 'HttpApi');
  if (layers.length === 0) return undefined;
  const data = ctx.stack.doc.data;
  const layered = (key: string): Field => {
    for (const layer of layers) {
      const pointer = joinPointer(layer, key);
      if (valueAtPointer(data, pointer) !== undefined) return fieldAt(ctx, pointer);
    }
    return { value: ABSENT, source: ref(ctx.stack, joinPointer(layers[0]!, key)) };
  };
  const names: string[] = [];
  let readable = true;
  let definingLayer: Pointer | undefined;
  for (const layer of layers) {
    const authorizersPointer = joinPointer(layer, 'Authorizers');
    const authorizers = valueAtPointer(data, authorizersPointer);
    if (authorizers === undefined) continue;
    if (!isPlainObject(authorizers) || intrinsicName(authorizers)) {
      readable = false;
      continue;
    }
    definingLayer ??= layer;
    for (const [name, body] of Object.entries(authorizers)) {
      if (names.includes(name) || !isPlainObject(body)) continue;
      names.push(name);
      const pointer = joinPointer(authorizersPointer, name);
      const entity = innerEntity(name, ref(ctx.stack, pointer), api.resource, resource);
      if (api.kind === 'rest-api') {
        const authorizer = samRestAuthorizer(ctx, api, entity, pointer, body);
        api.authorizers.push(authorizer);
        out.restAuthorizers.push(authorizer);
      } else {
        const authorizer = samHttpAuthorizer(ctx, api, entity, pointer, body);
        api.authorizers.push(authorizer);
        out.httpAuthorizers.push(authorizer);
      }
    }
  }
  return {
    source: ref(ctx.stack, definingLayer ?? layers[0]!),
    defaultAuthorizer: layered('DefaultAuthorizer'),
    addDefaultAuthorizerToCorsPreflight: layered('AddDefaultAuthorizerToCorsPreflight'),
    apiKeyRequired: layered('ApiKeyRequired'),
    authorizerNames: names,
    authorizersReadable: readable,
  };
}

/** SAM `Api` authorizers: `UserPoolArn` makes a Cognito authorizer, `FunctionArn` a Lambda one (`FunctionPayloadType` TOKEN by default). */
function samRestAuthorizer(ctx: Ctx, api: RestApi, entity: Entity, pointer: Pointer, body: Record<string, unknown>): RestAuthorizer {
  const isCognito = own(body, 'UserPoolArn') !== undefined;
  const payloadType = knownString(ctx.resolver.resolveAt(ctx.stack, joinPointer(pointer, 'FunctionPayloadType')))?.toUpperCase() ?? 'TOKEN';
  const identity = own(body, 'Identity');
  const header = isPlainObject(identity) ? knownString(ctx.resolver.resolveAt(ctx.stack, joinPointer(pointer, 'Identity', 'Header'))) : undefined;
  return {
    ...entity,
    kind: 'rest-authorizer',
    origin: 'sam',
    api,
    apiValue: api.templateResource ? { kind: 'resource', resource: api.templateResource } : unknownValue('implicit API'),
    apiRef: api.name,
    apiKey: api.key,
    type: { value: { kind: 'known', value: isCognito ? 'COGNITO_USER_POOLS' : payloadType }, source: ref(ctx.stack, pointer) },
    providerArns: providerArns(ctx, joinPointer(pointer, 'UserPoolArn')),
    // SAM always reads a header for Cognito and TOKEN authorizers (`Identity.Header`, default `Authorization`).
    identitySource: {
      value: isCognito || payloadType === 'TOKEN' ? { kind: 'known', value: `method.request.header.${header ?? 'Authorization'}` } : ABSENT,
      source: ref(ctx.stack, joinPointer(pointer, 'Identity')),
    },
    authorizationScopes: fieldAt(ctx, joinPointer(pointer, 'AuthorizationScopes')),
    propertiesSource: ref(ctx.stack, pointer),
  };
}

/** SAM `HttpApi` authorizers: `JwtConfiguration` makes an OAuth2 (JWT) authorizer, `FunctionArn` a Lambda (REQUEST) one. */
function samHttpAuthorizer(ctx: Ctx, api: HttpApi, entity: Entity, pointer: Pointer, body: Record<string, unknown>): HttpAuthorizer {
  const jwtKey = keyIgnoringCase(body, 'JwtConfiguration');
  const isJwt = jwtKey !== undefined || own(body, 'FunctionArn') === undefined;
  return {
    ...entity,
    kind: 'http-authorizer',
    origin: 'sam',
    api,
    apiValue: api.templateResource ? { kind: 'resource', resource: api.templateResource } : unknownValue('implicit API'),
    apiRef: api.name,
    apiKey: api.key,
    type: { value: { kind: 'known', value: isJwt ? 'JWT' : 'REQUEST' }, source: ref(ctx.stack, pointer) },
    jwt: isJwt ? jwtConfiguration(ctx, joinPointer(pointer, jwtKey ?? 'JwtConfiguration'), true) : undefined,
    identitySource: fieldAt(ctx, joinPointer(pointer, 'IdentitySource')),
    authorizationScopes: fieldAt(ctx, joinPointer(pointer, 'AuthorizationScopes')),
    propertiesSource: ref(ctx.stack, pointer),
  };
}

function readSamEvents(
  ctx: Ctx,
  restByResource: Map<TemplateResource, RestApi>,
  httpByResource: Map<TemplateResource, HttpApi>,
  out: ApiEntities,
): void {
  const { stack } = ctx;
  let implicitRest: RestApi | undefined;
  let implicitHttp: HttpApi | undefined;
  const implicit = (type: 'Api' | 'HttpApi', firstUse: SourceRef): RestApi | HttpApi => {
    const globalsPointer = joinPointer('/Globals', type);
    const hasGlobals = stack.input.resourcesPointer === '/Resources' && valueAtPointer(stack.doc.data, globalsPointer) !== undefined;
    const logicalId = type === 'Api' ? IMPLICIT_REST_API : IMPLICIT_HTTP_API;
    const entity: Entity = {
      name: logicalId,
      source: hasGlobals ? ref(stack, globalsPointer) : firstUse,
      resource: { logicalId, type: type === 'Api' ? SAM_API : SAM_HTTP_API, stack: stack.name },
    };
    const key = `implicit:${stack.key}#${logicalId}`;
    if (type === 'Api') {
      if (!implicitRest) {
        implicitRest = newRestApi(entity, 'sam-implicit', key);
        (implicitRest as { samAuth: SamApiAuth | undefined }).samAuth = readSamAuth(ctx, implicitRest, undefined, out);
        out.restApis.push(implicitRest);
      }
      return implicitRest;
    }
    if (!implicitHttp) {
      implicitHttp = newHttpApi(entity, 'sam-implicit', key, { value: { kind: 'known', value: 'HTTP' }, source: entity.source });
      (implicitHttp as { samAuth: SamApiAuth | undefined }).samAuth = readSamAuth(ctx, implicitHttp, undefined, out);
      out.httpApis.push(implicitHttp);
    }
    return implicitHttp;
  };

  for (const resource of stack.resources.values()) {
    if (resource.type !== SAM_FUNCTION) continue;
    const events = own(resource.properties, 'Events');
    if (!isPlainObject(events)) continue;
    for (const [eventName, event] of Object.entries(events)) {
      if (!isPlainObject(event)) continue;
      const eventType = own(event, 'Type');
      if (eventType !== 'Api' && eventType !== 'HttpApi') continue;
      const eventPointer = joinPointer(resource.propertiesPointer, 'Events', eventName);
      const propsPointer = joinPointer(eventPointer, 'Properties');
      const at = (...tokens: string[]): Field => fieldAt(ctx, joinPointer(propsPointer, ...tokens));
      const apiField = at(eventType === 'Api' ? 'RestApiId' : 'ApiId');
      let api: RestApi | HttpApi | undefined;
      if (apiField.value.kind === 'absent') api = implicit(eventType, ref(stack, eventPointer));
      else if (apiField.value.kind === 'resource' && apiField.value.attribute === undefined) {
        api = eventType === 'Api' ? restByResource.get(apiField.value.resource) : httpByResource.get(apiField.value.resource);
      }
      let path = at('Path');
      let method = at('Method');
      if (eventType === 'HttpApi' && path.value.kind === 'absent' && method.value.kind === 'absent') {
        // SAM's implicit HTTP API plugin: an event without Path and Method is the `$default` route.
        path = { value: { kind: 'known', value: '$default' }, source: path.source };
        method = { value: { kind: 'known', value: 'ANY' }, source: method.source };
      }
      method = upperKnown(method);
      const pathText = knownString(path.value) ?? '<?>';
      const methodText = knownString(method.value) ?? '<?>';
      const label = pathText === '$default' ? '$default' : `${methodText === 'X-AMAZON-APIGATEWAY-ANY-METHOD' ? 'ANY' : methodText} ${pathText}`;
      const samEvent: SamApiEvent = {
        name: `${resource.logicalId}.${eventName}`,
        source: ref(stack, eventPointer),
        resource: templateEntity(resource).resource,
        templateResource: resource,
        kind: 'sam-event',
        eventType,
        functionName: resource.logicalId,
        eventName,
        api,
        apiValue: apiField.value,
        apiRef: expressionText(ctx, apiField),
        path,
        method,
        label,
        authorizer: at('Auth', 'Authorizer'),
        authorizationScopes: at('Auth', 'AuthorizationScopes'),
        propertiesSource: ref(stack, propsPointer),
      };
      api?.samEvents.push(samEvent);
      out.samEvents.push(samEvent);
    }
  }
}

// ────────────────────────────────────────────────────────────────────────────────────────────
// Helpers rules share
// ────────────────────────────────────────────────────────────────────────────────────────────

/** The resource of `type` a value refers to (`Ref` or `Fn::GetAtt`), directly or as a part of a string. */
export function referencedResource(value: Resolved, type: string): TemplateResource | undefined {
  const first = (found: readonly (TemplateResource | undefined)[]): TemplateResource | undefined => found.find((r) => r !== undefined);
  return foldResolved(value, {
    resource: ({ resource }) => (resource.type === type ? resource : undefined),
    concat: first,
    anyOf: first,
    otherwise: () => undefined,
  });
}

/** The upper-cased known strings a value may take (`Fn::If`, a parameter default), and whether some alternative is not known. */
export function knownAlternatives(value: Resolved): { values: string[]; absent: boolean; unknown: boolean } {
  const values: string[] = [];
  let absent = false;
  let unknown = false;
  for (const alt of alternatives(value)) {
    if (alt.kind === 'absent') absent = true;
    else {
      const text = knownString(alt);
      if (text === undefined) unknown = true;
      else values.push(text);
    }
  }
  return { values, absent, unknown };
}

/** `AuthorizationType` is `NONE` or absent in some alternative: the method (or route) may be open. */
export function mayBeUnauthenticated(authorizationType: Resolved): boolean {
  const { values, absent } = knownAlternatives(authorizationType);
  return absent || values.some((v) => v.toUpperCase() === 'NONE');
}

/** True when the value may be `want` (case-insensitive) in some alternative. */
export function mayBe(value: Resolved, want: string): boolean {
  return knownAlternatives(value).values.some((v) => v.toUpperCase() === want.toUpperCase());
}

/** True when the value is certainly a string other than `other` in every alternative. */
export function certainlyNot(value: Resolved, other: string): boolean {
  const { values, absent, unknown } = knownAlternatives(value);
  return !unknown && !absent && values.length > 0 && values.every((v) => v.toUpperCase() !== other.toUpperCase());
}

/** The route key of an HTTP route, as written. */
export function routeLabel(route: HttpRoute): string {
  return knownString(route.routeKey.value) ?? describe(route.routeKey.value);
}

/** How messages name the API a method, route, authorizer or event belongs to. */
export function apiName(entity: { readonly api: RestApi | HttpApi | undefined; readonly apiRef: string }): string {
  return entity.api ? entity.api.name : entity.apiRef;
}

/** A reference as a reader wrote it: the logical ID or literal it resolves to, else a short rendering of the expression. */
function expressionText(ctx: Ctx, field: Field): string {
  const value = field.value;
  if (value.kind === 'absent') return '(none)';
  if (value.kind === 'resource') return value.attribute ? `${value.resource.logicalId}.${value.attribute}` : value.resource.logicalId;
  const text = knownString(value);
  if (text !== undefined) return text;
  const raw = valueAtPointer(ctx.stack.doc.data, field.source.pointer);
  const render = (node: unknown, depth: number): string => {
    if (depth > 3) return '…';
    if (typeof node === 'string' || typeof node === 'number' || typeof node === 'boolean') return String(node);
    if (Array.isArray(node)) return `[${node.map((n) => render(n, depth + 1)).join(', ')}]`;
    const fn = intrinsicName(node);
    if (fn && isPlainObject(node)) return `${fn} ${render(own(node, fn), depth + 1)}`;
    return describe(value);
  };
  return render(raw, 0);
}

/** Does the REST API of a method have any authorizer? `unknown` when its definition cannot be read or the API is not in the model. */
export function restApiHasAuthorizer(entities: ApiEntities, method: RestMethod): Tri {
  const byKey = method.apiKey !== undefined && entities.restAuthorizers.some((a) => a.apiKey === method.apiKey);
  if (byKey) return true;
  const api = method.api;
  if (!api) return 'unknown';
  if (api.authorizers.length > 0) return true;
  if (api.definition.state === 'external' || api.definition.state === 'unknown') return 'unknown';
  if (api.samAuth && !api.samAuth.authorizersReadable) return 'unknown';
  return false;
}

/** The JWT authorizers of the API of a route (by model edge, or by the same API reference). */
export function jwtAuthorizersOfRoute(entities: ApiEntities, route: HttpRoute): HttpAuthorizer[] {
  return entities.httpAuthorizers.filter(
    (a) => (route.api !== undefined ? a.api === route.api : a.apiKey !== undefined && a.apiKey === route.apiKey) && mayBe(a.type.value, 'JWT'),
  );
}

/** A JWT authorizer's issuer names a Cognito user pool: its host is `cognito-idp.…`, or it refers to a user pool resource. */
export function isCognitoIssuer(value: Resolved): boolean {
  return alternatives(value).some((alt) => referencedResource(alt, USER_POOL) !== undefined || /cognito-idp/i.test(fixedText(alt)));
}

/** The fixed text of a value (unknown parts dropped). */
function fixedText(value: Resolved): string {
  return foldResolved(value, { known: (v) => String(v.value ?? ''), concat: (parts) => parts.join(''), otherwise: () => '' });
}

function issuerUserPool(value: Resolved): TemplateResource | undefined {
  return referencedResource(value, USER_POOL);
}

const USER_POOL_ID = /^[a-z]{2}(-[a-z]+)+-\d_[0-9A-Za-z]+$/;

/** A literal user pool ID (`us-east-1_AbCdEf123`). */
export function isUserPoolIdText(text: string): boolean {
  return USER_POOL_ID.test(text);
}

function issuerUserPoolId(value: Resolved): string | undefined {
  const text = knownString(value);
  if (text === undefined) return undefined;
  const last = text.slice(text.lastIndexOf('/') + 1);
  return isUserPoolIdText(last) ? last : undefined;
}

// ─── Judging strings by their fixed parts ───────────────────────────────────────────────────
//
// A value built with `Fn::Sub`/`Fn::Join` is judged by its fixed parts (docs/semantics.md#resolved-value):
// an unknown part may stand for any text, so a value is *certainly wrong* only when no
// text in the unknown parts could make it match. User pool references stand for what
// CloudFormation returns: `Ref` the pool ID, `Arn`, `ProviderURL`, `ProviderName`.

interface Atom {
  readonly test: (c: string) => boolean;
  readonly repeat: boolean;
}

const literal = (text: string): Atom[] => [...text].map((ch) => ({ test: (c: string) => c === ch, repeat: false }));
const charClass = (re: RegExp): Atom => ({ test: (c: string) => re.test(c), repeat: true });

const REGION_ATOMS = [charClass(/[a-z0-9-]/)];
const POOL_ID_ATOMS = [charClass(/[a-z0-9-]/), ...literal('_'), charClass(/[0-9A-Za-z]/)];

/** `https://cognito-idp.<region>.amazonaws.com[.cn]/<userPoolId>` (docs/semantics.md#http-api-jwt-authorizers). */
const ISSUER_GRAMMARS: Atom[][] = ['.amazonaws.com/', '.amazonaws.com.cn/'].map((suffix) => [
  ...literal('https://cognito-idp.'),
  ...REGION_ATOMS,
  ...literal(suffix),
  ...POOL_ID_ATOMS,
]);

/** `arn:<partition>:cognito-idp:<region>:<account>:userpool/<userPoolId>` (docs/semantics.md#rest-api-authorizers). */
const USER_POOL_ARN_GRAMMAR: Atom[] = [
  ...literal('arn:aws'),
  { test: (c) => /[a-z-]/.test(c), repeat: true },
  ...literal(':cognito-idp:'),
  ...REGION_ATOMS,
  ...literal(':'),
  charClass(/[0-9]/),
  ...literal(':userpool/'),
  ...POOL_ID_ATOMS,
];
// `arn:aws:` has no partition suffix: allow the repeated class to be skipped.
const USER_POOL_ARN_GRAMMARS: Atom[][] = [
  USER_POOL_ARN_GRAMMAR,
  [...literal('arn:aws'), ...USER_POOL_ARN_GRAMMAR.slice(8)],
];

const SAMPLE_REGION = 'us-east-1';
const SAMPLE_POOL_ID = 'us-east-1_Sample000';

/** What CloudFormation returns for a user pool reference; undefined for anything else (an unknown part). */
function userPoolSample(value: Resolved & { kind: 'resource' }): string | undefined {
  if (value.resource.type !== USER_POOL) return undefined;
  switch (value.attribute) {
    case undefined:
    case 'UserPoolId':
      return SAMPLE_POOL_ID;
    case 'Arn':
      return `arn:aws:cognito-idp:${SAMPLE_REGION}:123456789012:userpool/${SAMPLE_POOL_ID}`;
    case 'ProviderURL':
      return `https://cognito-idp.${SAMPLE_REGION}.amazonaws.com/${SAMPLE_POOL_ID}`;
    case 'ProviderName':
      return `cognito-idp.${SAMPLE_REGION}.amazonaws.com/${SAMPLE_POOL_ID}`;
    default:
      return undefined;
  }
}

type Segment = string | null; // null: any text

function segments(value: Resolved): Segment[] | undefined {
  switch (value.kind) {
    case 'known':
      return value.value === null ? undefined : [String(value.value)];
    case 'resource': {
      const sample = userPoolSample(value);
      return [sample ?? null];
    }
    case 'concat': {
      const out: Segment[] = [];
      for (const part of value.parts) {
        if (part.kind === 'known' || part.kind === 'resource' || part.kind === 'concat') {
          const inner = segments(part);
          if (!inner) out.push(null);
          else out.push(...inner);
        } else out.push(null);
      }
      return out;
    }
    case 'unknown':
      return [null];
    default:
      return undefined;
  }
}

const ALPHABET = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i));

function step(grammar: Atom[], states: Set<number>, c: string): Set<number> {
  const next = new Set<number>();
  for (const s of states) {
    if (s < grammar.length && grammar[s]!.test(c)) next.add(s + 1);
    if (s > 0 && grammar[s - 1]!.repeat && grammar[s - 1]!.test(c)) next.add(s);
  }
  return next;
}

/** Could some text in the unknown parts make the segments a word of the grammar? */
function canMatch(grammar: Atom[], parts: Segment[]): boolean {
  let states = new Set<number>([0]);
  for (const part of parts) {
    if (part === null) {
      const closure = new Set(states);
      const queue = [...states];
      while (queue.length > 0) {
        const s = queue.pop()!;
        for (const c of ALPHABET) {
          for (const t of step(grammar, new Set([s]), c)) {
            if (!closure.has(t)) {
              closure.add(t);
              queue.push(t);
            }
          }
        }
      }
      states = closure;
    } else {
      for (const c of part) {
        states = step(grammar, states, c);
        if (states.size === 0) return false;
      }
    }
  }
  return states.has(grammar.length);
}

/** Can the value be written in one of the grammars? Unknown when none of its text is known. */
function matchesGrammar(value: Resolved, grammars: Atom[][]): Tri {
  const parts = segments(value);
  if (!parts) return 'unknown';
  if (parts.every((p) => p === null)) return 'unknown';
  return grammars.some((g) => canMatch(g, parts));
}

/** Is this (single-alternative) value a well-formed Cognito issuer `https://cognito-idp.<region>.amazonaws.com/<userPoolId>`? */
export function judgeCognitoIssuer(value: Resolved): Tri {
  return matchesGrammar(value, ISSUER_GRAMMARS);
}

/** Is this (single-alternative) value a user pool ARN? */
export function judgeUserPoolArn(value: Resolved): Tri {
  return matchesGrammar(value, USER_POOL_ARN_GRAMMARS);
}

/** Why an issuer is not the Cognito form, for messages. */
export function issuerDefect(value: Resolved): 'arn' | 'http' | 'trailingSlash' | 'noRegion' | 'malformed' {
  const refersToArn = (v: Resolved): boolean =>
    (v.kind === 'resource' && v.resource.type === USER_POOL && v.attribute === 'Arn') || (v.kind === 'concat' && v.parts.some(refersToArn));
  const text = (segments(value) ?? []).map((s) => s ?? '').join('');
  if (refersToArn(value) || /:userpool\//.test(text)) return 'arn';
  if (/^http:\/\//i.test(text)) return 'http';
  if (text.endsWith('/')) return 'trailingSlash';
  if (/cognito-idp\.amazonaws\.com/i.test(text)) return 'noRegion';
  return 'malformed';
}
