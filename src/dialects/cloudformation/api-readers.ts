/**
 * Reads API Gateway REST and HTTP APIs, SAM APIs and functions: methods, routes and authorizers, and
 * the edges between them and Cognito user pools / app clients.
 *
 * Read from raw CloudFormation and from SAM templates *without* running the SAM transform
 * (docs/semantics.md#sam-apis), with one small reader per resource type, pass by pass (APIs, authorizers,
 * paths, methods and routes, SAM events): a SAM `AWS::Serverless::Api` / `HttpApi` with `Auth` becomes an API with
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
import type { FindingResource } from '../../core/types.js';
import { joinPointer, type Pointer } from '../../parsers/types.js';
import { templateEntity } from './stack.js';
import type { Entity } from '../../model/entities.js';
import { intrinsicName } from '../../iam/intrinsic-shape.js';
import type { Resolver } from './intrinsics.js';
import {
  ABSENT,
  alternatives,
  describe,
  known,
  knownString,
  unknown as unknownValue,
  type Resolved,
} from '../../values/resolved.js';
import { PropertyReader, readResources, type ResourceReader, type ResourceReaders } from './properties.js';
import { valueAtPointer, type SourceRef } from '../../parsers/source.js';
import { templateResourceOf, type Stack, type TemplateResource } from './stack.js';
import type { ResourceNode } from '../../values/resource-node.js';
import { isPlainObject, own } from '../../core/objects.js';
import type {
  ApiDefinition,
  ApiEntities,
  ApiOperation,
  ApiOrigin,
  AudienceEntry,
  Field,
  HttpApi,
  HttpAuthorizer,
  HttpRoute,
  JwtConfiguration,
  ProviderArns,
  RestApi,
  RestAuthorizer,
  RestMethod,
  RestResource,
  SamApiAuth,
  SamApiEvent,
  SecurityRequirementEntry,
} from '../../model/apigateway.js';
import { emptyApiEntities } from '../../model/apigateway.js';
import {
  IMPLICIT_HTTP_API,
  IMPLICIT_REST_API,
  issuerUserPool,
  issuerUserPoolId,
  referencedResource,
  USER_POOL,
  USER_POOL_CLIENT,
} from '../../model/api-queries.js';

const SAM_API = 'AWS::Serverless::Api';
const SAM_HTTP_API = 'AWS::Serverless::HttpApi';
const SAM_FUNCTION = 'AWS::Serverless::Function';

const OPENAPI_METHODS = new Set([
  'get',
  'put',
  'post',
  'delete',
  'options',
  'head',
  'patch',
  'trace',
  'x-amazon-apigateway-any-method',
]);

function ref(stack: Stack, pointer: Pointer): SourceRef {
  return { doc: stack.doc, pointer };
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
function apiKeyOf(stack: Stack, field: Field): string | undefined {
  const value = field.value;
  if (value.kind === 'resource') return resourceKey(value.resource);
  const text = knownString(value);
  if (text !== undefined) return `id:${text}`;
  const raw = valueAtPointer(field.source.doc.data, field.source.pointer);
  if (raw === undefined) return undefined;
  // `!Ref ServerlessRestApi` / `ServerlessHttpApi`: the API SAM creates for the template's events, whose key
  // (readSamEvents) its authorizers carry, so a resource added to it is judged with them.
  const named = isPlainObject(raw) ? own(raw, 'Ref') : undefined;
  if ((named === IMPLICIT_REST_API || named === IMPLICIT_HTTP_API) && !stack.resources.has(named))
    return implicitApiKey(stack, named);
  return `expr:${stack.key}:${JSON.stringify(raw)}`;
}

/** The key of the API SAM creates for a template's events that name none (`ServerlessRestApi`, `ServerlessHttpApi`). */
function implicitApiKey(stack: Stack, logicalId: string): string {
  return `implicit:${stack.key}#${logicalId}`;
}

function resourceKey(resource: ResourceNode): string {
  return `resource:${templateResourceOf(resource)?.stack.key ?? resource.deployment}#${resource.logicalId}`;
}

/** An entity for a node inside a resource (an OpenAPI scheme, a SAM authorizer or event). */
function innerEntity(
  name: string,
  source: SourceRef,
  resource: FindingResource,
  templateResource: ResourceNode | undefined,
): Entity {
  return { name, source, resource, ...(templateResource ? { templateResource } : {}) };
}

function userPoolsIn(entries: readonly Field[]): ResourceNode[] {
  const out: ResourceNode[] = [];
  for (const entry of entries) {
    for (const alt of alternatives(entry.value)) {
      const pool = referencedResource(alt, USER_POOL);
      if (pool && !out.includes(pool)) out.push(pool);
    }
  }
  return out;
}

