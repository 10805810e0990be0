/**
 * Builds the IdentityModel from loaded inputs: indexes every template, turns the resources
 * the rules care about into entities, normalises every policy document, reads raw IAM JSON,
 * and links roles to policies and identity pools.
 */
import type { TemplateInput } from '../../inputs/types.js';
import type { Entity, IdentityPool, PolicyRecord, Role, SlotKind } from '../../model/entities.js';
import { newIdentityPool, newRole } from '../../model/entities.js';
import { poolAcceptsUserPool } from '../../model/cognito.js';
import {
  PropertyReader,
  readResources,
  type ListItem,
  type PathToken,
  type ResourceReader,
  type ResourceReaders,
} from './properties.js';
import { Resolver } from './intrinsics.js';
import { emptyParts, type ModelParts } from '../../model/contribution.js';
import { readRoleMappings } from './role-mappings.js';
import { normalisePolicy, type PolicyDocument, type PolicyKind, type ValueResolver } from '../../iam/document.js';
import { readTemplatePolicy } from './policy-text.js';
import { samGeneratedRole } from './sam-functions.js';
import {
  describe,
  foldResolved,
  HOLE,
  knownString,
  scalarAlternatives,
  templateText,
  type Resolved,
} from '../../values/resolved.js';
import type { SourceRef } from '../../parsers/source.js';
import { buildStack, templateEntity, templateResourceOf, type Stack, type TemplateResource } from './stack.js';
import { StackIndex } from './universe.js';
import { linkLocalNestedStacks } from './local-nested.js';
import { isPlainObject } from '../../core/objects.js';
import { intrinsicName } from '../../iam/intrinsic-shape.js';
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
  readonly resolver: Resolver;
  /** Roles of the dialects read before this one (IAM JSON), which a policy or slot may name. */
  readonly earlierRoles: readonly Role[];
  /** Every role a policy or slot may name, by name too: set once the roles are read. */
  linkable?: { readonly roles: readonly Role[]; readonly byName: ReadonlyMap<string, Role> };
  readonly rolesByResource: Map<ResourceNode, Role>;
  readonly pendingAttachments: PendingAttachment[];
}

/** A reader of a policy resource whose `Properties.PolicyDocument` attaches to the roles named by `rolesProperty`. */
function policyResource(
  policyType: PolicyRecord['policyType'],
  rolesProperty: string,
  via: PendingAttachment['via'],
): ResourceReader<BuildContext> {
  return (resource, read, context) => {
    const record = policyRecord(
      context,
      templateEntity(resource),
      policyType,
      'identity',
      resource,
      read,
      'PolicyDocument',
      policyResourceName(read, resource),
    );
    if (record) context.pendingAttachments.push({ record, values: read.entries(rolesProperty), via });
  };
}

/** The execution role SAM generates from `Policies` (src/dialects/cloudformation/sam-functions.ts). */
const samRole: ResourceReader<BuildContext> = (resource, read, { parts, resolver }) => {
  const role = samGeneratedRole(resource, read, templateEntity(resource), {
    readPolicy: (raw, source, name) =>
      templatePolicy(parts, raw, source, 'identity', name, resolverOf(resolver, resource)),
    policies: parts.policies,
    notes: parts.notes,
  });
  if (role) parts.roles.push(role);
};

