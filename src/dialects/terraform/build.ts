/**
 * The identity core of a Terraform plan or state as the model's entities: IAM roles and their
 * policies, identity pools, their roles attachments (`roles`, `role_mapping`) and S3 buckets.
 * Resources and attributes follow the AWS provider's documentation
 * (https://registry.terraform.io/providers/hashicorp/aws/latest/docs).
 */
import type { Entity, IdentityPool, MappingRule, PolicyRecord, Role, SlotKind } from '../../model/entities.js';
import { newIdentityPool, newRole } from '../../model/entities.js';
import type { ModelParts } from '../../model/contribution.js';
import { identityPoolNamed } from '../../model/model.js';
import type { Bucket, CorsRule, LifecycleRule } from '../../model/s3.js';
import { normalisePolicy, plainResolver, type PolicyDocument, type PolicyKind } from '../../iam/document.js';
import { isPlainObject } from '../../core/objects.js';
import { knownString, scalarAlternatives, type Resolved } from '../../values/resolved.js';
import type { SourceRef } from '../../parsers/source.js';
import type { TfDocument, TfResource } from './plan.js';
import { policyText } from './policy-text.js';
import { renderedDocument } from './policy-document.js';
import { AttributeReader, AFTER_APPLY, type AttributePath } from './values.js';

export function entityOf(resource: TfResource): Entity {
  return {
    name: resource.address,
    source: { doc: resource.node.source.doc, pointer: resource.pointer },
    resource: resource.findingResource,
    templateResource: resource.node,
  };
}

/** What one document's resources become. */
interface Reading {
  readonly tf: TfDocument;
  readonly parts: ModelParts;
  readonly roles: Map<TfResource, Role>;
  readonly rolesByName: Map<string, Role>;
  readonly rolesByArn: Map<string, Role>;
  /** `aws_iam_policy` records, by resource and by known ARN. */
  readonly policies: Map<TfResource, PolicyRecord>;
  readonly policiesByArn: Map<string, PolicyRecord>;
}

/** Reads the document's IAM and identity pool resources into `parts`; returns how a value names one of its roles. */
export function readIdentityCore(tf: TfDocument, parts: ModelParts): (value: Resolved) => Role | undefined {
  const reading: Reading = {
    tf,
    parts,
    roles: new Map(),
    rolesByName: new Map(),
    rolesByArn: new Map(),
    policies: new Map(),
    policiesByArn: new Map(),
  };
  const ofType = (type: string): TfResource[] => tf.resources.filter((r) => r.type === type && r.mode === 'managed');
  for (const resource of ofType('aws_iam_role')) readRole(reading, resource);
  for (const resource of ofType('aws_iam_policy')) readManagedPolicy(reading, resource);
  const claimedInline = new Map<Role, Set<string>>();
  for (const resource of ofType('aws_iam_role_policy')) readRolePolicy(reading, resource, claimedInline);
  for (const resource of ofType('aws_iam_role_policy_attachment')) readAttachment(reading, resource, ['role'], false);
  for (const resource of ofType('aws_iam_policy_attachment')) readAttachment(reading, resource, ['roles'], true);
  // The role's own lists last: a state lists there what the resources above attach too.
  for (const [resource, role] of reading.roles) readRoleLists(reading, resource, role, claimedInline.get(role));
  // Resource-based policies: a bucket's (CloudFormation's AWS::S3::BucketPolicy).
  for (const resource of ofType('aws_s3_bucket_policy')) {
    const read = new AttributeReader(tf, resource);
    record(
      reading,
      entityOf(resource),
      'resource',
      policyAt(reading, read, ['policy'], 'resource', `${resource.address} policy`),
      [],
    );
  }
  for (const resource of ofType('aws_cognito_identity_pool')) parts.identityPools.push(readIdentityPool(tf, resource));
  for (const resource of ofType('aws_cognito_identity_pool_roles_attachment')) readRolesAttachment(reading, resource);
  return (value) => roleNamed(reading, value);
}