/** The user pool ARN list at `key` of `read`'s node (`ProviderARNs`, `providerARNs`, SAM `UserPoolArn`). */
function providerArns(read: PropertyReader, key: string): ProviderArns {
  const { value, source } = read.value(key);
  const entries = read.entries(key);
  // Messages name the list as the input writes it (`providerARNs` in OpenAPI, SAM's `UserPoolArn`).
  return {
    ...(key === 'ProviderARNs' ? {} : { name: key }),
    present: value.kind !== 'absent',
    source,
    value,
    entries,
    userPools: userPoolsIn(entries),
  };
}

/** The JWT configuration at `key` of `read`'s node; SAM and OpenAPI accept its keys in any case. */
function jwtConfiguration(read: PropertyReader, key: string, caseInsensitive: boolean): JwtConfiguration {
  const raw = read.raw(key);
  const at = read.child(key);
  const present = raw !== undefined;
  const object = isPlainObject(raw) && !intrinsicName(raw) ? raw : undefined;
  const keyOf = (name: string): string =>
    (object && caseInsensitive ? keyIgnoringCase(object, name) : undefined) ?? name;
  const notObject = (name: string): Field => ({
    value: present ? unknownValue('JwtConfiguration is not an object') : ABSENT,
    source: at.source(keyOf(name)),
  });
  const issuer: Field = object ? at.value(keyOf('Issuer')) : notObject('Issuer');
  // Messages name the list as the input writes it: SAM's and OpenAPI's documents spell it `audience`
  // (SAM OAuth2Authorizer, x-amazon-apigateway-authorizer jwtConfiguration); a missing one by that spelling.
  const audienceKey = caseInsensitive ? ((object && keyIgnoringCase(object, 'Audience')) ?? 'audience') : 'Audience';
  const audience: Field = {
    ...(object ? at.value(keyOf('Audience')) : notObject('Audience')),
    ...(audienceKey === 'Audience' ? {} : { name: audienceKey }),
  };
  const entries = object ? at.entries(keyOf('Audience')) : [];
  const audienceEntries: AudienceEntry[] = entries.map((entry) => {
    let client: ResourceNode | undefined;
    let userPool: ResourceNode | undefined;
    for (const alt of alternatives(entry.value)) {
      if (alt.kind !== 'resource') continue;
      if (alt.resource.type === USER_POOL_CLIENT && (alt.attribute === undefined || alt.attribute === 'ClientId'))
        client = alt.resource;
      if (alt.resource.type === USER_POOL) userPool = alt.resource;
    }
    const clientResource = client && templateResourceOf(client);
    const clientUserPool = clientResource ? read.forResource(clientResource).value('UserPoolId').value : undefined;
    return { ...entry, client, clientUserPool, userPool };
  });
  return {
    present,
    source: at.source(),
    issuer,
    issuerUserPool: issuerUserPool(issuer.value),
    issuerUserPoolId: issuerUserPoolId(issuer.value),
    audience,
    audienceEntries,
  };
}

/** What the API readers fill in, pass by pass: APIs, then authorizers, then paths, methods and routes, then SAM events. */
interface ApiContext {
  readonly resolver: Resolver;
  readonly out: ApiEntities;
  readonly restByResource: Map<ResourceNode, RestApi>;
  readonly httpByResource: Map<ResourceNode, HttpApi>;
  readonly restAuthorizerByResource: Map<ResourceNode, RestAuthorizer>;
  readonly httpAuthorizerByResource: Map<ResourceNode, HttpAuthorizer>;
  /** `AWS::ApiGateway::Resource`s read but not yet built: their paths need every parent. */
  readonly restResourceDrafts: Map<ResourceNode, RestResourceDraft>;
  readonly restResourceByResource: Map<ResourceNode, RestResource>;
}

type RestResourceDraft = Omit<RestResource, 'path' | 'pathKnown'>;

function restApiFor(context: ApiContext, value: Resolved): RestApi | undefined {
  return value.kind === 'resource' && (value.attribute === undefined || value.attribute === 'RestApiId')
    ? context.restByResource.get(value.resource)
    : undefined;
}

function httpApiFor(context: ApiContext, value: Resolved): HttpApi | undefined {
  return value.kind === 'resource' && (value.attribute === undefined || value.attribute === 'ApiId')
    ? context.httpByResource.get(value.resource)
    : undefined;
}

/** The API a resource belongs to, read from its `RestApiId` / `ApiId`, and how messages name it. */
function apiReference<A extends RestApi | HttpApi>(resource: TemplateResource, field: Field, api: A | undefined) {
  return {
    api,
    apiValue: field.value,
    apiRef: expressionText(field),
    apiKey: api?.key ?? apiKeyOf(resource.stack, field),
  };
}

