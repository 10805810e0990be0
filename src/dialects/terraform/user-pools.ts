/**
 * Cognito user pools, app clients, user pool groups and identity-pool principal tags of a
 * Terraform plan or state, as the CloudFormation dialect reads their twins (src/model/cognito.ts):
 * https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cognito_user_pool,
 * …/cognito_user_pool_client, …/cognito_user_group, …/cognito_identity_pool_provider_principal_tag.
 *
 * Attributes the provider computes when they are not written (`admin_create_user_config`, a
 * client's `write_attributes`, `explicit_auth_flows`) are known only after apply in a plan: the
 * rules that need them then say so, as for any value not statically known. A state has them all.
 */
import * as tri from '../../core/tri.js';
import { truthOf } from '../../values/judge.js';
import { knownString, type Resolved } from '../../values/resolved.js';
import type { SourceRef } from '../../parsers/source.js';
import type { Role, RoleSlot } from '../../model/entities.js';
import type { IdentityPool } from '../../model/entities.js';
import {
  poolAcceptsUserPool,
  STANDARD_ATTRIBUTES,
  type ListProperty,
  type PrincipalTagMapping,
  type SchemaAttribute,
  type UserPool,
  type UserPoolClient,
  type UserPoolEntities,
  type UserPoolGroup,
} from '../../model/cognito.js';
import { referencedResources } from '../../values/judge.js';
import { isPlainObject } from '../../core/objects.js';
import type { TfDocument, TfResource } from './plan.js';
import { AttributeReader, type AttributePath } from './values.js';
import { entityOf } from './build.js';

function list(read: AttributeReader, path: AttributePath): ListProperty {
  const value = read.value(path);
  const { items, known } = read.items(path);
  return { ...value, items, known };
}

/** The user pool entities of one document, and the `group` slots that offer a group's role through the pools accepting its user pool. */
export function readUserPools(
  tf: TfDocument,
  identityPools: readonly IdentityPool[],
  roleNamed: (value: Resolved) => Role | undefined,
): { entities: UserPoolEntities; slots: RoleSlot[] } {
  const managed = (type: string): TfResource[] => tf.resources.filter((r) => r.type === type && r.mode === 'managed');
  const userPools = managed('aws_cognito_user_pool').map((resource) => readUserPool(tf, resource));
  const poolOf = (value: Resolved): UserPool | undefined => {
    if (value.kind === 'resource' && value.attribute === undefined)
      return userPools.find((p) => p.templateResource === value.resource);
    // A state knows the pool's ID.
    const id = knownString(value);
    return id === undefined ? undefined : userPools.find((p) => p.templateResource.physicalId === id);
  };
  const clients = managed('aws_cognito_user_pool_client').map((resource) => {
    const read = new AttributeReader(tf, resource);
    const userPoolId = read.value(['user_pool_id'], true);
    const client: UserPoolClient = {
      ...entityOf(resource),
      kind: 'user-pool-client',
      templateResource: resource.node,
      userPoolId,
      userPool: poolOf(userPoolId.value),
      allowedOAuthFlowsUserPoolClient: read.value(['allowed_oauth_flows_user_pool_client']),
      allowedOAuthFlows: list(read, ['allowed_oauth_flows']),
      allowedOAuthScopes: list(read, ['allowed_oauth_scopes']),
      explicitAuthFlows: list(read, ['explicit_auth_flows']),
      preventUserExistenceErrors: read.value(['prevent_user_existence_errors']),
      callbackURLs: list(read, ['callback_urls']),
      logoutURLs: list(read, ['logout_urls']),
      defaultRedirectURI: read.value(['default_redirect_uri']),
      readAttributes: list(read, ['read_attributes']),
      writeAttributes: list(read, ['write_attributes']),
      supportedIdentityProviders: list(read, ['supported_identity_providers']),
      generateSecret: read.value(['generate_secret']),
    };
    client.userPool?.clients.push(client);
    return client;
  });
  const slots: RoleSlot[] = [];
  const groups = managed('aws_cognito_user_group').map((resource) => {
    const read = new AttributeReader(tf, resource);
    const userPoolId = read.value(['user_pool_id'], true);
    const roleArn = read.value(['role_arn'], true);
    const group: UserPoolGroup = {
      ...entityOf(resource),
      kind: 'user-pool-group',
      templateResource: resource.node,
      groupName: read.value(['name']),
      userPoolId,
      userPool: poolOf(userPoolId.value),
      roleArn,
      precedence: read.value(['precedence']),
    };
    group.userPool?.groups.push(group);
    if (roleArn.value.kind !== 'absent') slots.push(...groupSlots(group, identityPools, roleNamed(roleArn.value)));
    return group;
  });
  const principalTags = managed('aws_cognito_identity_pool_provider_principal_tag').map((resource) =>
    readPrincipalTags(tf, resource, userPools),
  );
  return { entities: { userPools, clients, groups, principalTags }, slots };
}

