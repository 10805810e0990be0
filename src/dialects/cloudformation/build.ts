/**
 * Builds the IdentityModel from loaded inputs: indexes every template, turns the resources
 * the rules care about into entities, normalises every policy document, reads raw IAM JSON,
 * and links roles to policies and identity pools.
 */
import type { LoadedInputs } from '../../inputs/types.js';
import type { Pointer } from '../../parsers/types.js';
import { joinPointer } from '../../parsers/types.js';
import type { Entity, IdentityPool, PolicyRecord, Role, SlotKind } from '../../model/entities.js';
import { Resolver } from './intrinsics.js';
import type { ModelParts } from '../model-parts.js';
import { normalisePolicy, type PolicyDocument, type PolicyKind, type ValueResolver } from '../../iam/document.js';
import { readTemplatePolicy } from './policy-text.js';
import { readRawIam } from '../iam-json/raw-iam.js';
import { samGeneratedRole } from './sam-functions.js';
import { referencedResources } from '../../values/judge.js';
import { knownString, scalarAlternatives, type Resolved } from '../../values/resolved.js';
import { childRef, type SourceRef } from '../../parsers/source.js';
import { buildStack, findingResourceOf, type Stack, type TemplateResource } from './stack.js';
import { StackIndex } from './universe.js';
import { isPlainObject, own } from '../../core/objects.js';

/** Resource types whose property holds a resource-based policy. */
const RESOURCE_POLICY_PROPERTY: Record<string, string> = {
  'AWS::S3::BucketPolicy': 'PolicyDocument',
  'AWS::SNS::TopicPolicy': 'PolicyDocument',
  'AWS::SQS::QueuePolicy': 'PolicyDocument',
  'AWS::KMS::Key': 'KeyPolicy',
};