/**
 * Reads a REST API: `AWS::ApiGateway::RestApi` (definition in `Body`) or SAM's `AWS::Serverless::Api`
 * (`DefinitionBody`, plus the authorizers of its `Auth`).
 */
function restApiReader(origin: ApiOrigin): ResourceReader<ApiContext> {
  return (resource, read, context) => {
    const definition = readApiDefinition(read, resource, origin);
    const auth = origin === 'sam' ? readSamAuth(context.resolver, resource.stack, 'Api', resource) : undefined;
    const api = newRestApi(templateEntity(resource), origin, resourceKey(resource), definition.definition, auth?.auth);
    definition.link(api, context.out);
    auth?.link(api, context.out);
    context.restByResource.set(resource, api);
    context.out.restApis.push(api);
  };
}

/** Reads an HTTP (or WebSocket) API: `AWS::ApiGatewayV2::Api` or SAM's `AWS::Serverless::HttpApi`. */
function httpApiReader(origin: ApiOrigin): ResourceReader<ApiContext> {
  return (resource, read, context) => {
    const definition = readApiDefinition(read, resource, origin);
    const auth = origin === 'sam' ? readSamAuth(context.resolver, resource.stack, 'HttpApi', resource) : undefined;
    const api = newHttpApi(
      templateEntity(resource),
      origin,
      resourceKey(resource),
      origin === 'sam' ? { value: known('HTTP'), source: resource.source } : impliedProtocolType(read, definition),
      definition.definition,
      auth?.auth,
    );
    definition.link(api, context.out);
    auth?.link(api, context.out);
    context.httpByResource.set(resource, api);
    context.out.httpApis.push(api);
  };
}

function readApiDefinition(read: PropertyReader, resource: TemplateResource, origin: ApiOrigin) {
  return origin === 'sam'
    ? readDefinition(read, resource, 'DefinitionBody', 'DefinitionUri')
    : readDefinition(read, resource, 'Body', 'BodyS3Location');
}

/** `ProtocolType` as written; importing an OpenAPI definition creates an HTTP API (WebSocket APIs cannot be imported). */
function impliedProtocolType(read: PropertyReader, definition: ReturnType<typeof readDefinition>): Field {
  const written = read.value('ProtocolType');
  return written.value.kind === 'absent' && definition.definition.state !== 'none'
    ? { value: known('HTTP'), source: written.source }
    : written;
}

/** Pass 1: APIs, with their inline definitions and SAM authorizers. */
const API_READERS: ResourceReaders<ApiContext> = {
  'AWS::ApiGateway::RestApi': restApiReader('resource'),
  [SAM_API]: restApiReader('sam'),
  'AWS::ApiGatewayV2::Api': httpApiReader('resource'),
  [SAM_HTTP_API]: httpApiReader('sam'),
};

/** What authorizer resources of both API kinds read alike; scopes belong to methods and routes, not to these. */
function authorizerResourceFields(read: PropertyReader) {
  return {
    identitySource: read.value('IdentitySource'),
    authorizationScopes: { value: ABSENT, source: read.source('AuthorizationScopes') },
    propertiesSource: read.source(),
  };
}

/** Pass 2: authorizer resources. */
const AUTHORIZER_READERS: ResourceReaders<ApiContext> = {
  'AWS::ApiGateway::Authorizer': (resource, read, context) => {
    const apiField = read.value('RestApiId');
    const api = restApiFor(context, apiField.value);
    const authorizer: RestAuthorizer = {
      ...templateEntity(resource),
      kind: 'rest-authorizer',
      origin: 'resource',
      ...apiReference(resource, apiField, api),
      type: upperKnown(read.value('Type')),
      providerArns: providerArns(read, 'ProviderARNs'),
      ...authorizerResourceFields(read),
    };
    api?.authorizers.push(authorizer);
    context.restAuthorizerByResource.set(resource, authorizer);
    context.out.restAuthorizers.push(authorizer);
  },
  'AWS::ApiGatewayV2::Authorizer': (resource, read, context) => {
    const apiField = read.value('ApiId');
    const api = httpApiFor(context, apiField.value);
    const type = upperKnown(read.value('AuthorizerType'));
    const isJwt =
      alternatives(type.value).some((v) => knownString(v) === 'JWT') || read.raw('JwtConfiguration') !== undefined;
    const authorizer: HttpAuthorizer = {
      ...templateEntity(resource),
      kind: 'http-authorizer',
      origin: 'resource',
      ...apiReference(resource, apiField, api),
      type,
      jwt: isJwt ? jwtConfiguration(read, 'JwtConfiguration', false) : undefined,
      ...authorizerResourceFields(read),
    };
    api?.authorizers.push(authorizer);
    context.httpAuthorizerByResource.set(resource, authorizer);
    context.out.httpAuthorizers.push(authorizer);
  },
};