/** Token-based role mapping: the group's role is offered by every identity pool that accepts its user pool (build.ts groupSlots). */
function groupSlots(group: UserPoolGroup, pools: readonly IdentityPool[], role: Role | undefined): RoleSlot[] {
  const accepting = group.userPool ? pools.filter((p) => poolAcceptsUserPool(p, group.userPool!.templateResource)) : [];
  const base = {
    slot: 'group' as const,
    role,
    roleValue: group.roleArn.value,
    source: group.roleArn.source,
    via: group,
  };
  if (accepting.length === 0)
    return [
      {
        ...base,
        pool: undefined,
        poolValue: { kind: 'unknown', reason: "no identity pool in this run accepts the group's user pool" },
      },
    ];
  return accepting.map((pool) => ({
    ...base,
    pool,
    poolValue: { kind: 'resource', resource: pool.templateResource! },
  }));
}

function readUserPool(tf: TfDocument, resource: TfResource): UserPool {
  const read = new AttributeReader(tf, resource);
  const allowAdminCreateUserOnly = read.value(['admin_create_user_config', 0, 'allow_admin_create_user_only']);
  const policy: AttributePath = ['password_policy', 0];
  const policyState = read.isUnknown('password_policy')
    ? 'unknown'
    : isPlainObject(read.raw(...policy))
      ? 'present'
      : 'absent';
  const schema = readSchema(read);
  return {
    ...entityOf(resource),
    kind: 'user-pool',
    templateResource: resource.node,
    allowAdminCreateUserOnly,
    // Absent in a state or written false: users sign themselves up (the API default).
    selfSignUp: read.isUnknown('admin_create_user_config')
      ? 'unknown'
      : tri.not(truthOf(allowAdminCreateUserOnly.value, false)),
    mfaConfiguration: read.value(['mfa_configuration']),
    enabledMfas: enabledMfas(read),
    passwordPolicy: {
      state: policyState,
      source: read.source(...policy),
      minimumLength: read.value([...policy, 'minimum_length']),
      requireLowercase: read.value([...policy, 'require_lowercase']),
      requireUppercase: read.value([...policy, 'require_uppercase']),
      requireNumbers: read.value([...policy, 'require_numbers']),
      requireSymbols: read.value([...policy, 'require_symbols']),
      temporaryPasswordValidityDays: read.value([...policy, 'temporary_password_validity_days']),
    },
    schema: schema.attributes,
    schemaKnown: schema.known,
    schemaSource: read.source('schema'),
    usernameAttributes: list(read, ['username_attributes']),
    aliasAttributes: list(read, ['alias_attributes']),
    clients: [],
    groups: [],
  };
}

/**
 * `EnabledMfas` as Terraform spells it: `software_token_mfa_configuration { enabled = true }` is
 * `SOFTWARE_TOKEN_MFA`, an `sms_configuration` with MFA on is `SMS_MFA`, `email_mfa_configuration`
 * is `EMAIL_OTP`.
 */