export function buildModelParts(inputs: LoadedInputs): ModelParts {
  const stacks = inputs.templates.map(buildStack);
  const index = new StackIndex(stacks);
  const resolver = new Resolver(index);
  index.resolver = resolver;

  const parts: ModelParts = { stacks, resolver, roles: [], policies: [], identityPools: [], slots: [], rawEntities: new Map(), notes: [] };
  const rolesByResource = new Map<TemplateResource, Role>();
  const pendingAttachments: Array<{ record: PolicyRecord; values: Array<{ value: Resolved; source: SourceRef }>; via: 'policy-resource' | 'managed-policy-resource' }> = [];
  const pendingSlots: Array<() => void> = [];

  for (const stack of stacks) {
    const resolve: ValueResolver = (value) => resolver.resolve(stack, value);
    for (const resource of stack.resources.values()) {
      const entity = templateEntity(resource);
      switch (resource.type) {
        case 'AWS::IAM::Role': {
          const role = buildTemplateRole(resource, entity, resolve, resolver, parts);
          rolesByResource.set(resource, role);
          break;
        }
        case 'AWS::IAM::Policy':
        case 'AWS::IAM::ManagedPolicy': {
          const managed = resource.type === 'AWS::IAM::ManagedPolicy';
          const record = policyRecord(parts, entity, managed ? 'managed' : 'inline-resource', 'identity', resource, 'PolicyDocument', resolve, policyResourceName(resource));
          if (record) pendingAttachments.push({ record, values: listValues(resolver, resource, 'Roles'), via: managed ? 'managed-policy-resource' : 'policy-resource' });
          break;
        }
        case 'AWS::IAM::RolePolicy': {
          const record = policyRecord(parts, entity, 'inline-resource', 'identity', resource, 'PolicyDocument', resolve, policyResourceName(resource));
          if (record) pendingAttachments.push({ record, values: listValues(resolver, resource, 'RoleName'), via: 'policy-resource' });
          break;
        }
        case 'AWS::Serverless::Function':
        case 'AWS::Serverless::StateMachine': {
          // The execution role SAM generates from `Policies` (src/dialects/cloudformation/sam-functions.ts).
          const role = samGeneratedRole(resource, entity, {
            resolver,
            readPolicy: (raw, source, name) => templatePolicy(parts, raw, source, 'identity', name, resolve),
            policies: parts.policies,
            notes: parts.notes,
          });
          if (role) parts.roles.push(role);
          break;
        }
        case 'AWS::Cognito::IdentityPool':
          parts.identityPools.push(buildIdentityPool(resource, entity, resolver));
          break;
        case 'AWS::Cognito::IdentityPoolRoleAttachment':
          pendingSlots.push(() => attachmentSlots(resource, entity, resolver, parts, rolesByResource));
          break;
        case 'AWS::Cognito::UserPoolGroup':
          pendingSlots.push(() => groupSlots(resource, entity, resolver, parts, rolesByResource));
          break;
        default: {
          const property = RESOURCE_POLICY_PROPERTY[resource.type];
          if (property) policyRecord(parts, entity, 'resource', 'resource', resource, property, resolve, `${resource.logicalId} ${property}`);
        }
      }
    }
  }

  readRawIam(inputs.iamDocuments, parts);

  const rolesByName = new Map<string, Role>();
  for (const role of parts.roles) if (role.roleName) rolesByName.set(role.roleName, role);
  const rolesByExpression = new Map<string, Role>();
  for (const [resource, role] of rolesByResource) {
    for (const alt of scalarAlternatives(resolver.resolveAt(resource.stack, joinPointer(resource.propertiesPointer, 'RoleName')))) {
      const key = nameExpression(alt);
      if (key !== undefined) rolesByExpression.set(key, role);
    }
  }
  for (const pending of pendingAttachments) {
    for (const { value } of pending.values) {
      for (const alt of scalarAlternatives(value)) {
        const key = nameExpression(alt);
        const role = roleFromValue(alt, rolesByResource, rolesByName, parts.roles) ?? (key === undefined ? undefined : rolesByExpression.get(key));
        if (role && !pending.record.roles.includes(role)) {
          pending.record.roles.push(role);
          role.policies.push({ record: pending.record, via: pending.via });
        }
      }
    }
  }
  // A role's `ManagedPolicyArns` may reference a customer managed policy of the run (`Ref` of an AWS::IAM::ManagedPolicy).
  for (const role of parts.roles) {
    for (const { value } of role.managedPolicyArns) {
      for (const alt of scalarAlternatives(value)) {
        if (alt.kind !== 'resource' || alt.resource.type !== 'AWS::IAM::ManagedPolicy') continue;
        const record = parts.policies.find((p) => p.owner.templateResource === alt.resource);
        if (record && !record.roles.includes(role)) {
          record.roles.push(role);
          role.policies.push({ record, via: 'managed-policy-resource' });
        }
      }
    }
  }
  for (const link of pendingSlots) link();
  return parts;
}

export function templateEntity(resource: TemplateResource): Entity {
  return {
    name: resource.logicalId,
    source: resource.source,
    resource: findingResourceOf(resource),
    templateResource: resource,
  };
}

/** The policy's own name when written literally, else its logical ID. */
function policyResourceName(resource: TemplateResource): string {
  for (const property of ['PolicyName', 'ManagedPolicyName']) {
    const value = own(resource.properties, property);
    if (typeof value === 'string') return value;
  }
  return resource.logicalId;
}

/** Normalise the policy at `Properties.<property>` of a resource and record it. */
function policyRecord(
  parts: ModelParts,
  owner: Entity,
  policyType: PolicyRecord['policyType'],
  kind: PolicyKind,
  resource: TemplateResource,
  property: string,
  resolve: ValueResolver,
  name: string,
): PolicyRecord | undefined {
  const raw = own(resource.properties, property);
  if (raw === undefined) return undefined;
  const source: SourceRef = { doc: resource.stack.doc, pointer: joinPointer(resource.propertiesPointer, property) };
  const record: PolicyRecord = { document: templatePolicy(parts, raw, source, kind, name, resolve), owner, policyType, roles: [] };
  parts.policies.push(record);
  return record;
}

