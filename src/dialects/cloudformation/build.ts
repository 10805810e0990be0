/**
 * Builds the IdentityModel from loaded inputs: indexes every template, turns the resources
 * the rules care about into entities, normalises every policy document, reads raw IAM JSON,
 * and links roles to policies and identity pools.
 */
import type { LoadedInputs } from '../../inputs/types.js';
import type { Entity, IdentityPool, PolicyRecord, Role, SlotKind } from '../../model/entities.js';
import {
  PropertyReader,
  readResources,
  type ListItem,
  type PathToken,
  type ResourceReader,
  type ResourceReaders,
} from './properties.js';
import { Resolver } from './intrinsics.js';
import type { ModelParts } from '../model-parts.js';
import { normalisePolicy, type PolicyDocument, type PolicyKind, type ValueResolver } from '../../iam/document.js';
import { readTemplatePolicy } from './policy-text.js';
import { readRawIam } from '../iam-json/raw-iam.js';
import { samGeneratedRole } from './sam-functions.js';
import { referencedResources } from '../../values/judge.js';
import { knownString, scalarAlternatives, type Resolved } from '../../values/resolved.js';
import type { SourceRef } from '../../parsers/source.js';
import { buildStack, findingResourceOf, templateResourceOf, type Stack, type TemplateResource } from './stack.js';
import { StackIndex } from './universe.js';
import { isPlainObject } from '../../core/objects.js';
import type { ResourceNode } from '../../values/resource-node.js';

/** Resource types whose property holds a resource-based policy. */
const RESOURCE_POLICY_PROPERTY: Record<string, string> = {
  'AWS::S3::BucketPolicy': 'PolicyDocument',
  'AWS::SNS::TopicPolicy': 'PolicyDocument',
  'AWS::SQS::QueuePolicy': 'PolicyDocument',
  'AWS::KMS::Key': 'KeyPolicy',
};

/** A policy resource's roles, read now and linked once every role of the run (raw IAM included) is known. */
interface PendingAttachment {
  readonly record: PolicyRecord;
  readonly values: readonly ListItem[];
  readonly via: 'policy-resource' | 'managed-policy-resource';
}

/** What the readers of IAM and identity pool resources fill in. */
interface BuildContext {
  readonly parts: ModelParts;
  readonly rolesByResource: Map<ResourceNode, Role>;
  readonly pendingAttachments: PendingAttachment[];
}

/** A reader of a policy resource whose `Properties.PolicyDocument` attaches to the roles named by `rolesProperty`. */
function policyResource(
  policyType: PolicyRecord['policyType'],
  rolesProperty: string,
  via: PendingAttachment['via'],
): ResourceReader<BuildContext> {
  return (resource, read, { parts, pendingAttachments }) => {
    const record = policyRecord(
      parts,
      templateEntity(resource),
      policyType,
      'identity',
      resource,
      read,
      'PolicyDocument',
      policyResourceName(read, resource),
    );
    if (record) pendingAttachments.push({ record, values: read.entries(rolesProperty), via });
  };
}

/** The execution role SAM generates from `Policies` (src/dialects/cloudformation/sam-functions.ts). */
const samRole: ResourceReader<BuildContext> = (resource, read, { parts }) => {
  const role = samGeneratedRole(resource, read, templateEntity(resource), {
    readPolicy: (raw, source, name) =>
      templatePolicy(parts, raw, source, 'identity', name, resolverOf(parts, resource)),
    policies: parts.policies,
    notes: parts.notes,
  });
  if (role) parts.roles.push(role);
};