/** A policy document held as JSON text in an attribute, normalised; undefined (with a note) when it is known only after apply. */
function policyAt(
  reading: Reading,
  read: AttributeReader,
  path: AttributePath,
  kind: PolicyKind,
  name: string,
): PolicyDocument | undefined {
  const source = read.source(...path);
  if (read.isUnknown(...path)) {
    // `data.aws_iam_policy_document.<name>.json` read only at apply: rebuilt from the plan's blocks.
    const rendered = renderedDocument(read, path);
    if (rendered)
      return normalisePolicy(rendered.data, { kind, name, source: rendered.source, resolve: rendered.resolve });
    reading.parts.notes.push({
      message: `The document of \`${name}\` is ${AFTER_APPLY} (it is computed from values the plan does not know), so no rule judged it; lint the state (\`terraform show -json\`) after apply.`,
      at: source,
    });
    return undefined;
  }
  const raw = read.raw(...path);
  if (raw === undefined || raw === null || raw === '') return undefined;
  const node = typeof raw === 'string' ? policyText(raw, source) : undefined;
  if (!node || !isPlainObject(node.data)) {
    // Text that is not a JSON object: policy/invalid reads the value as it is.
    return normalisePolicy(raw, { kind, name, source, resolve: plainResolver });
  }
  return normalisePolicy(node.data, { kind, name, source: node.source, resolve: plainResolver });
}

function record(
  reading: Reading,
  owner: Entity,
  policyType: PolicyRecord['policyType'],
  document: PolicyDocument | undefined,
  roles: Role[],
): PolicyRecord | undefined {
  if (!document) return undefined;
  const out: PolicyRecord = { document, owner, policyType, roles };
  reading.parts.policies.push(out);
  return out;
}

function readRole(reading: Reading, resource: TfResource): void {
  const read = new AttributeReader(reading.tf, resource);
  const entity = entityOf(resource);
  const trust = policyAt(reading, read, ['assume_role_policy'], 'trust', `${resource.address} trust policy`);
  const role = newRole(entity, trust, {
    roleName: knownString(read.value(['name']).value),
    arn: knownString(read.value(['arn']).value),
  });
  record(reading, entity, 'trust', trust, [role]);
  reading.parts.roles.push(role);
  reading.roles.set(resource, role);
  if (role.roleName !== undefined) reading.rolesByName.set(role.roleName, role);
  if (role.arn !== undefined) reading.rolesByArn.set(role.arn, role);
}

function readManagedPolicy(reading: Reading, resource: TfResource): void {
  const read = new AttributeReader(reading.tf, resource);
  const name = knownString(read.value(['name']).value) ?? resource.address;
  const out = record(reading, entityOf(resource), 'managed', policyAt(reading, read, ['policy'], 'identity', name), []);
  if (!out) return;
  reading.policies.set(resource, out);
  const arn = knownString(read.value(['arn']).value);
  if (arn !== undefined) reading.policiesByArn.set(arn, out);
}

/** The role a value names: a reference to an `aws_iam_role`, or a role name or ARN known statically. */
function roleNamed(reading: Reading, value: Resolved): Role | undefined {
  if (value.kind === 'resource') {
    for (const [resource, role] of reading.roles) if (resource.node === value.resource) return role;
    return undefined;
  }
  const text = knownString(value);
  if (text === undefined) return undefined;
  if (text.startsWith('arn:'))
    return reading.rolesByArn.get(text) ?? reading.rolesByName.get(text.slice(text.lastIndexOf('/') + 1));
  return reading.rolesByName.get(text);
}

function attach(role: Role, out: PolicyRecord, via: 'policy-resource' | 'managed-policy-resource'): void {
  if (out.roles.includes(role)) return;
  out.roles.push(role);
  role.policies.push({ record: out, via });
}

function readRolePolicy(reading: Reading, resource: TfResource, claimed: Map<Role, Set<string>>): void {
  const read = new AttributeReader(reading.tf, resource);
  const name = knownString(read.value(['name']).value) ?? resource.address;
  const out = record(
    reading,
    entityOf(resource),
    'inline-resource',
    policyAt(reading, read, ['policy'], 'identity', name),
    [],
  );
  const role = roleNamed(reading, read.value(['role'], true).value);
  if (!role) return;
  // A state lists this policy in the role's `inline_policy` too: it is read once, here.
  const names = claimed.get(role) ?? new Set<string>();
  names.add(name);
  claimed.set(role, names);
  if (out) attach(role, out, 'policy-resource');
}