/** Normalise a policy node of a template: an object, or JSON text (literal or built by intrinsics). */
function templatePolicy(parts: ModelParts, raw: unknown, source: SourceRef, kind: PolicyKind, name: string, resolve: ValueResolver): PolicyDocument {
  const read = readTemplatePolicy(raw, source, resolve, `\`${name}\``);
  parts.notes.push(...read.notes);
  return normalisePolicy(read.data, { kind, name, source: read.source, resolve: read.resolve, ...(read.asWritten ? { asWritten: read.asWritten } : {}) });
}

function buildTemplateRole(
  resource: TemplateResource,
  entity: Entity,
  resolve: ValueResolver,
  resolver: Resolver,
  parts: ModelParts,
): Role {
  const props = resource.properties;
  const role: Role = {
    ...entity,
    kind: 'role',
    trust: undefined,
    policies: [],
    managedPolicyArns: listValues(resolver, resource, 'ManagedPolicyArns'),
    roleName: knownString(resolver.resolveAt(resource.stack, joinPointer(resource.propertiesPointer, 'RoleName'))),
    arn: undefined,
  };
  const trustRecord = policyRecord(parts, entity, 'trust', 'trust', resource, 'AssumeRolePolicyDocument', resolve, `${resource.logicalId} trust policy`);
  if (trustRecord) {
    (role as { trust: Role['trust'] }).trust = trustRecord.document;
    trustRecord.roles.push(role);
  }
  const inline = own(props, 'Policies');
  if (Array.isArray(inline)) {
    inline.forEach((policy, i) => {
      if (!isPlainObject(policy) || !Object.prototype.hasOwnProperty.call(policy, 'PolicyDocument')) return;
      const pointer = joinPointer(resource.propertiesPointer, 'Policies', i, 'PolicyDocument');
      const name = typeof policy.PolicyName === 'string' ? policy.PolicyName : `${resource.logicalId} inline policy ${i + 1}`;
      const record: PolicyRecord = {
        document: templatePolicy(parts, policy.PolicyDocument, { doc: resource.stack.doc, pointer }, 'identity', name, resolve),
        owner: entity,
        policyType: 'role-inline',
        roles: [role],
      };
      parts.policies.push(record);
      role.policies.push({ record, via: 'inline' });
    });
  }
  parts.roles.push(role);
  return role;
}

/** The values of a property that is a list (or a single value), each with its source. */
function listValues(resolver: Resolver, resource: TemplateResource, property: string): Array<{ value: Resolved; source: SourceRef }> {
  const raw = own(resource.properties, property);
  if (raw === undefined) return [];
  const base: SourceRef = { doc: resource.stack.doc, pointer: joinPointer(resource.propertiesPointer, property) };
  if (Array.isArray(raw)) {
    return raw.map((_, i) => {
      const source = childRef(base, i);
      return { value: resolver.resolveAt(resource.stack, source.pointer), source };
    });
  }
  const value = resolver.resolveAt(resource.stack, base.pointer);
  if (value.kind === 'list') return value.items.map((item) => ({ value: item, source: base }));
  return [{ value, source: base }];
}

function buildIdentityPool(resource: TemplateResource, entity: Entity, resolver: Resolver): IdentityPool {
  const at = (name: string): SourceRef => ({ doc: resource.stack.doc, pointer: joinPointer(resource.propertiesPointer, name) });
  const providers: IdentityPool['cognitoProviders'] = [];
  const rawProviders = own(resource.properties, 'CognitoIdentityProviders');
  if (Array.isArray(rawProviders)) {
    rawProviders.forEach((_, i) => {
      const source = childRef(at('CognitoIdentityProviders'), i);
      const field = (name: string): Resolved => resolver.resolveAt(resource.stack, joinPointer(source.pointer, name));
      providers.push({ providerName: field('ProviderName'), clientId: field('ClientId'), serverSideTokenCheck: field('ServerSideTokenCheck'), source });
    });
  }
  return {
    ...entity,
    kind: 'identity-pool',
    allowUnauthenticated: resolver.resolveAt(resource.stack, at('AllowUnauthenticatedIdentities').pointer),
    allowUnauthenticatedSource: at('AllowUnauthenticatedIdentities'),
    allowClassicFlow: resolver.resolveAt(resource.stack, at('AllowClassicFlow').pointer),
    allowClassicFlowSource: at('AllowClassicFlow'),
    cognitoProviders: providers,
    ...(resource.stack.input.physicalIds ? { poolId: resource.logicalId } : {}),
  };
}