/** Readers of the first pass: roles, policies and identity pools. */
const ENTITY_READERS: ResourceReaders<BuildContext> = {
  'AWS::IAM::Role': (resource, read, context) => {
    context.rolesByResource.set(resource, buildTemplateRole(resource, read, context));
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
      (resource, read, context) => {
        policyRecord(
          context,
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
  'AWS::Cognito::IdentityPoolRoleAttachment': (resource, read, context) => {
    attachmentSlots(resource, read, context);
    readRoleMappings(resource, read, context.parts);
  },
  'AWS::Cognito::UserPoolGroup': (resource, read, context) => groupSlots(resource, read, context),
};

/** The entities of a run's templates; `earlierRoles` are roles other dialects read, which policies and slots may name. */
export function buildModelParts(
  templates: readonly TemplateInput[],
  earlierRoles: readonly Role[] = [],
): { parts: ModelParts; stacks: Stack[]; resolver: Resolver } {
  const stacks = linkLocalNestedStacks(templates).map(buildStack);
  const index = new StackIndex(stacks);
  const resolver = new Resolver(index);
  index.resolver = resolver;

  const parts = emptyParts();
  const context: BuildContext = { parts, resolver, earlierRoles, rolesByResource: new Map(), pendingAttachments: [] };
  readResources(stacks, resolver, ENTITY_READERS, context);

  const linkable = [...earlierRoles, ...parts.roles];
  const rolesByName = new Map<string, Role>();
  for (const role of linkable) if (role.roleName) rolesByName.set(role.roleName, role);
  context.linkable = { roles: linkable, byName: rolesByName };
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
          roleFromValue(alt, context.rolesByResource, rolesByName, linkable) ??
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
  return { parts, stacks, resolver };
}

/** How policy normalisation resolves the intrinsics of a resource's stack. */
function resolverOf(resolver: Resolver, resource: TemplateResource): ValueResolver {
  return (value) => resolver.resolve(resource.stack, value);
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
  { parts, resolver }: BuildContext,
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
    document: templatePolicy(parts, raw, read.source(property), kind, name, resolverOf(resolver, resource)),
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
function buildTemplateRole(resource: TemplateResource, read: PropertyReader, context: BuildContext): Role {
  const { parts, resolver } = context;
  const entity = templateEntity(resource);
  const trustRecord = policyRecord(
    context,
    entity,
    'trust',
    'trust',
    resource,
    read,
    'AssumeRolePolicyDocument',
    `${resource.logicalId} trust policy`,
  );
  const role = newRole(entity, trustRecord?.document, {
    managedPolicyArns: read.entries('ManagedPolicyArns'),
    roleName: knownString(read.value('RoleName').value),
  });
  trustRecord?.roles.push(role);
  const inline = read.raw('Policies');
  if (Array.isArray(inline)) {
    inline.forEach((policy, i) => {
      if (!isPlainObject(policy) || !Object.prototype.hasOwnProperty.call(policy, 'PolicyDocument')) return;
      const name =
        inlinePolicyName(read.value('Policies', i, 'PolicyName').value) ??
        `${resource.logicalId} inline policy ${i + 1}`;
      const record: PolicyRecord = {
        document: templatePolicy(
          parts,
          policy.PolicyDocument,
          read.source('Policies', i, 'PolicyDocument'),
          'identity',
          name,
          resolverOf(resolver, resource),
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
  return newIdentityPool(templateEntity(resource), {
    allowUnauthenticated: read.value('AllowUnauthenticatedIdentities'),
    allowClassicFlow: read.value('AllowClassicFlow'),
    cognitoProviders: providers,
    poolId: resource.stack.input.physicalIds ? resource.logicalId : undefined,
    socialProviders: socialProviders(read),
  });
}

/**
 * An inline policy's name as messages give it: as written, with what is not known shown as such
 * (`${AWS::StackName}-uploads`, `<?>-myservice-lambda` for a stage given nowhere); undefined when it
 * is absent or has alternatives (`Fn::If`), which messages then name by position.
 */
function inlinePolicyName(value: Resolved): string | undefined {
  const oneText = foldResolved<boolean>(value, {
    known: () => true,
    unknown: () => true,
    resource: () => true,
    concat: (parts) => parts.every(Boolean),
    otherwise: () => false,
  });
  if (!oneText || (value.kind !== 'known' && value.kind !== 'concat')) return undefined;
  const text = describe(value);
  return text === '' ? undefined : text;
}

/** `SupportedLoginProviders`: the documented keys are all social providers, where anyone can have an account. */
function socialProviders(read: PropertyReader): IdentityPool['socialProviders'] {
  const raw = read.raw('SupportedLoginProviders');
  if (raw === undefined) return { value: false, names: [] };
  if (isPlainObject(raw) && intrinsicName(raw) === undefined) {
    const names = Object.keys(raw).filter((k) => read.value('SupportedLoginProviders', k).value.kind !== 'absent');
    return { value: names.length > 0, names };
  }
  const value = read.value('SupportedLoginProviders').value;
  return { value: value.kind === 'absent' ? false : 'unknown', names: [] };
}

/** The role a value names: a Ref/GetAtt of an `AWS::IAM::Role`, or a role ARN / name known statically. */
function roleFromValue(
  value: Resolved,
  byResource: Map<ResourceNode, Role>,
  byName: ReadonlyMap<string, Role>,
  roles: readonly Role[],
): Role | undefined {
  if (value.kind === 'resource') return byResource.get(value.resource);
  const text = knownString(value);
  if (text === undefined) return roleNamedInArnTemplate(value, byName);
  if (text.startsWith('arn:')) {
    const byArn = roles.find((r) => r.arn === text);
    if (byArn) return byArn;
    const name = text.slice(text.lastIndexOf('/') + 1);
    return byName.get(name);
  }
  return byName.get(text);
}

/**
 * The role an ARN built from parts names by its fixed name (`!Sub 'arn:aws:iam::${AWS::AccountId}:role/AppGuestRole'`,
 * a common way to attach a role by name): the text after the last `/` of a `:role/` ARN, when no part of it is
 * unknown (docs/semantics.md#resolved-value: a template of parts is judged by its fixed parts).
 */
function roleNamedInArnTemplate(value: Resolved, byName: ReadonlyMap<string, Role>): Role | undefined {
  const text = templateText(value);
  if (text === undefined || !text.startsWith('arn:') || !text.includes(':role/')) return undefined;
  const name = text.slice(text.lastIndexOf('/') + 1);
  return name === '' || name.includes(HOLE) ? undefined : byName.get(name);
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

function attachmentSlots(resource: TemplateResource, read: PropertyReader, context: BuildContext): void {
  const { parts, rolesByResource } = context;
  const { roles: linkable, byName: rolesByName } = context.linkable!;
  const entity = templateEntity(resource);
  const poolValue = read.value('IdentityPoolId').value;
  const pool = poolFromValue(poolValue, parts);
  const addSlot = (slot: SlotKind, ...path: PathToken[]): void => {
    const { value: roleValue, source } = read.value(...path);
    if (roleValue.kind === 'absent') return;
    const candidates = scalarAlternatives(roleValue).filter((v) => v.kind !== 'absent');
    const roles = candidates.map((v) => roleFromValue(v, rolesByResource, rolesByName, linkable));
    const distinct = [...new Set(roles)];
    for (const role of distinct.length ? distinct : [undefined]) {
      parts.slots.push({ slot, pool, poolValue, role, roleValue, source, via: entity });
    }
  };
  const roles = read.raw('Roles');
  if (isPlainObject(roles) && intrinsicName(roles) === undefined) {
    for (const key of Object.keys(roles)) {
      if (key === 'authenticated' || key === 'unauthenticated') addSlot(key, 'Roles', key);
    }
  } else if (roles !== undefined) {
    // A map computed by an intrinsic (`!Ref RoleMap`, an import): which slots it fills is not known.
    parts.unreadableRoles.push({ pool, source: read.source('Roles'), via: entity });
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
function groupSlots(resource: TemplateResource, read: PropertyReader, context: BuildContext): void {
  const { parts, rolesByResource } = context;
  const { roles: linkable, byName: rolesByName } = context.linkable!;
  const entity = templateEntity(resource);
  const { value: roleValue, source } = read.value('RoleArn');
  if (roleValue.kind === 'absent') return;
  const role = scalarAlternatives(roleValue)
    .map((v) => roleFromValue(v, rolesByResource, rolesByName, linkable))
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