/** Pass 3: REST resources (paths), read first and built once every parent is read. */
const PATH_READERS: ResourceReaders<ApiContext> = {
  'AWS::ApiGateway::Resource': (resource, read, context) => {
    const apiField = read.value('RestApiId');
    const api = restApiFor(context, apiField.value);
    context.restResourceDrafts.set(resource, {
      ...templateEntity(resource),
      kind: 'rest-resource',
      api,
      apiValue: apiField.value,
      apiRef: expressionText(apiField),
      pathPart: read.value('PathPart'),
      parent: read.value('ParentId'),
    });
  },
};

/** Pass 4: REST methods and HTTP routes. */
const METHOD_READERS: ResourceReaders<ApiContext> = {
  'AWS::ApiGateway::Method': (resource, read, context) => {
    const apiField = read.value('RestApiId');
    const api = restApiFor(context, apiField.value);
    const { node, path } = methodPath(read.value('ResourceId').value, context.restResourceByResource);
    const authorizerId = read.value('AuthorizerId');
    const method: RestMethod = {
      ...templateEntity(resource),
      kind: 'rest-method',
      ...apiReference(resource, apiField, api),
      httpMethod: upperKnown(read.value('HttpMethod')),
      restResource: node,
      path,
      authorizationType: upperKnown(read.value('AuthorizationType')),
      authorizerId,
      authorizer: resourceOf(authorizerId.value, context.restAuthorizerByResource, ['AuthorizerId']),
      authorizationScopes: read.value('AuthorizationScopes'),
      apiKeyRequired: read.value('ApiKeyRequired'),
      propertiesSource: read.source(),
    };
    api?.methods.push(method);
    context.out.restMethods.push(method);
  },
  'AWS::ApiGatewayV2::Route': (resource, read, context) => {
    const apiField = read.value('ApiId');
    const api = httpApiFor(context, apiField.value);
    const authorizerId = read.value('AuthorizerId');
    const route: HttpRoute = {
      ...templateEntity(resource),
      kind: 'http-route',
      ...apiReference(resource, apiField, api),
      routeKey: read.value('RouteKey'),
      authorizationType: upperKnown(read.value('AuthorizationType')),
      authorizerId,
      authorizer: resourceOf(authorizerId.value, context.httpAuthorizerByResource, ['AuthorizerId']),
      authorizationScopes: read.value('AuthorizationScopes'),
      propertiesSource: read.source(),
    };
    api?.routes.push(route);
    context.out.httpRoutes.push(route);
  },
};

export function buildApiEntities(stacks: readonly Stack[], resolver: Resolver): ApiEntities {
  const context: ApiContext = {
    resolver,
    out: emptyApiEntities(),
    restByResource: new Map(),
    httpByResource: new Map(),
    restAuthorizerByResource: new Map(),
    httpAuthorizerByResource: new Map(),
    restResourceDrafts: new Map(),
    restResourceByResource: new Map(),
  };
  readResources(stacks, resolver, API_READERS, context);
  readResources(stacks, resolver, AUTHORIZER_READERS, context);
  readResources(stacks, resolver, PATH_READERS, context);
  buildRestResources(context);
  readResources(stacks, resolver, METHOD_READERS, context);
  for (const stack of stacks) readSamEvents(context, stack);
  return context.out;
}

function newRestApi(
  entity: Entity,
  origin: ApiOrigin,
  key: string,
  definition: ApiDefinition,
  samAuth: SamApiAuth | undefined,
): RestApi {
  return {
    ...entity,
    kind: 'rest-api',
    origin,
    key,
    definition,
    authorizers: [],
    restResources: [],
    methods: [],
    samAuth,
    samEvents: [],
  };
}

function newHttpApi(
  entity: Entity,
  origin: ApiOrigin,
  key: string,
  protocolType: Field,
  definition: ApiDefinition,
  samAuth: SamApiAuth | undefined,
): HttpApi {
  return {
    ...entity,
    kind: 'http-api',
    origin,
    key,
    protocolType,
    definition,
    authorizers: [],
    routes: [],
    samAuth,
    samEvents: [],
  };
}

function resourceOf<T>(value: Resolved, map: Map<ResourceNode, T>, attributes: string[]): T | undefined {
  for (const alt of alternatives(value)) {
    if (alt.kind === 'resource' && (alt.attribute === undefined || attributes.includes(alt.attribute))) {
      const found = map.get(alt.resource);
      if (found) return found;
    }
  }
  return undefined;
}