/** `aws_iam_role_policy_attachment` (`role`) and `aws_iam_policy_attachment` (`roles`): a managed policy on roles. */
function readAttachment(reading: Reading, resource: TfResource, path: AttributePath, many: boolean): void {
  const read = new AttributeReader(reading.tf, resource);
  const roles: Role[] = [];
  if (many) {
    const { items, known } = read.items(path);
    for (const item of items) {
      const role = roleNamed(reading, item.value);
      if (role) roles.push(role);
    }
    if (!known)
      for (const target of read.references(path).targets) {
        const role = reading.roles.get(target.resource);
        if (role) roles.push(role);
      }
  } else {
    const role = roleNamed(reading, read.value(path, true).value);
    if (role) roles.push(role);
  }
  const arn = read.value(['policy_arn'], true);
  const policy = policyNamed(reading, arn.value);
  for (const role of roles) {
    if (policy) attach(role, policy, 'managed-policy-resource');
    else if (!role.managedPolicyArns.some((m) => sameArn(m.value, arn.value)))
      role.managedPolicyArns.push({ value: arn.value, source: arn.source });
  }
}

function policyNamed(reading: Reading, value: Resolved): PolicyRecord | undefined {
  if (value.kind === 'resource') {
    for (const [resource, out] of reading.policies) if (resource.node === value.resource) return out;
    return undefined;
  }
  const text = knownString(value);
  return text === undefined ? undefined : reading.policiesByArn.get(text);
}

function sameArn(a: Resolved, b: Resolved): boolean {
  const x = knownString(a);
  return x !== undefined && x === knownString(b);
}

/** A role's `inline_policy` blocks and `managed_policy_arns`, less what policy resources attach (a state lists them here too). */
function readRoleLists(
  reading: Reading,
  resource: TfResource,
  role: Role,
  claimed: ReadonlySet<string> | undefined,
): void {
  const read = new AttributeReader(reading.tf, resource);
  const entity = entityOf(resource);
  for (const i of read.blocks(['inline_policy'])) {
    const name =
      knownString(read.value(['inline_policy', i, 'name']).value) ?? `${resource.address} inline policy ${i + 1}`;
    if (claimed?.has(name)) continue;
    const out = record(
      reading,
      entity,
      'role-inline',
      policyAt(reading, read, ['inline_policy', i, 'policy'], 'identity', name),
      [role],
    );
    if (out) role.policies.push({ record: out, via: 'inline' });
  }
  for (const item of read.items(['managed_policy_arns']).items) {
    const policy = policyNamed(reading, item.value);
    if (policy) attach(role, policy, 'managed-policy-resource');
    else if (!role.managedPolicyArns.some((m) => sameArn(m.value, item.value))) role.managedPolicyArns.push(item);
  }
}

function readIdentityPool(tf: TfDocument, resource: TfResource): IdentityPool {
  const read = new AttributeReader(tf, resource);
  const providers: IdentityPool['cognitoProviders'] = read.blocks(['cognito_identity_providers']).map((i) => ({
    providerName: read.value(['cognito_identity_providers', i, 'provider_name'], true).value,
    clientId: read.value(['cognito_identity_providers', i, 'client_id'], true).value,
    serverSideTokenCheck: read.value(['cognito_identity_providers', i, 'server_side_token_check']).value,
    source: read.source('cognito_identity_providers', i),
  }));
  return newIdentityPool(entityOf(resource), {
    allowUnauthenticated: read.value(['allow_unauthenticated_identities']),
    allowClassicFlow: read.value(['allow_classic_flow']),
    cognitoProviders: providers,
    // The pool's ID is known in a state (and in a plan that changes an existing pool): a trust's `aud` names it literally.
    poolId: knownString(read.value(['id']).value),
    socialProviders: socialProviders(read),
  });
}

/** `supported_login_providers`: every key is a social provider, where anyone can have an account. */
function socialProviders(read: AttributeReader): IdentityPool['socialProviders'] {
  if (read.isUnknown('supported_login_providers')) return { value: 'unknown', names: [] };
  const raw = read.raw('supported_login_providers');
  if (!isPlainObject(raw)) return { value: false, names: [] };
  const names = Object.keys(raw);
  return { value: names.length > 0, names };
}