/** The role a value names: a Ref/GetAtt of an `AWS::IAM::Role`, or a role ARN / name known statically. */
function roleFromValue(value: Resolved, byResource: Map<TemplateResource, Role>, byName: Map<string, Role>, roles: Role[]): Role | undefined {
  if (value.kind === 'resource') return byResource.get(value.resource);
  const text = knownString(value);
  if (text === undefined) return undefined;
  if (text.startsWith('arn:')) {
    const byArn = roles.find((r) => r.arn === text);
    if (byArn) return byArn;
    const name = text.slice(text.lastIndexOf('/') + 1);
    return byName.get(name);
  }
  return byName.get(text);
}

/**
 * A name built from other resources' values and text (`!Join ['', [!Ref UserPool, '-AdminGroupRole']]`, the
 * way Amplify names a user pool group's role and its storage policies name it back): unknown until deployed,
 * but two such names built from the same resources and the same text are the same name. A key for that, or
 * undefined when a part is neither text nor a resource's value (or no part is a resource: knownString covers those).
 */
function nameExpression(value: Resolved): string | undefined {
  const parts: string[] = [];
  let text = '';
  let resources = 0;
  const walk = (v: Resolved): boolean => {
    if (v.kind === 'concat') return v.parts.every(walk);
    if (v.kind === 'known' && v.value !== null) {
      text += String(v.value);
      return true;
    }
    if (v.kind !== 'resource') return false;
    parts.push(JSON.stringify(text), JSON.stringify([v.resource.stack.key, v.resource.logicalId, v.attribute ?? '']));
    text = '';
    resources++;
    return true;
  };
  if (!walk(value) || resources === 0 || (value.kind === 'resource' && text === '')) return undefined;
  parts.push(JSON.stringify(text));
  return parts.join('');
}

function poolFromValue(value: Resolved, parts: ModelParts): IdentityPool | undefined {
  if (value.kind !== 'resource' || (value.attribute !== undefined && value.attribute !== 'Id')) return undefined;
  return parts.identityPools.find((p) => p.templateResource === value.resource);
}

function attachmentSlots(
  resource: TemplateResource,
  entity: Entity,
  resolver: Resolver,
  parts: ModelParts,
  rolesByResource: Map<TemplateResource, Role>,
): void {
  const stack = resource.stack;
  const poolValue = resolver.resolveAt(stack, joinPointer(resource.propertiesPointer, 'IdentityPoolId'));
  const pool = poolFromValue(poolValue, parts);
  const rolesByName = new Map(parts.roles.filter((r) => r.roleName).map((r) => [r.roleName!, r]));
  const addSlot = (slot: SlotKind, pointer: Pointer): void => {
    const roleValue = resolver.resolveAt(stack, pointer);
    if (roleValue.kind === 'absent') return;
    const candidates = scalarAlternatives(roleValue).filter((v) => v.kind !== 'absent');
    const roles = candidates.map((v) => roleFromValue(v, rolesByResource, rolesByName, parts.roles));
    const distinct = [...new Set(roles)];
    for (const role of distinct.length ? distinct : [undefined]) {
      parts.slots.push({ slot, pool, poolValue, role, roleValue, source: { doc: stack.doc, pointer }, via: entity });
    }
  };
  const roles = own(resource.properties, 'Roles');
  if (isPlainObject(roles)) {
    for (const key of Object.keys(roles)) {
      if (key === 'authenticated' || key === 'unauthenticated') addSlot(key, joinPointer(resource.propertiesPointer, 'Roles', key));
    }
  }
  const mappings = own(resource.properties, 'RoleMappings');
  if (isPlainObject(mappings)) {
    for (const [key, mapping] of Object.entries(mappings)) {
      if (!isPlainObject(mapping)) continue;
      const rules = own(own(mapping, 'RulesConfiguration') as Record<string, unknown> ?? {}, 'Rules');
      if (!Array.isArray(rules)) continue;
      rules.forEach((_, i) =>
        addSlot('rules', joinPointer(resource.propertiesPointer, 'RoleMappings', key, 'RulesConfiguration', 'Rules', i, 'RoleARN')),
      );
    }
  }
}