/** Build every REST resource read in pass 3, complete with its path (which needs its chain of parents). */
function buildRestResources(context: ApiContext): void {
  const paths = new Map<RestResourceDraft, { path: string; known: boolean }>();
  for (const [resource, draft] of context.restResourceDrafts) {
    const { path, known } = resourcePath(draft, context.restResourceDrafts, paths, new Set());
    const node: RestResource = { ...draft, path, pathKnown: known };
    context.restResourceByResource.set(resource, node);
    draft.api?.restResources.push(node);
    context.out.restResources.push(node);
  }
}

function resourcePath(
  node: RestResourceDraft,
  drafts: Map<ResourceNode, RestResourceDraft>,
  paths: Map<RestResourceDraft, { path: string; known: boolean }>,
  seen: Set<RestResourceDraft>,
): { path: string; known: boolean } {
  const computed = paths.get(node);
  if (computed) return computed;
  const partText = knownString(node.pathPart.value);
  const part = partText ?? '<?>';
  if (seen.has(node)) return { path: `<?>/${part}`, known: false };
  seen.add(node);
  const parent = node.parent.value;
  let prefix: { path: string; known: boolean };
  if (parent.kind === 'resource' && parent.attribute === 'RootResourceId') prefix = { path: '', known: true };
  else if (
    parent.kind === 'resource' &&
    parent.resource.type === 'AWS::ApiGateway::Resource' &&
    (parent.attribute === undefined || parent.attribute === 'ResourceId')
  ) {
    const parentNode = drafts.get(parent.resource);
    prefix = parentNode ? resourcePath(parentNode, drafts, paths, seen) : { path: '<?>', known: false };
  } else prefix = { path: '<?>', known: false };
  const result = {
    path: `${prefix.path === '/' ? '' : prefix.path}/${part}`,
    known: prefix.known && partText !== undefined,
  };
  paths.set(node, result);
  return result;
}

function methodPath(
  value: Resolved,
  byResource: Map<ResourceNode, RestResource>,
): { node: RestResource | undefined; path: string } {
  if (value.kind === 'resource' && value.attribute === 'RootResourceId') return { node: undefined, path: '/' };
  if (value.kind === 'resource' && value.resource.type === 'AWS::ApiGateway::Resource') {
    const node = byResource.get(value.resource);
    if (node) return { node, path: node.path };
  }
  return { node: undefined, path: '<?>' };
}

// ─── OpenAPI definitions ────────────────────────────────────────────────────────────────────

/**
 * An API's definition, read before the API is built; `link` adds what refers back to the API
 * (the authorizers of its security schemes, its operations) once the API exists.
 */
interface DefinitionRead {
  readonly definition: ApiDefinition;
  readonly link: (api: RestApi | HttpApi, out: ApiEntities) => void;
}

const NO_LINKS = (): void => {};

function readDefinition(
  read: PropertyReader,
  resource: TemplateResource,
  bodyProperty: string,
  externalProperty: string,
): DefinitionRead {
  const raw = read.raw(bodyProperty);
  const source = read.source(bodyProperty);
  if (raw === undefined) {
    if (read.raw(externalProperty) === undefined)
      return { definition: { state: 'none', source: undefined, securitySchemes: [], operations: [] }, link: NO_LINKS };
    return {
      definition: { state: 'external', source: read.source(externalProperty), securitySchemes: [], operations: [] },
      link: NO_LINKS,
    };
  }
  if (!isPlainObject(raw) || intrinsicName(raw))
    return { definition: { state: 'unknown', source, securitySchemes: [], operations: [] }, link: NO_LINKS };
  const definition: ApiDefinition = { state: 'inline', source, securitySchemes: [], operations: [] };
  return {
    definition,
    link: (api, out) => linkDefinition(read.child(bodyProperty), raw, definition, api, resource, out),
  };
}