function readRolesAttachment(reading: Reading, resource: TfResource): void {
  const { parts } = reading;
  const read = new AttributeReader(reading.tf, resource);
  const via = entityOf(resource);
  const poolValue = read.value(['identity_pool_id'], true).value;
  const pool = identityPoolNamed(parts.identityPools, poolValue);
  const addSlot = (slot: SlotKind, path: AttributePath): Role | undefined => {
    const { value: roleValue, source } = read.value(path, true);
    if (roleValue.kind === 'absent') return undefined;
    const role = scalarAlternatives(roleValue)
      .map((v) => roleNamed(reading, v))
      .find(Boolean);
    parts.slots.push({ slot, pool, poolValue, role, roleValue, source, via });
    return role;
  };
  const written = read.isUnknown('roles') ? read.written('roles') : undefined;
  if (isPlainObject(written)) {
    // A fresh plan knows none of the map (its ARNs are known after apply), and its configuration lists
    // the map's references without their keys: the source beside it says which key names which role.
    for (const key of Object.keys(written)) {
      const text = written[key];
      if ((key !== 'authenticated' && key !== 'unauthenticated') || typeof text !== 'string') continue;
      const roleValue = read.writtenValue(['roles'], text);
      const role = scalarAlternatives(roleValue)
        .map((v) => roleNamed(reading, v))
        .find(Boolean);
      parts.slots.push({ slot: key, pool, poolValue, role, roleValue, source: read.source('roles', key), via });
    }
  } else if (read.isUnknown('roles')) {
    parts.unreadableRoles.push({ pool, source: read.source('roles'), via });
    parts.notes.push({
      message: `The \`roles\` of \`${resource.address}\` are ${AFTER_APPLY} (their ARNs are), and the plan does not say which key each role is under, so which role is the authenticated and which the unauthenticated one is not known; keep the \`.tf\` files beside the plan JSON, or lint the state (\`terraform show -json\`) after apply.`,
      at: read.source('roles'),
    });
  } else {
    const roles = read.raw('roles');
    if (isPlainObject(roles))
      for (const key of Object.keys(roles))
        if (key === 'authenticated' || key === 'unauthenticated') addSlot(key, ['roles', key]);
  }
  for (const i of read.blocks(['role_mapping'])) {
    const mapping: AttributePath = ['role_mapping', i];
    const rules: MappingRule[] = [];
    for (const j of read.blocks([...mapping, 'mapping_rule'])) {
      const rule: AttributePath = [...mapping, 'mapping_rule', j];
      const roleAt: AttributePath = [...rule, 'role_arn'];
      const role = addSlot('rules', roleAt);
      const claim = read.value([...rule, 'claim']);
      const roleValue = read.value(roleAt, true);
      rules.push({
        index: j,
        claim: claim.value,
        claimSource: claim.source,
        matchType: read.value([...rule, 'match_type']).value,
        value: read.value([...rule, 'value']).value,
        source: read.source(...rule),
        roleValue: roleValue.value,
        roleSource: roleValue.source,
        role,
      });
    }
    const provider = read.value([...mapping, 'identity_provider']);
    const type = read.value([...mapping, 'type']);
    const ambiguous = read.value([...mapping, 'ambiguous_role_resolution']);
    parts.roleMappings.push({
      attachment: via,
      pool,
      poolValue,
      key: knownString(provider.value) ?? `role_mapping[${i}]`,
      source: read.source(...mapping),
      identityProvider: provider.value,
      identityProviderSource: provider.source,
      type: type.value,
      typeSource: type.source,
      ambiguousRoleResolution: ambiguous.value,
      ambiguousRoleResolutionSource: ambiguous.source,
      rules,
    });
  }
}

/**
 * Buckets with their CORS rules and lifecycle expiration: the bucket's own (deprecated) `cors_rule`
 * and `lifecycle_rule` blocks, and the `aws_s3_bucket_cors_configuration` and
 * `aws_s3_bucket_lifecycle_configuration` resources whose `bucket` names it.
 */
