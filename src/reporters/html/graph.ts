/**
 * The picture of the HTML report: who can reach what, read from the model the rules use (not
 * re-derived from the templates), with the findings hung on the nodes and edges they concern.
 *
 * Edges point the way access flows, so that every path from the `internet` node is a way in:
 *
 *   internet ─sign-up→ user pool ─→ app client ─→ identity pool ─slot→ role ─actions→ bucket / API / table / *
 *   internet ─guest→ identity pool;  internet ─no aud→ role (its trust admits any identity pool)
 *   user pool ─→ group ─group role→ role;  user pool ─tokens→ authorizer ─guards→ API;  internet ─open method→ API
 *
 * (The issue sketches "APIs → authorizers → user pools"; the arrows here run the other way so that
 * "what makes this reachable" is always "what lies upstream", which is what the page highlights.)
 *
 * Pure: a model and the findings in, plain data out (types.ts), deterministic order.
 */
import type { Finding, FindingResource } from '../../engine/types.js';
import { SEVERITIES } from '../../engine/types.js';
import type { LoadedInputs } from '../../inputs/types.js';
import { mayBeUnauthenticated } from '../../model/api-queries.js';
import type { Entity } from '../../model/entities.js';
import { exposureOf } from '../../analysis/exposure.js';
import { buildIdentityModel } from '../../dialects/index.js';
import type { IdentityModel } from '../../model/model.js';
import { grantsOf } from '../../analysis/grants.js';
import { readS3Resource } from '../../iam/s3-resources.js';
import { describe, knownString, type Resolved } from '../../values/resolved.js';
import { userPoolClientFor, userPoolFor } from '../../analysis/user-pool-links.js';
import { findingStatus } from '../common/index.js';
import type { GraphNodeKind, ReportGraph, Severity } from './types.js';
import type { ApiAuthorizer, HttpApi, RestApi } from '../../model/apigateway.js';
import type { ResourceNode } from '../../values/resource-node.js';

export const INTERNET_ID = 'internet';

/** The graph of inputs already linted: the model is built again, once, only when an HTML report is asked for. */
export function reportGraphOf(inputs: LoadedInputs, findings: readonly Finding[]): ReportGraph {
  return buildReportGraph(buildIdentityModel(inputs), findings);
}

/** How many actions an edge names before it counts them instead. */
const MAX_ACTIONS_NAMED = 3;

interface MutableNode {
  id: string;
  kind: GraphNodeKind;
  label: string;
  detail?: string;
  findings: Set<number>;
}

interface MutableEdge {
  id: string;
  from: string;
  to: string;
  labels: string[];
  findings: Set<number>;
}