/** The security schemes (with their authorizers) and operations of an inline OpenAPI document. */
function linkDefinition(
  body: PropertyReader,
  raw: Record<string, unknown>,
  definition: ApiDefinition,
  api: RestApi | HttpApi,
  resource: TemplateResource,
  out: ApiEntities,
): void {
  const schemesPath = isPlainObject(own(raw, 'securityDefinitions'))
    ? ['securityDefinitions']
    : isPlainObject(own(raw, 'components')) &&
        isPlainObject(own(own(raw, 'components') as Record<string, unknown>, 'securitySchemes'))
      ? ['components', 'securitySchemes']
      : undefined;
  const schemes = schemesPath ? (body.raw(...schemesPath) as Record<string, unknown>) : {};
  for (const [name, scheme] of Object.entries(schemes)) {
    if (!isPlainObject(scheme)) continue;
    const at = body.child(...schemesPath!, name);
    const authType = knownString(at.value('x-amazon-apigateway-authtype').value)?.toLowerCase();
    let authorizer: RestAuthorizer | HttpAuthorizer | undefined;
    if (isPlainObject(own(scheme, 'x-amazon-apigateway-authorizer'))) {
      const auth = at.child('x-amazon-apigateway-authorizer');
      const entity = innerEntity(name, at.source(), api.resource, resource);
      const type = upperKnown(auth.value('type'));
      const common = {
        ...entity,
        origin: 'openapi' as const,
        apiValue: { kind: 'resource', resource } as Resolved,
        apiRef: api.name,
        apiKey: api.key,
        type,
        identitySource: auth.value('identitySource'),
        authorizationScopes: { value: ABSENT, source: auth.source('authorizationScopes') },
        propertiesSource: auth.source(),
      };
      if (api.kind === 'rest-api') {
        const restAuthorizer: RestAuthorizer = {
          ...common,
          kind: 'rest-authorizer',
          api,
          providerArns: providerArns(auth, 'providerARNs'),
        };
        api.authorizers.push(restAuthorizer);
        out.restAuthorizers.push(restAuthorizer);
        authorizer = restAuthorizer;
      } else {
        const isJwt = alternatives(type.value).some((v) => knownString(v) === 'JWT');
        const httpAuthorizer: HttpAuthorizer = {
          ...common,
          kind: 'http-authorizer',
          api,
          jwt: isJwt ? jwtConfiguration(auth, 'jwtConfiguration', true) : undefined,
        };
        api.authorizers.push(httpAuthorizer);
        out.httpAuthorizers.push(httpAuthorizer);
        authorizer = httpAuthorizer;
      }
    }
    definition.securitySchemes.push({ name, source: at.source(), authType, authorizer });
  }

  const readSecurity = (...path: string[]): SecurityRequirementEntry[][] | undefined => {
    const node = body.raw(...path);
    if (!Array.isArray(node)) return undefined;
    return node.map((requirement, i) => {
      if (!isPlainObject(requirement)) return [];
      return Object.keys(requirement).map((schemeName) => {
        const { value: scopes, source } = body.value(...path, i, schemeName);
        return {
          name: schemeName,
          scheme: definition.securitySchemes.find((s) => s.name === schemeName),
          scopes,
          source,
        };
      });
    });
  };
  const globalSecurity = readSecurity('security');

  const paths = own(raw, 'paths');
  if (!isPlainObject(paths)) return;
  for (const [path, item] of Object.entries(paths)) {
    if (!isPlainObject(item)) continue;
    for (const [methodKey, operation] of Object.entries(item)) {
      if (!OPENAPI_METHODS.has(methodKey.toLowerCase()) || !isPlainObject(operation)) continue;
      const ownSecurity = readSecurity('paths', path, methodKey, 'security');
      const method = methodKey.toLowerCase() === 'x-amazon-apigateway-any-method' ? 'ANY' : methodKey.toUpperCase();
      const op: ApiOperation = {
        ...innerEntity(`${method} ${path}`, body.source('paths', path, methodKey), api.resource, resource),
        kind: 'api-operation',
        api,
        method,
        path,
        security: ownSecurity ?? globalSecurity,
        securitySource: ownSecurity
          ? body.source('paths', path, methodKey, 'security')
          : globalSecurity
            ? body.source('security')
            : undefined,
      };
      definition.operations.push(op);
      out.operations.push(op);
    }
  }
}

// ─── SAM ────────────────────────────────────────────────────────────────────────────────────

/** The `Auth` blocks of a SAM API: its own, then `Globals.<Api|HttpApi>.Auth` (SAM merges maps, the resource winning). */
function samAuthLayers(
  resolver: Resolver,
  stack: Stack,
  resource: TemplateResource | undefined,
  globalsSection: 'Api' | 'HttpApi',
): PropertyReader[] {
  const layers: PropertyReader[] = [];
  const ownAuth = resource && PropertyReader.of(resolver, resource).child('Auth');
  if (ownAuth && isPlainObject(ownAuth.raw())) layers.push(ownAuth);
  if (stack.input.resourcesPointer === '/Resources') {
    const globals = PropertyReader.at(resolver, stack, joinPointer('/Globals', globalsSection, 'Auth'));
    if (isPlainObject(globals.raw())) layers.push(globals);
  }
  return layers;
}

/** SAM `Auth` of an API, read before the API is built; `link` adds its `Authorizers` to the API. */
interface SamAuthRead {
  readonly auth: SamApiAuth;
  readonly link: (api: RestApi | HttpApi, out: ApiEntities) => void;
}