export function readBuckets(tf: TfDocument): Bucket[] {
  const managed = (type: string): TfResource[] => tf.resources.filter((r) => r.type === type && r.mode === 'managed');
  const buckets = managed('aws_s3_bucket').map((resource) => ({ resource, read: new AttributeReader(tf, resource) }));
  const bucketOf = (read: AttributeReader): TfResource | undefined => {
    const value = read.value(['bucket'], true).value;
    if (value.kind === 'resource') return buckets.find((b) => b.resource.node === value.resource)?.resource;
    const name = knownString(value);
    return name === undefined
      ? undefined
      : buckets.find((b) => knownString(b.read.value(['bucket']).value) === name)?.resource;
  };
  const cors = new Map<TfResource, CorsRule[]>();
  for (const resource of managed('aws_s3_bucket_cors_configuration')) {
    const read = new AttributeReader(tf, resource);
    const bucket = bucketOf(read);
    if (bucket) cors.set(bucket, [...(cors.get(bucket) ?? []), ...corsRules(read, 'cors_rule')]);
  }
  const lifecycle = new Map<TfResource, { rules: LifecycleRule[]; source: SourceRef }>();
  for (const resource of managed('aws_s3_bucket_lifecycle_configuration')) {
    const read = new AttributeReader(tf, resource);
    const bucket = bucketOf(read);
    if (bucket) lifecycle.set(bucket, { rules: lifecycleRules(read, 'rule'), source: read.source() });
  }
  return buckets.map(({ resource, read }) => {
    const own = lifecycle.get(resource);
    const inline = lifecycleRules(read, 'lifecycle_rule');
    return {
      ...entityOf(resource),
      kind: 'bucket',
      templateResource: resource.node,
      bucketName: knownString(read.value(['bucket']).value),
      corsRules: [...corsRules(read, 'cors_rule'), ...(cors.get(resource) ?? [])],
      lifecycleRules: [...inline, ...(own?.rules ?? [])],
      lifecycleConfigurationSource: own?.source ?? (inline.length > 0 ? read.source('lifecycle_rule') : undefined),
      propertiesSource: read.source(),
    };
  });
}

function corsRules(read: AttributeReader, block: string): CorsRule[] {
  return read.blocks([block]).map((i) => ({
    source: read.source(block, i),
    allowedOrigins: read.items([block, i, 'allowed_origins']).items,
    allowedMethods: read.items([block, i, 'allowed_methods']).items,
  }));
}

/**
 * Lifecycle rules: `aws_s3_bucket_lifecycle_configuration` `rule` blocks (`status`, `filter`,
 * `expiration`) or the bucket's deprecated `lifecycle_rule` blocks (`enabled`, `prefix`, `expiration`).
 */
function lifecycleRules(read: AttributeReader, block: string): LifecycleRule[] {
  return read.blocks([block]).map((i) => {
    const at: AttributePath = [block, i];
    const status = knownString(read.value([...at, 'status']).value);
    const enabled = read.value([...at, 'enabled']).value;
    const filter = read.raw(...at, 'filter');
    const filterBlock = Array.isArray(filter) && isPlainObject(filter[0]) ? filter[0] : undefined;
    const prefixes = [read.value([...at, 'prefix']), read.value([...at, 'filter', 0, 'prefix'])];
    const prefixValue = prefixes.find((p) => p.value.kind !== 'absent');
    const prefix = prefixValue === undefined ? '' : knownString(prefixValue.value);
    const expiration = read.raw(...at, 'expiration');
    const expires =
      Array.isArray(expiration) &&
      expiration.some(
        (e) =>
          isPlainObject(e) &&
          ((typeof e.days === 'number' && e.days > 0) || (typeof e.date === 'string' && e.date !== '')),
      );
    const nonEmpty = (v: unknown): boolean =>
      v !== undefined && v !== null && v !== '' && v !== 0 && !(Array.isArray(v) && v.length === 0);
    return {
      source: read.source(...at),
      enabled:
        status !== undefined ? status === 'Enabled' : enabled.kind === 'known' ? enabled.value === true : 'unknown',
      prefix,
      expires,
      filtered:
        filterBlock !== undefined &&
        ['and', 'tag', 'object_size_greater_than', 'object_size_less_than'].some((k) => nonEmpty(filterBlock[k])),
    };
  });
}