/** Readers of the first pass: roles, policies and identity pools. */
const ENTITY_READERS: ResourceReaders<BuildContext> = {
  'AWS::IAM::Role': (resource, read, context) => {
    context.rolesByResource.set(resource, buildTemplateRole(resource, read, context.parts));
  },
  'AWS::IAM::Policy': policyResource('inline-resource', 'Roles', 'policy-resource'),
  'AWS::IAM::ManagedPolicy': policyResource('managed', 'Roles', 'managed-policy-resource'),
  'AWS::IAM::RolePolicy': policyResource('inline-resource', 'RoleName', 'policy-resource'),
  'AWS::Serverless::Function': samRole,
  'AWS::Serverless::StateMachine': samRole,
  'AWS::Cognito::IdentityPool': (resource, read, { parts }) => {
    parts.identityPools.push(buildIdentityPool(resource, read));
  },
  ...Object.fromEntries(
    Object.entries(RESOURCE_POLICY_PROPERTY).map(([type, property]): [string, ResourceReader<BuildContext>] => [
      type,
      (resource, read, { parts }) => {
        policyRecord(
          parts,
          templateEntity(resource),
          'resource',
          'resource',
          resource,
          read,
          property,
          `${resource.logicalId} ${property}`,
        );
      },
    ]),
  ),
};

/** Readers of the last pass, once roles and identity pools are linked: the slots that wire roles to pools. */
const SLOT_READERS: ResourceReaders<BuildContext> = {
  'AWS::Cognito::IdentityPoolRoleAttachment': (resource, read, { parts, rolesByResource }) =>
    attachmentSlots(resource, read, parts, rolesByResource),
  'AWS::Cognito::UserPoolGroup': (resource, read, { parts, rolesByResource }) =>
    groupSlots(resource, read, parts, rolesByResource),
};