function readSamAuth(
  resolver: Resolver,
  stack: Stack,
  type: 'Api' | 'HttpApi',
  resource: TemplateResource | undefined,
): SamAuthRead | undefined {
  const layers = samAuthLayers(resolver, stack, resource, type);
  if (layers.length === 0) return undefined;
  const layered = (key: string): Field => {
    for (const layer of layers) if (layer.raw(key) !== undefined) return layer.value(key);
    return { value: ABSENT, source: layers[0]!.source(key) };
  };
  const names: string[] = [];
  const authorizers: Array<{ name: string; at: PropertyReader; body: Record<string, unknown> }> = [];
  let readable = true;
  let definingLayer: PropertyReader | undefined;
  for (const layer of layers) {
    const all = layer.raw('Authorizers');
    if (all === undefined) continue;
    if (!isPlainObject(all) || intrinsicName(all)) {
      readable = false;
      continue;
    }
    definingLayer ??= layer;
    for (const [name, body] of Object.entries(all)) {
      if (names.includes(name) || !isPlainObject(body)) continue;
      names.push(name);
      authorizers.push({ name, at: layer.child('Authorizers', name), body });
    }
  }
  const auth: SamApiAuth = {
    source: (definingLayer ?? layers[0]!).source(),
    defaultAuthorizer: layered('DefaultAuthorizer'),
    addDefaultAuthorizerToCorsPreflight: layered('AddDefaultAuthorizerToCorsPreflight'),
    apiKeyRequired: layered('ApiKeyRequired'),
    authorizerNames: names,
    authorizersReadable: readable,
  };
  const link = (api: RestApi | HttpApi, out: ApiEntities): void => {
    for (const { name, at, body } of authorizers) {
      const entity = innerEntity(name, at.source(), api.resource, resource);
      if (api.kind === 'rest-api') {
        const authorizer = samRestAuthorizer(api, entity, at, body);
        api.authorizers.push(authorizer);
        out.restAuthorizers.push(authorizer);
      } else {
        const authorizer = samHttpAuthorizer(api, entity, at, body);
        api.authorizers.push(authorizer);
        out.httpAuthorizers.push(authorizer);
      }
    }
  };
  return { auth, link };
}

/** SAM `Api` authorizers: `UserPoolArn` makes a Cognito authorizer, `FunctionArn` a Lambda one (`FunctionPayloadType` TOKEN by default). */
function samRestAuthorizer(
  api: RestApi,
  entity: Entity,
  read: PropertyReader,
  body: Record<string, unknown>,
): RestAuthorizer {
  const isCognito = own(body, 'UserPoolArn') !== undefined;
  const payloadType = knownString(read.value('FunctionPayloadType').value)?.toUpperCase() ?? 'TOKEN';
  const identity = own(body, 'Identity');
  const header = isPlainObject(identity) ? knownString(read.value('Identity', 'Header').value) : undefined;
  return {
    ...entity,
    kind: 'rest-authorizer',
    origin: 'sam',
    ...samApiReference(api),
    type: { value: known(isCognito ? 'COGNITO_USER_POOLS' : payloadType), source: read.source() },
    providerArns: providerArns(read, 'UserPoolArn'),
    // SAM always reads a header for Cognito and TOKEN authorizers (`Identity.Header`, default `Authorization`).
    identitySource: {
      value:
        isCognito || payloadType === 'TOKEN' ? known(`method.request.header.${header ?? 'Authorization'}`) : ABSENT,
      source: read.source('Identity'),
    },
    authorizationScopes: read.value('AuthorizationScopes'),
    propertiesSource: read.source(),
  };
}

/** The API a SAM authorizer is declared in (its `Auth`), as `apiReference` gives it for resources. */
function samApiReference<A extends RestApi | HttpApi>(api: A) {
  return {
    api,
    apiValue: api.templateResource
      ? ({ kind: 'resource', resource: api.templateResource } as const)
      : unknownValue('implicit API'),
    apiRef: api.name,
    apiKey: api.key,
  };
}

/** SAM `HttpApi` authorizers: `JwtConfiguration` makes an OAuth2 (JWT) authorizer, `FunctionArn` a Lambda (REQUEST) one. */
function samHttpAuthorizer(
  api: HttpApi,
  entity: Entity,
  read: PropertyReader,
  body: Record<string, unknown>,
): HttpAuthorizer {
  const jwtKey = keyIgnoringCase(body, 'JwtConfiguration');
  const isJwt = jwtKey !== undefined || own(body, 'FunctionArn') === undefined;
  return {
    ...entity,
    kind: 'http-authorizer',
    origin: 'sam',
    ...samApiReference(api),
    type: { value: known(isJwt ? 'JWT' : 'REQUEST'), source: read.source() },
    jwt: isJwt ? jwtConfiguration(read, jwtKey ?? 'JwtConfiguration', true) : undefined,
    identitySource: read.value('IdentitySource'),
    authorizationScopes: read.value('AuthorizationScopes'),
    propertiesSource: read.source(),
  };
}