export function buildReportGraph(model: IdentityModel, findings: readonly Finding[]): ReportGraph {
  const nodes = new Map<string, MutableNode>();
  const edges = new Map<string, MutableEdge>();
  /** Finding resource key → the nodes / edges findings about it hang on. */
  const nodesByResource = new Map<string, string[]>();
  const edgesByResource = new Map<string, string[]>();

  const addNode = (kind: GraphNodeKind, id: string, label: string, detail?: string): string => {
    if (!nodes.has(id))
      nodes.set(id, { id, kind, label, ...(detail !== undefined ? { detail } : {}), findings: new Set() });
    return id;
  };
  const entityNode = (kind: GraphNodeKind, entity: Entity, detail?: string): string => {
    const id = `${kind}:${resourceKey(entity.resource)}`;
    addNode(kind, id, entity.name, detail ?? entity.resource.type);
    hang(nodesByResource, entity.resource, id);
    return id;
  };
  const addEdge = (from: string, to: string, label: string, via?: Entity): string => {
    const id = `${from}\u2192${to}`;
    let edge = edges.get(id);
    if (!edge) {
      edge = { id, from, to, labels: [], findings: new Set() };
      edges.set(id, edge);
    }
    if (label && !edge.labels.includes(label)) edge.labels.push(label);
    if (via) hang(edgesByResource, via.resource, id);
    return id;
  };
  const internet = (): string => addNode('internet', INTERNET_ID, 'Anyone on the internet', 'no account needed');

  // Cognito: user pools, their clients and groups, identity pools and what signs in to them.
  const { userPools, clients, groups } = model.userPoolEntities;
  for (const pool of userPools) {
    const id = entityNode('user-pool', pool);
    if (pool.selfSignUp !== false) addEdge(internet(), id, pool.selfSignUp === true ? 'sign-up' : 'sign-up?');
  }
  for (const client of clients) {
    const id = entityNode('app-client', client);
    if (client.userPool) addEdge(entityNode('user-pool', client.userPool), id, 'app client');
  }
  for (const group of groups) {
    const id = entityNode('group', group);
    if (group.userPool) addEdge(entityNode('user-pool', group.userPool), id, 'group');
  }
  for (const pool of model.identityPools) {
    const id = entityNode('identity-pool', pool);
    const guests = pool.allowUnauthenticated;
    if (guests.kind !== 'absent' && !(guests.kind === 'known' && guests.value === false)) {
      addEdge(internet(), id, guests.kind === 'known' && guests.value === true ? 'guest' : 'guest?');
    }
    for (const provider of pool.cognitoProviders) {
      const client = userPoolClientFor(model, provider.clientId);
      const userPool = userPoolFor(model, provider.providerName);
      if (client) addEdge(entityNode('app-client', client), id, 'signs in');
      else if (userPool) addEdge(entityNode('user-pool', userPool), id, 'signs in');
    }
  }

  // Roles: every role (findings about execution roles need a place too); identity-pool roles get their exposure.
  const identityPoolRoles = new Set(model.identityPoolRoles());
  for (const role of model.roles) {
    const exposure = identityPoolRoles.has(role) ? exposureOf(model, role) : undefined;
    const id = entityNode('role', role, exposure ? `${exposure.label} exposure` : role.resource.type);
    if (exposure?.reasons.some((reason) => reason.kind === 'no-aud')) addEdge(internet(), id, 'no aud');
    for (const grant of grantsOf(role)) {
      if (grant.actions.length === 0) continue;
      const actions = actionsLabel(grant.actions.map((a) => a.id));
      const values = grant.statement.notResource ? undefined : grant.statement.resource?.values.map((v) => v.value);
      for (const value of values ?? [{ kind: 'known', value: '*' } as const]) {
        const target = targetOf(model, value, addNode, entityNode, (resource, node) =>
          hang(nodesByResource, resource, node),
        );
        addEdge(id, target.id, target.key ? `${actions} on ${target.key}` : actions);
      }
    }
  }
  // Policies held by another resource (AWS::IAM::Policy, ManagedPolicy): their findings concern the roles they reach.
  for (const record of model.policies) {
    for (const role of record.roles) hang(nodesByResource, record.owner.resource, `role:${resourceKey(role.resource)}`);
  }
  for (const slot of model.slots) {
    if (!slot.role) continue;
    const role = `role:${resourceKey(slot.role.resource)}`;
    if (slot.slot === 'group') {
      // The group's members get the role through every identity pool that accepts their user pool.
      if (nodes.has(`group:${resourceKey(slot.via.resource)}`))
        addEdge(`group:${resourceKey(slot.via.resource)}`, role, 'group role', slot.via);
      continue;
    }
    if (!slot.pool) continue;
    addEdge(
      entityNode('identity-pool', slot.pool),
      role,
      slot.slot === 'unauthenticated' ? 'guest' : slot.slot === 'rules' ? 'rule-mapped' : 'authenticated',
      slot.via,
    );
  }

  // APIs: authorizers trust user pools' tokens and guard APIs; methods without authorization open them to anyone.
  const { restApis, httpApis, restMethods, httpRoutes, restAuthorizers, httpAuthorizers } = model.apiEntities;
  for (const api of [...restApis, ...httpApis]) entityNode('api', api);
  const apiNode = (api: RestApi | HttpApi): string => `api:${resourceKey(api.resource)}`;
  for (const authorizer of [...restAuthorizers, ...httpAuthorizers] as ApiAuthorizer[]) {
    const id = entityNode('authorizer', authorizer, authorizerType(authorizer));
    const poolResources =
      authorizer.kind === 'rest-authorizer'
        ? authorizer.providerArns.userPools
        : authorizer.jwt?.issuerUserPool
          ? [authorizer.jwt.issuerUserPool]
          : [];
    for (const resource of poolResources) {
      const pool = userPools.find((p) => p.templateResource === resource);
      if (pool) addEdge(entityNode('user-pool', pool), id, 'tokens');
    }
    if (authorizer.api) addEdge(id, apiNode(authorizer.api), 'guards');
  }
  for (const method of restMethods) {
    if (!method.api) continue;
    // Findings about a method concern its API: methods are too many to draw.
    hang(nodesByResource, method.resource, apiNode(method.api));
    const verb = knownString(method.httpMethod.value);
    if (verb !== 'OPTIONS' && mayBeUnauthenticated(method.authorizationType.value))
      addEdge(internet(), apiNode(method.api), `${verb ?? '?'} ${method.path}`);
  }
  for (const route of httpRoutes) {
    if (!route.api) continue;
    hang(nodesByResource, route.resource, apiNode(route.api));
    const key = knownString(route.routeKey.value) ?? '?';
    if (!key.startsWith('OPTIONS ') && mayBeUnauthenticated(route.authorizationType.value))
      addEdge(internet(), apiNode(route.api), key);
  }
  for (const resource of model.apiEntities.restResources)
    if (resource.api) hang(nodesByResource, resource.resource, apiNode(resource.api));

  // A bucket no role reaches is drawn only when a finding concerns it.
  const named = new Set(findings.flatMap((f) => (f.resource ? [resourceKey(f.resource)] : [])));
  for (const bucket of model.buckets) if (named.has(resourceKey(bucket.resource))) entityNode('bucket', bucket);

  // Findings: on the nodes and edges of the resource they name.
  findings.forEach((finding, index) => {
    if (!finding.resource) return;
    const key = resourceKey(finding.resource);
    for (const id of nodesByResource.get(key) ?? []) nodes.get(id)?.findings.add(index);
    for (const id of edgesByResource.get(key) ?? []) edges.get(id)?.findings.add(index);
  });

  const reachable = reachableFrom(INTERNET_ID, [...edges.values()]);
  return {
    nodes: [...nodes.values()].map((n) => ({
      id: n.id,
      kind: n.kind,
      label: n.label,
      ...(n.detail !== undefined ? { detail: n.detail } : {}),
      ...withFindings(n.findings, findings),
      exposed: reachable.has(n.id),
    })),
    edges: [...edges.values()].map((e) => ({
      id: e.id,
      from: e.from,
      to: e.to,
      label: e.labels.join('; '),
      ...withFindings(e.findings, findings),
      exposed: reachable.has(e.from),
    })),
  };
}