function enabledMfas(read: AttributeReader): ListProperty {
  const source = read.source('software_token_mfa_configuration');
  const unknownOf = ['software_token_mfa_configuration', 'sms_configuration', 'email_mfa_configuration'].some((k) =>
    read.isUnknown(k),
  );
  const items: Array<{ value: Resolved; source: SourceRef }> = [];
  if (read.raw('software_token_mfa_configuration', 0, 'enabled') === true)
    items.push({ value: { kind: 'known', value: 'SOFTWARE_TOKEN_MFA' }, source });
  if (isPlainObject(read.raw('sms_configuration', 0)))
    items.push({ value: { kind: 'known', value: 'SMS_MFA' }, source: read.source('sms_configuration', 0) });
  if (isPlainObject(read.raw('email_mfa_configuration', 0)))
    items.push({ value: { kind: 'known', value: 'EMAIL_OTP' }, source: read.source('email_mfa_configuration', 0) });
  return {
    value:
      items.length > 0
        ? { kind: 'list', items: items.map((i) => i.value) }
        : unknownOf
          ? { kind: 'unknown', reason: 'known only after apply' }
          : { kind: 'absent' },
    source,
    present: items.length > 0,
    items,
    known: !unknownOf,
  };
}

function readSchema(read: AttributeReader): { attributes: SchemaAttribute[]; known: boolean } {
  if (read.isUnknown('schema')) return { attributes: [], known: false };
  const attributes: SchemaAttribute[] = [];
  let known = true;
  for (const i of read.blocks(['schema'])) {
    const name = knownString(read.value(['schema', i, 'name']).value);
    if (name === undefined) {
      known = false;
      continue;
    }
    const custom = name.startsWith('custom:') || !STANDARD_ATTRIBUTES.has(name);
    attributes.push({
      name,
      claim: custom && !name.startsWith('custom:') ? `custom:${name}` : name,
      custom,
      required: truthOf(read.value(['schema', i, 'required']).value, false),
      mutable: truthOf(read.value(['schema', i, 'mutable']).value, true),
      developerOnly: truthOf(read.value(['schema', i, 'developer_only_attribute']).value, false),
      source: read.source('schema', i),
    });
  }
  return { attributes, known };
}

function readPrincipalTags(tf: TfDocument, resource: TfResource, userPools: readonly UserPool[]): PrincipalTagMapping {
  const read = new AttributeReader(tf, resource);
  const identityPoolId = read.value(['identity_pool_id'], true);
  const identityProviderName = read.value(['identity_provider_name'], true);
  const referenced = referencedResources(identityProviderName.value);
  const principalTags: PrincipalTagMapping['principalTags'][number][] = [];
  const unknownTags = read.isUnknown('principal_tags');
  const raw = read.raw('principal_tags');
  let principalTagsKnown = !unknownTags;
  if (!unknownTags && isPlainObject(raw)) {
    for (const tag of Object.keys(raw)) {
      const claim = read.value(['principal_tags', tag]);
      if (claim.value.kind === 'absent') continue;
      if (knownString(claim.value) === undefined) principalTagsKnown = false;
      principalTags.push({ tag, claim: claim.value, source: claim.source });
    }
  }
  const pool = identityPoolId.value;
  return {
    ...entityOf(resource),
    kind: 'principal-tag-mapping',
    templateResource: resource.node,
    identityPoolId,
    identityPoolResource:
      pool.kind === 'resource' && pool.resource.type === 'AWS::Cognito::IdentityPool' ? pool.resource : undefined,
    identityProviderName,
    userPool: userPools.find((p) => referenced.includes(p.templateResource)),
    principalTags,
    principalTagsKnown,
    principalTagsSource: read.source('principal_tags'),
    useDefaults: read.value(['use_defaults']),
  };
}