function readSamEvents(context: ApiContext, stack: Stack): void {
  const { resolver, out } = context;
  let implicitRest: RestApi | undefined;
  let implicitHttp: HttpApi | undefined;
  const implicit = (type: 'Api' | 'HttpApi', firstUse: SourceRef): RestApi | HttpApi => {
    const globalsPointer = joinPointer('/Globals', type);
    const hasGlobals =
      stack.input.resourcesPointer === '/Resources' && valueAtPointer(stack.doc.data, globalsPointer) !== undefined;
    const logicalId = type === 'Api' ? IMPLICIT_REST_API : IMPLICIT_HTTP_API;
    const entity: Entity = {
      name: logicalId,
      source: hasGlobals ? ref(stack, globalsPointer) : firstUse,
      resource: { logicalId, type: type === 'Api' ? SAM_API : SAM_HTTP_API, stack: stack.name },
    };
    const key = implicitApiKey(stack, logicalId);
    if (type === 'Api') {
      if (!implicitRest) {
        const auth = readSamAuth(resolver, stack, 'Api', undefined);
        implicitRest = newRestApi(
          entity,
          'sam-implicit',
          key,
          { state: 'none', source: undefined, securitySchemes: [], operations: [] },
          auth?.auth,
        );
        auth?.link(implicitRest, out);
        out.restApis.push(implicitRest);
      }
      return implicitRest;
    }
    if (!implicitHttp) {
      const auth = readSamAuth(resolver, stack, 'HttpApi', undefined);
      implicitHttp = newHttpApi(
        entity,
        'sam-implicit',
        key,
        { value: known('HTTP'), source: entity.source },
        { state: 'none', source: undefined, securitySchemes: [], operations: [] },
        auth?.auth,
      );
      auth?.link(implicitHttp, out);
      out.httpApis.push(implicitHttp);
    }
    return implicitHttp;
  };

  for (const resource of stack.resources.values()) {
    if (resource.type !== SAM_FUNCTION) continue;
    const read = PropertyReader.of(resolver, resource);
    const events = read.raw('Events');
    if (!isPlainObject(events)) continue;
    for (const [eventName, event] of Object.entries(events)) {
      if (!isPlainObject(event)) continue;
      const eventType = own(event, 'Type');
      if (eventType !== 'Api' && eventType !== 'HttpApi') continue;
      const eventSource = read.source('Events', eventName);
      const props = read.child('Events', eventName, 'Properties');
      const apiField = props.value(eventType === 'Api' ? 'RestApiId' : 'ApiId');
      let api: RestApi | HttpApi | undefined;
      if (apiField.value.kind === 'absent') api = implicit(eventType, eventSource);
      else if (apiField.value.kind === 'resource' && apiField.value.attribute === undefined) {
        api =
          eventType === 'Api'
            ? context.restByResource.get(apiField.value.resource)
            : context.httpByResource.get(apiField.value.resource);
      }
      let path: Field = props.value('Path');
      let method: Field = props.value('Method');
      if (eventType === 'HttpApi' && path.value.kind === 'absent' && method.value.kind === 'absent') {
        // SAM's implicit HTTP API plugin: an event without Path and Method is the `$default` route.
        path = { value: known('$default'), source: path.source };
        method = { value: known('ANY'), source: method.source };
      }
      method = upperKnown(method);
      const pathText = knownString(path.value) ?? '<?>';
      const methodText = knownString(method.value) ?? '<?>';
      const label =
        pathText === '$default'
          ? '$default'
          : `${methodText === 'X-AMAZON-APIGATEWAY-ANY-METHOD' ? 'ANY' : methodText} ${pathText}`;
      const samEvent: SamApiEvent = {
        name: `${resource.logicalId}.${eventName}`,
        source: eventSource,
        resource: templateEntity(resource).resource,
        templateResource: resource,
        kind: 'sam-event',
        eventType,
        functionName: resource.logicalId,
        eventName,
        api,
        apiValue: apiField.value,
        apiRef: expressionText(apiField),
        path,
        method,
        label,
        authorizer: props.value('Auth', 'Authorizer'),
        authorizationScopes: props.value('Auth', 'AuthorizationScopes'),
        propertiesSource: props.source(),
      };
      api?.samEvents.push(samEvent);
      out.samEvents.push(samEvent);
    }
  }
}

/** A reference as a reader wrote it: the logical ID or literal it resolves to, else a short rendering of the expression. */
function expressionText(field: Field): string {
  const value = field.value;
  if (value.kind === 'absent') return '(none)';
  if (value.kind === 'resource')
    return value.attribute ? `${value.resource.logicalId}.${value.attribute}` : value.resource.logicalId;
  const text = knownString(value);
  if (text !== undefined) return text;
  const raw = valueAtPointer(field.source.doc.data, field.source.pointer);
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