export function buildModelParts(inputs: LoadedInputs): ModelParts {
  const stacks = inputs.templates.map(buildStack);
  const index = new StackIndex(stacks);
  const resolver = new Resolver(index);
  index.resolver = resolver;

  const parts: ModelParts = {
    stacks,
    resolver,
    roles: [],
    policies: [],
    identityPools: [],
    slots: [],
    rawEntities: new Map(),
    notes: [],
  };
  const context: BuildContext = { parts, rolesByResource: new Map(), pendingAttachments: [] };
  readResources(stacks, resolver, ENTITY_READERS, context);

  readRawIam(inputs.iamDocuments, parts);

  const rolesByName = new Map<string, Role>();
  for (const role of parts.roles) if (role.roleName) rolesByName.set(role.roleName, role);
  const rolesByExpression = new Map<string, Role>();
  for (const [node, role] of context.rolesByResource) {
    const resource = templateResourceOf(node);
    if (!resource) continue;
    for (const alt of scalarAlternatives(PropertyReader.of(resolver, resource).value('RoleName').value)) {
      const key = nameExpression(alt);
      if (key !== undefined) rolesByExpression.set(key, role);
    }
  }
  for (const pending of context.pendingAttachments) {
    for (const { value } of pending.values) {
      for (const alt of scalarAlternatives(value)) {
        const key = nameExpression(alt);
        const role =
          roleFromValue(alt, context.rolesByResource, rolesByName, parts.roles) ??
          (key === undefined ? undefined : rolesByExpression.get(key));
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
  readResources(stacks, resolver, SLOT_READERS, context);
  return parts;
}

/** How policy normalisation resolves the intrinsics of a resource's stack. */
function resolverOf(parts: ModelParts, resource: TemplateResource): ValueResolver {
  return (value) => parts.resolver.resolve(resource.stack, value);
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
function policyResourceName(read: PropertyReader, resource: TemplateResource): string {
  for (const property of ['PolicyName', 'ManagedPolicyName']) {
    const value = read.raw(property);
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
  read: PropertyReader,
  property: string,
  name: string,
): PolicyRecord | undefined {
  const raw = read.raw(property);
  if (raw === undefined) return undefined;
  const record: PolicyRecord = {
    document: templatePolicy(parts, raw, read.source(property), kind, name, resolverOf(parts, resource)),
    owner,
    policyType,
    roles: [],
  };
  parts.policies.push(record);
  return record;
}

/** Normalise a policy node of a template: an object, or JSON text (literal or built by intrinsics). */
function templatePolicy(
  parts: ModelParts,
  raw: unknown,
  source: SourceRef,
  kind: PolicyKind,
  name: string,
  resolve: ValueResolver,
): PolicyDocument {
  const read = readTemplatePolicy(raw, source, resolve, `\`${name}\``);
  parts.notes.push(...read.notes);
  return normalisePolicy(read.data, {
    kind,
    name,
    source: read.source,
    resolve: read.resolve,
    ...(read.asWritten ? { asWritten: read.asWritten } : {}),
  });
}

/**
 * An `AWS::IAM::Role` with its trust and inline policies. The trust is read before the role is
 * built, so the role is complete when constructed; the records link back to it.
 */
function buildTemplateRole(resource: TemplateResource, read: PropertyReader, parts: ModelParts): Role {
  const entity = templateEntity(resource);
  const trustRecord = policyRecord(
    parts,
    entity,
    'trust',
    'trust',
    resource,
    read,
    'AssumeRolePolicyDocument',
    `${resource.logicalId} trust policy`,
  );
  const role: Role = {
    ...entity,
    kind: 'role',
    trust: trustRecord?.document,
    policies: [],
    managedPolicyArns: read.entries('ManagedPolicyArns'),
    roleName: knownString(read.value('RoleName').value),
    arn: undefined,
  };
  trustRecord?.roles.push(role);
  const inline = read.raw('Policies');
  if (Array.isArray(inline)) {
    inline.forEach((policy, i) => {
      if (!isPlainObject(policy) || !Object.prototype.hasOwnProperty.call(policy, 'PolicyDocument')) return;
      const name =
        typeof policy.PolicyName === 'string' ? policy.PolicyName : `${resource.logicalId} inline policy ${i + 1}`;
      const record: PolicyRecord = {
        document: templatePolicy(
          parts,
          policy.PolicyDocument,
          read.source('Policies', i, 'PolicyDocument'),
          'identity',
          name,
          resolverOf(parts, resource),
        ),
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

function buildIdentityPool(resource: TemplateResource, read: PropertyReader): IdentityPool {
  const providers: IdentityPool['cognitoProviders'] = [];
  const rawProviders = read.raw('CognitoIdentityProviders');
  if (Array.isArray(rawProviders)) {
    rawProviders.forEach((_, i) => {
      const provider = read.child('CognitoIdentityProviders', i);
      providers.push({
        providerName: provider.value('ProviderName').value,
        clientId: provider.value('ClientId').value,
        serverSideTokenCheck: provider.value('ServerSideTokenCheck').value,
        source: provider.source(),
      });
    });
  }
  const allowUnauthenticated = read.value('AllowUnauthenticatedIdentities');
  const allowClassicFlow = read.value('AllowClassicFlow');
  return {
    ...templateEntity(resource),
    kind: 'identity-pool',
    allowUnauthenticated: allowUnauthenticated.value,
    allowUnauthenticatedSource: allowUnauthenticated.source,
    allowClassicFlow: allowClassicFlow.value,
    allowClassicFlowSource: allowClassicFlow.source,
    cognitoProviders: providers,
    ...(resource.stack.input.physicalIds ? { poolId: resource.logicalId } : {}),
  };
}

/** The role a value names: a Ref/GetAtt of an `AWS::IAM::Role`, or a role ARN / name known statically. */
function roleFromValue(
  value: Resolved,
  byResource: Map<ResourceNode, Role>,
  byName: Map<string, Role>,
  roles: Role[],
): Role | undefined {
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
    parts.push(
      JSON.stringify(text),
      JSON.stringify([
        templateResourceOf(v.resource)?.stack.key ?? v.resource.deployment,
        v.resource.logicalId,
        v.attribute ?? '',
      ]),
    );
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
  read: PropertyReader,
  parts: ModelParts,
  rolesByResource: Map<ResourceNode, Role>,
): void {
  const entity = templateEntity(resource);
  const poolValue = read.value('IdentityPoolId').value;
  const pool = poolFromValue(poolValue, parts);
  const rolesByName = new Map(parts.roles.filter((r) => r.roleName).map((r) => [r.roleName!, r]));
  const addSlot = (slot: SlotKind, ...path: PathToken[]): void => {
    const { value: roleValue, source } = read.value(...path);
    if (roleValue.kind === 'absent') return;
    const candidates = scalarAlternatives(roleValue).filter((v) => v.kind !== 'absent');
    const roles = candidates.map((v) => roleFromValue(v, rolesByResource, rolesByName, parts.roles));
    const distinct = [...new Set(roles)];
    for (const role of distinct.length ? distinct : [undefined]) {
      parts.slots.push({ slot, pool, poolValue, role, roleValue, source, via: entity });
    }
  };
  const roles = read.raw('Roles');
  if (isPlainObject(roles)) {
    for (const key of Object.keys(roles)) {
      if (key === 'authenticated' || key === 'unauthenticated') addSlot(key, 'Roles', key);
    }
  }
  const mappings = read.raw('RoleMappings');
  if (isPlainObject(mappings)) {
    for (const key of Object.keys(mappings)) {
      const rules = read.raw('RoleMappings', key, 'RulesConfiguration', 'Rules');
      if (!Array.isArray(rules)) continue;
      rules.forEach((_, i) => addSlot('rules', 'RoleMappings', key, 'RulesConfiguration', 'Rules', i, 'RoleARN'));
    }
  }
}

/**
 * Token-based role mapping: a user pool group's `RoleArn` is offered to the group's members by
 * every identity pool that accepts that user pool as a provider.
 */
function groupSlots(
  resource: TemplateResource,
  read: PropertyReader,
  parts: ModelParts,
  rolesByResource: Map<ResourceNode, Role>,
): void {
  const entity = templateEntity(resource);
  const { value: roleValue, source } = read.value('RoleArn');
  if (roleValue.kind === 'absent') return;
  const rolesByName = new Map(parts.roles.filter((r) => r.roleName).map((r) => [r.roleName!, r]));
  const role = scalarAlternatives(roleValue)
    .map((v) => roleFromValue(v, rolesByResource, rolesByName, parts.roles))
    .find(Boolean);
  const userPool = read.value('UserPoolId').value;
  const pools =
    userPool.kind === 'resource' ? parts.identityPools.filter((p) => poolAcceptsUserPool(p, userPool.resource)) : [];
  if (pools.length === 0) {
    parts.slots.push({
      slot: 'group',
      pool: undefined,
      poolValue: { kind: 'unknown', reason: "no identity pool in this run accepts the group's user pool" },
      role,
      roleValue,
      source,
      via: entity,
    });
  }
  for (const pool of pools) {
    const poolValue: Resolved = { kind: 'resource', resource: pool.templateResource! };
    parts.slots.push({ slot: 'group', pool, poolValue, role, roleValue, source, via: entity });
  }
}

/** Does the identity pool list `userPool` among its `CognitoIdentityProviders` (by reference)? */
export function poolAcceptsUserPool(pool: IdentityPool, userPool: ResourceNode): boolean {
  const written = templateResourceOf(userPool);
  return pool.cognitoProviders.some(
    (p) =>
      referencedResources(p.providerName).includes(userPool) ||
      (written !== undefined && physicalProvider(p.providerName, written.stack)?.userPool === userPool),
  );
}

/**
 * The user pool (and app client) a provider name written out names, among resources read from an
 * account, whose logical IDs are their IDs (src/inputs/aws-account.ts): `ProviderName` and
 * `IdentityProviderName` are `cognito-idp.<region>.amazonaws.com/<user pool ID>`, a `RoleMappings`
 * key adds `:<client ID>`. In a template a literal ID names nothing in the run.
 */
export function physicalProvider(
  value: Resolved,
  stack: Stack,
): { userPool: TemplateResource | undefined; client: TemplateResource | undefined } | undefined {
  if (!stack.input.physicalIds) return undefined;
  const match = /^cognito-idp\.[a-z0-9-]+\.amazonaws\.com(?:\.cn)?\/([^:/]+)(?::([^:/]+))?$/.exec(
    knownString(value) ?? '',
  );
  if (!match) return undefined;
  const byId = (id: string | undefined, type: string) => {
    const resource = id !== undefined ? stack.resources.get(id) : undefined;
    return resource?.type === type ? resource : undefined;
  };
  return { userPool: byId(match[1], 'AWS::Cognito::UserPool'), client: byId(match[2], 'AWS::Cognito::UserPoolClient') };
}