/** Findings name a resource by stack (or file) and logical ID (or IAM name): so do the nodes. */
function resourceKey(resource: FindingResource): string {
  return `${resource.stack ?? ''}:${resource.logicalId}`;
}

function hang(index: Map<string, string[]>, resource: FindingResource, id: string): void {
  const key = resourceKey(resource);
  const list = index.get(key) ?? [];
  if (!list.includes(id)) list.push(id);
  index.set(key, list);
}

/** The sorted finding indices and the worst severity among the open ones. */
function withFindings(
  indices: ReadonlySet<number>,
  findings: readonly Finding[],
): { findings: number[]; severity?: Severity } {
  const sorted = [...indices].sort((a, b) => a - b);
  let worst: number | undefined;
  for (const i of sorted) {
    const finding = findings[i]!;
    if (findingStatus(finding) !== 'open') continue;
    const rank = SEVERITIES.indexOf(finding.severity);
    if (worst === undefined || rank < worst) worst = rank;
  }
  return { findings: sorted, ...(worst !== undefined ? { severity: SEVERITIES[worst]! } : {}) };
}

function reachableFrom(start: string, edges: readonly MutableEdge[]): Set<string> {
  const next = new Map<string, string[]>();
  for (const e of edges) next.set(e.from, [...(next.get(e.from) ?? []), e.to]);
  const seen = new Set<string>();
  const queue = next.has(start) ? [start] : [];
  while (queue.length > 0) {
    const id = queue.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    queue.push(...(next.get(id) ?? []));
  }
  return seen;
}

/** `s3:GetObject, s3:PutObject` or `12 actions (s3, dynamodb)`. */
function actionsLabel(ids: readonly string[]): string {
  const unique = [...new Set(ids)];
  if (unique.length <= MAX_ACTIONS_NAMED) return unique.join(', ');
  const services = [...new Set(unique.map((id) => id.split(':')[0]))];
  return `${unique.length} actions (${services.join(', ')})`;
}

function authorizerType(authorizer: ApiAuthorizer): string {
  const type = knownString(authorizer.type.value);
  return type ? `${type} authorizer` : 'authorizer';
}

/**
 * What a `Resource` value points at: a bucket of the run (the key pattern goes on the edge), an
 * API, a template resource (`!GetAtt Table.Arn`), `*`, or the ARN as written.
 */
function targetOf(
  model: IdentityModel,
  value: Resolved,
  addNode: (kind: GraphNodeKind, id: string, label: string, detail?: string) => string,
  entityNode: (kind: GraphNodeKind, entity: Entity, detail?: string) => string,
  hangOn: (resource: FindingResource, id: string) => void,
): { id: string; key?: string } {
  const s3 = readS3Resource(value);
  if (s3.kind === 'any') return { id: addNode('target', 'target:*', '*', 'every resource') };
  if ((s3.kind === 'bucket' || s3.kind === 'object' || s3.kind === 'pattern') && s3.bucket.resource) {
    const bucket = model.buckets.find((b) => b.templateResource === s3.bucket.resource);
    if (bucket)
      return {
        id: entityNode('bucket', bucket),
        ...(s3.kind === 'object' ? { key: `/${s3.key.replace(/\u0000/g, '*')}` } : {}),
      };
  }
  const referenced = firstResource(value);
  if (referenced) {
    const api = [...model.apiEntities.restApis, ...model.apiEntities.httpApis].find(
      (a) => a.templateResource === referenced,
    );
    if (api) return { id: entityNode('api', api) };
    const resource = value.kind === 'resource' ? model.resourceAt(referenced.source) : undefined;
    if (resource) {
      const id = addNode('target', `target:${resourceKey(resource)}`, referenced.logicalId, referenced.type);
      hangOn(resource, id);
      return { id };
    }
  }
  const text = describe(value);
  return { id: addNode('target', `target:${text}`, text, 'resource') };
}

/** The first template resource a value refers to (`!GetAtt Table.Arn`, `${Api}` inside a `Fn::Sub`). */
function firstResource(value: Resolved): ResourceNode | undefined {
  if (value.kind === 'resource') return value.resource;
  if (value.kind === 'concat') {
    for (const part of value.parts) {
      const found = firstResource(part);
      if (found) return found;
    }
  }
  return undefined;
}