/**
 * Token-based role mapping: a user pool group's `RoleArn` is offered to the group's members by
 * every identity pool that accepts that user pool as a provider.
 */
function groupSlots(
  resource: TemplateResource,
  entity: Entity,
  resolver: Resolver,
  parts: ModelParts,
  rolesByResource: Map<TemplateResource, Role>,
): void {
  const stack = resource.stack;
  const pointer = joinPointer(resource.propertiesPointer, 'RoleArn');
  const roleValue = resolver.resolveAt(stack, pointer);
  if (roleValue.kind === 'absent') return;
  const rolesByName = new Map(parts.roles.filter((r) => r.roleName).map((r) => [r.roleName!, r]));
  const role = scalarAlternatives(roleValue).map((v) => roleFromValue(v, rolesByResource, rolesByName, parts.roles)).find(Boolean);
  const userPool = resolver.resolveAt(stack, joinPointer(resource.propertiesPointer, 'UserPoolId'));
  const pools = userPool.kind === 'resource' ? parts.identityPools.filter((p) => poolAcceptsUserPool(p, userPool.resource)) : [];
  const source: SourceRef = { doc: stack.doc, pointer };
  if (pools.length === 0) {
    parts.slots.push({ slot: 'group', pool: undefined, poolValue: { kind: 'unknown', reason: 'no identity pool in this run accepts the group\'s user pool' }, role, roleValue, source, via: entity });
  }
  for (const pool of pools) {
    const poolValue: Resolved = { kind: 'resource', resource: pool.templateResource! };
    parts.slots.push({ slot: 'group', pool, poolValue, role, roleValue, source, via: entity });
  }
}

/** Does the identity pool list `userPool` among its `CognitoIdentityProviders` (by reference)? */
export function poolAcceptsUserPool(pool: IdentityPool, userPool: TemplateResource): boolean {
  return pool.cognitoProviders.some((p) => referencedResources(p.providerName).includes(userPool) || physicalProvider(p.providerName, userPool.stack)?.userPool === userPool);
}

/**
 * The user pool (and app client) a provider name written out names, among resources read from an
 * account, whose logical IDs are their IDs (src/inputs/aws-account.ts): `ProviderName` and
 * `IdentityProviderName` are `cognito-idp.<region>.amazonaws.com/<user pool ID>`, a `RoleMappings`
 * key adds `:<client ID>`. In a template a literal ID names nothing in the run.
 */
export function physicalProvider(value: Resolved, stack: Stack): { userPool: TemplateResource | undefined; client: TemplateResource | undefined } | undefined {
  if (!stack.input.physicalIds) return undefined;
  const match = /^cognito-idp\.[a-z0-9-]+\.amazonaws\.com(?:\.cn)?\/([^:/]+)(?::([^:/]+))?$/.exec(knownString(value) ?? '');
  if (!match) return undefined;
  const byId = (id: string | undefined, type: string) => {
    const resource = id !== undefined ? stack.resources.get(id) : undefined;
    return resource?.type === type ? resource : undefined;
  };
  return { userPool: byId(match[1], 'AWS::Cognito::UserPool'), client: byId(match[2], 'AWS::Cognito::UserPoolClient') };
}

