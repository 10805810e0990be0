/**
 * User pools, app clients, user pool groups and identity-pool principal tags, read from every
 * stack of the run, with the queries rules share about them: which pool a client belongs to and
 * which token claims a user can set themselves (docs/semantics.md#user-writable-claim).
 * What a value refers to in a built model (which identity pools accept a user pool) is in
 * user-pool-links.ts.
 *
 * Every property keeps its resolved value and the node it came from, so a rule reports the exact
 * offending value, or the resource's `Properties` when the property is missing. Values follow the
 * model's rule: unknown is a value. A property computed by an intrinsic the resolver cannot see
 * through is `unknown`, never a guess, and the tri-state helpers here answer `'unknown'` for it.
 *
 * AWS facts used here (cited in the rule docs too):
 * - `AdminCreateUserConfig.AllowAdminCreateUserOnly` absent means self sign-up is ON in raw
 *   CloudFormation and the API (https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cognito-userpool-admincreateuserconfig.html).
 * - WriteAttributes omitted: "your app can write the values of the Standard attributes of your user
 *   pool" (https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_UserPoolClientType.html);
 *   "Required attributes in a user pool are always writable"; an immutable attribute can only be
 *   written when the user is created
 *   (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-attributes.html).
 */
import * as tri from '../../core/tri.js';
import type { Tri } from '../../core/tri.js';
import { referencedResources, singleResource, truthOf } from '../../values/judge.js';
import { templateEntity } from './stack.js';
import { intrinsicName } from '../../iam/intrinsic-shape.js';
import type { Resolver } from './intrinsics.js';
import { alternatives, knownString, type Resolved } from '../../values/resolved.js';
import { valueAtPointer, type SourceRef } from '../../parsers/source.js';
import { readResources, type PropertyReader, type ResourceReaders } from './properties.js';
import type { Stack, TemplateResource } from './stack.js';
import { isPlainObject, own } from '../../core/objects.js';
import type {
  ListItem,
  PrincipalTagMapping,
  SchemaAttribute,
  UserPool,
  UserPoolClient,
  UserPoolEntities,
  UserPoolGroup,
} from '../../model/cognito.js';
import type { ResourceNode } from '../../values/resource-node.js';
import { physicallyNamedUserPool } from '../../model/cognito.js';

// ---------------------------------------------------------------------------------------------
// Building

/** What the user pool readers fill in; user pools are read first, so that the others can link to them. */
interface UserPoolContext {
  readonly userPools: UserPool[];
  readonly clients: UserPoolClient[];
  readonly groups: UserPoolGroup[];
  readonly principalTags: PrincipalTagMapping[];
  readonly poolByResource: Map<ResourceNode, UserPool>;
}

const USER_POOL_READERS: ResourceReaders<UserPoolContext> = {
  'AWS::Cognito::UserPool': (resource, read, context) => {
    const pool = buildUserPool(resource, read);
    context.userPools.push(pool);
    context.poolByResource.set(resource, pool);
  },
};

/** Readers of resources that refer to a user pool: they run once every user pool of the run is read. */
const LINKED_READERS: ResourceReaders<UserPoolContext> = {
  'AWS::Cognito::UserPoolClient': (resource, read, context) => {
    const userPoolId = read.value('UserPoolId');
    const client: UserPoolClient = {
      ...templateEntity(resource),
      kind: 'user-pool-client',
      templateResource: resource,
      userPoolId,
      userPool: poolFor(userPoolId.value, context),
      allowedOAuthFlowsUserPoolClient: read.value('AllowedOAuthFlowsUserPoolClient'),
      allowedOAuthFlows: read.list('AllowedOAuthFlows'),
      allowedOAuthScopes: read.list('AllowedOAuthScopes'),
      explicitAuthFlows: read.list('ExplicitAuthFlows'),
      preventUserExistenceErrors: read.value('PreventUserExistenceErrors'),
      callbackURLs: read.list('CallbackURLs'),
      logoutURLs: read.list('LogoutURLs'),
      defaultRedirectURI: read.value('DefaultRedirectURI'),
      readAttributes: read.list('ReadAttributes'),
      writeAttributes: read.list('WriteAttributes'),
      supportedIdentityProviders: read.list('SupportedIdentityProviders'),
      generateSecret: read.value('GenerateSecret'),
    };
    context.clients.push(client);
    client.userPool?.clients.push(client);
  },
  'AWS::Cognito::UserPoolGroup': (resource, read, context) => {
    const userPoolId = read.value('UserPoolId');
    const group: UserPoolGroup = {
      ...templateEntity(resource),
      kind: 'user-pool-group',
      templateResource: resource,
      groupName: read.value('GroupName'),
      userPoolId,
      userPool: poolFor(userPoolId.value, context),
      roleArn: read.value('RoleArn'),
      precedence: read.value('Precedence'),
    };
    context.groups.push(group);
    group.userPool?.groups.push(group);
  },
  'AWS::Cognito::IdentityPoolPrincipalTag': (resource, read, context) => {
    context.principalTags.push(buildPrincipalTagMapping(resource, read, context.poolByResource));
  },
};

export function buildUserPoolEntities(stacks: readonly Stack[], resolver: Resolver): UserPoolEntities {
  const context: UserPoolContext = {
    userPools: [],
    clients: [],
    groups: [],
    principalTags: [],
    poolByResource: new Map(),
  };
  readResources(stacks, resolver, USER_POOL_READERS, context);
  readResources(stacks, resolver, LINKED_READERS, context);
  const { userPools, clients, groups, principalTags } = context;
  return { userPools, clients, groups, principalTags };
}

/** The user pool of the run a `UserPoolId` refers to (`Ref`, or `Fn::GetAtt …UserPoolId`). */
function poolFor(value: Resolved, context: UserPoolContext): UserPool | undefined {
  const only = singleResource(value);
  return only && (only.attribute === undefined || only.attribute === 'UserPoolId')
    ? context.poolByResource.get(only.resource)
    : undefined;
}

function buildUserPool(resource: TemplateResource, read: PropertyReader): UserPool {
  const allowAdminCreateUserOnly = read.value('AdminCreateUserConfig', 'AllowAdminCreateUserOnly');
  const policy = read.node('Policies', 'PasswordPolicy');
  const schema = readSchema(read);
  return {
    ...templateEntity(resource),
    kind: 'user-pool',
    templateResource: resource,
    allowAdminCreateUserOnly,
    selfSignUp: tri.not(truthOf(allowAdminCreateUserOnly.value, false)),
    mfaConfiguration: read.value('MfaConfiguration'),
    enabledMfas: read.list('EnabledMfas'),
    passwordPolicy: {
      state: policy.state === 'object' ? 'present' : policy.state === 'absent' ? 'absent' : 'unknown',
      source: policy.source,
      minimumLength: read.value('Policies', 'PasswordPolicy', 'MinimumLength'),
      requireLowercase: read.value('Policies', 'PasswordPolicy', 'RequireLowercase'),
      requireUppercase: read.value('Policies', 'PasswordPolicy', 'RequireUppercase'),
      requireNumbers: read.value('Policies', 'PasswordPolicy', 'RequireNumbers'),
      requireSymbols: read.value('Policies', 'PasswordPolicy', 'RequireSymbols'),
      temporaryPasswordValidityDays: read.value('Policies', 'PasswordPolicy', 'TemporaryPasswordValidityDays'),
    },
    schema: schema.attributes,
    schemaKnown: schema.known,
    schemaSource: read.source('Schema'),
    usernameAttributes: read.list('UsernameAttributes'),
    aliasAttributes: read.list('AliasAttributes'),
    clients: [],
    groups: [],
  };
}

function readSchema(read: PropertyReader): { attributes: SchemaAttribute[]; known: boolean } {
  const node = read.node('Schema');
  if (node.state === 'absent') return { attributes: [], known: true };
  if (node.state !== 'array') return { attributes: [], known: false };
  const attributes: SchemaAttribute[] = [];
  let known = true;
  node.raw.forEach((_, i) => {
    const entry = read.node('Schema', i);
    if (entry.state === 'absent') return;
    if (entry.state !== 'object') {
      known = false;
      return;
    }
    const name = knownString(read.value('Schema', i, 'Name').value);
    if (name === undefined) {
      known = false;
      return;
    }
    const custom = name.startsWith('custom:') || !STANDARD_ATTRIBUTES.has(name);
    attributes.push({
      name,
      claim: custom && !name.startsWith('custom:') ? `custom:${name}` : name,
      custom,
      required: truthOf(read.value('Schema', i, 'Required').value, false),
      mutable: truthOf(read.value('Schema', i, 'Mutable').value, true),
      developerOnly: truthOf(read.value('Schema', i, 'DeveloperOnlyAttribute').value, false),
      source: entry.source,
    });
  });
  return { attributes, known };
}

function buildPrincipalTagMapping(
  resource: TemplateResource,
  read: PropertyReader,
  poolByResource: Map<ResourceNode, UserPool>,
): PrincipalTagMapping {
  const identityPoolId = read.value('IdentityPoolId');
  const identityPool = singleResource(identityPoolId.value);
  const identityProviderName = read.value('IdentityProviderName');
  const named = physicallyNamedUserPool(identityProviderName.value, resource.deployment, [...poolByResource.keys()]);
  const referenced = [...referencedResources(identityProviderName.value), ...(named ? [named] : [])];
  const userPool = referenced.map((r) => poolByResource.get(r)).find((p) => p !== undefined);
  const tagsNode = read.node('PrincipalTags');
  const principalTags: Array<{ tag: string; claim: Resolved; source: SourceRef }> = [];
  let principalTagsKnown = tagsNode.state === 'absent' || tagsNode.state === 'object';
  if (tagsNode.state === 'object') {
    for (const tag of Object.keys(tagsNode.raw)) {
      const claim = read.value('PrincipalTags', tag);
      if (claim.value.kind === 'absent') continue;
      if (knownString(claim.value) === undefined) principalTagsKnown = false;
      principalTags.push({ tag, claim: claim.value, source: claim.source });
    }
  }
  return {
    ...templateEntity(resource),
    kind: 'principal-tag-mapping',
    templateResource: resource,
    identityPoolId,
    identityPoolResource:
      identityPool?.resource.type === 'AWS::Cognito::IdentityPool' ? identityPool.resource : undefined,
    identityProviderName,
    userPool,
    principalTags,
    principalTagsKnown,
    principalTagsSource: read.source('PrincipalTags'),
    useDefaults: read.value('UseDefaults'),
  };
}

// ---------------------------------------------------------------------------------------------
// Value helpers

/**
 * The string a value certainly has: `absent` when the property is missing, the string when every
 * alternative has it, `undefined` when unknown or when alternatives differ (`Fn::If`, a parameter
 * default that the deployer may override).
 */
export function certainString(value: Resolved): string | { absent: true } | undefined {
  const alts = alternatives(value);
  if (alts.every((a) => a.kind === 'absent')) return { absent: true };
  return knownString(value);
}

/**
 * How a value is written in the template, for messages: a plain string, or the template string of
 * an `Fn::Sub` (`http://${SiteBucket}.s3-website-${AWS::Region}.amazonaws.com/`). Undefined for
 * anything else (use `describe` of the resolved value then).
 */
export function writtenText(source: SourceRef): string | undefined {
  const node = valueAtPointer(source.doc.data, source.pointer);
  if (typeof node === 'string') return node;
  if (!isPlainObject(node) || intrinsicName(node) !== 'Fn::Sub') return undefined;
  const arg = own(node, 'Fn::Sub');
  const text = Array.isArray(arg) ? arg[0] : arg;
  return typeof text === 'string' ? text : undefined;
}

// ---------------------------------------------------------------------------------------------
// Queries

/** The user pool an app client belongs to, when its `UserPoolId` refers to a user pool of the run. */
export function userPoolOf(client: UserPoolClient): UserPool | undefined {
  return client.userPool;
}

/** The app clients of a user pool found in the run (clients in other stacks included, through cross-stack references). */
export function clientsOf(pool: UserPool): readonly UserPoolClient[] {
  return pool.clients;
}

/**
 * The standard attributes of every user pool (OIDC claims)
 * (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-attributes.html).
 * `sub` is standard but set by Cognito; `email_verified` and `phone_number_verified` are
 * verification attributes, writable only when a client lists them.
 */
export const STANDARD_ATTRIBUTES: ReadonlySet<string> = new Set([
  'address',
  'birthdate',
  'email',
  'family_name',
  'gender',
  'given_name',
  'locale',
  'middle_name',
  'name',
  'nickname',
  'phone_number',
  'picture',
  'preferred_username',
  'profile',
  'sub',
  'updated_at',
  'website',
  'zoneinfo',
]);

/** Claims Cognito puts in tokens itself (never user-writable: docs/semantics.md#user-writable-claim). */
export const TOKEN_CLAIMS: ReadonlySet<string> = new Set([
  'aud',
  'iss',
  'token_use',
  'auth_time',
  'exp',
  'iat',
  'jti',
  'origin_jti',
  'event_id',
]);

const VERIFICATION_ATTRIBUTES: ReadonlySet<string> = new Set(['email_verified', 'phone_number_verified']);

export interface Writability {
  readonly writable: Tri;
  /** Why, for notifications: "listed in `WriteAttributes` of app client `WebClient`". */
  readonly because: string;
  /** Why a user can set the claim, as facts (rules word them): only when `writable` is true. */
  readonly reason?: WritableReason;
}

/**
 * Why a user of `client` can set a claim: the client lists it in `WriteAttributes` (`listed`), has
 * no `WriteAttributes` so may write every standard attribute (`all-standard`), the pool requires it
 * (`required`), or it is the user name chosen at sign-up (`username`); `immutable`: the attribute is
 * immutable, but the pool's self sign-up lets the user set it when signing up.
 */
export interface WritableReason {
  readonly kind: 'listed' | 'all-standard' | 'required' | 'username';
  readonly client: string;
  /** The user pool's name (known whenever a claim is writable for `required`, `username` and `immutable`). */
  readonly userPool: string | undefined;
  readonly immutable: boolean;
}

/**
 * Can a user of `client` set the token claim `claim` themselves? The definition of a
 * user-writable claim (docs/semantics.md#user-writable-claim):
 *
 * - writable: custom or standard attributes in the client's `WriteAttributes` (every standard
 *   attribute when `WriteAttributes` is omitted), required attributes (always writable), and with
 *   self sign-up every attribute the client may write at sign-up (immutable attributes included:
 *   they are written when the user is created, and with self sign-up the user creates themself);
 * - never writable: `sub`, `cognito:*`, `identities`, `email_verified` / `phone_number_verified`
 *   unless listed, token claims (`aud`, `iss`, `token_use`, `auth_time`, `exp`, `iat`, `jti`,
 *   `origin_jti`, `event_id`), and developer-only (`dev:`) attributes.
 *
 * One deviation, where AWS behaviour decides: `cognito:username` is the user name the caller
 * passes to `SignUp`, so it is user-chosen when the pool allows self sign-up and has no
 * `UsernameAttributes` (with `UsernameAttributes`, Cognito generates the user name).
 *
 * `'unknown'` when the answer depends on something not statically known: the client's
 * `WriteAttributes`, the pool (not in the run), its `Schema` or its sign-up setting. Never a guess.
 */
export function userWritability(client: UserPoolClient, claim: string): Writability {
  const clientName = `app client \`${client.name}\``;
  const pool = client.userPool;
  const poolName = pool ? `user pool \`${pool.name}\`` : 'its user pool';
  if (TOKEN_CLAIMS.has(claim)) return { writable: false, because: `\`${claim}\` is a token claim Cognito sets` };
  if (claim === 'sub' || claim === 'identities') return { writable: false, because: `\`${claim}\` is set by Cognito` };
  if (claim.startsWith('dev:')) return { writable: false, because: `\`${claim}\` is a developer-only attribute` };
  const selfSignUp: Tri = pool ? pool.selfSignUp : 'unknown';
  if (claim === 'cognito:username') {
    // SignUp takes the user name from the caller unless the pool signs in with email/phone as user name.
    const noUsernameAttributes: Tri =
      !pool || !pool.usernameAttributes.known ? 'unknown' : tri.not(listTri(pool.usernameAttributes.items, () => true));
    const writable = tri.and(selfSignUp, noUsernameAttributes);
    return {
      writable,
      because: `\`cognito:username\` is the user name chosen at sign-up when ${poolName} allows self sign-up and has no UsernameAttributes`,
      ...(writable === true
        ? { reason: { kind: 'username', client: client.name, userPool: pool?.name, immutable: false } }
        : {}),
    };
  }
  if (claim.startsWith('cognito:')) return { writable: false, because: `\`${claim}\` is set by Cognito` };

  const schemaEntry: SchemaAttribute | undefined = pool?.schema.find((a) => a.claim === claim);
  const schemaKnown = pool !== undefined && pool.schemaKnown;
  if (schemaEntry && schemaEntry.developerOnly === true)
    return { writable: false, because: `\`${claim}\` is a developer-only attribute of ${poolName}` };
  const standard = STANDARD_ATTRIBUTES.has(claim);
  const verification = VERIFICATION_ATTRIBUTES.has(claim);
  const custom = claim.startsWith('custom:');
  if (!standard && !verification && !custom)
    return { writable: false, because: `\`${claim}\` is not a user attribute` };
  if (custom && schemaKnown && !schemaEntry)
    return { writable: false, because: `${poolName} has no attribute \`${claim}\`` };

  // May the client write it at all?
  let listed: Tri;
  let listedBecause: string;
  if (client.writeAttributes.value.kind === 'absent') {
    listed = standard;
    listedBecause = standard
      ? `${clientName} has no WriteAttributes, so it may write every standard attribute`
      : `${clientName} has no WriteAttributes, which then covers standard attributes only`;
  } else if (!client.writeAttributes.known) {
    listed = 'unknown';
    listedBecause = `the WriteAttributes of ${clientName} are not statically known`;
  } else {
    listed = listTri(client.writeAttributes.items, (s) => s === claim);
    listedBecause =
      listed === true
        ? `${clientName} lists \`${claim}\` in WriteAttributes`
        : listed === false
          ? `${clientName} does not list \`${claim}\` in WriteAttributes`
          : `some WriteAttributes of ${clientName} are not statically known`;
  }
  const required: Tri = verification ? false : schemaEntry ? schemaEntry.required : schemaKnown ? false : 'unknown';
  const mayWrite = tri.or(listed, required);
  if (mayWrite === false) return { writable: false, because: listedBecause };

  // Immutable attributes are written only when the user is created: by the user only with self sign-up.
  const mutable: Tri = schemaEntry ? schemaEntry.mutable : schemaKnown ? true : 'unknown';
  const writable = tri.and(mayWrite, tri.or(mutable, selfSignUp));
  const reason =
    required === true && listed !== true
      ? `\`${claim}\` is a required attribute of ${poolName} (always writable)`
      : listedBecause;
  if (writable === false) {
    return {
      writable,
      because: `\`${claim}\` is immutable and ${poolName} does not allow self sign-up (only administrators create users)`,
    };
  }
  if (writable === true) {
    const kind =
      required === true && listed !== true
        ? 'required'
        : standard && client.writeAttributes.value.kind === 'absent'
          ? 'all-standard'
          : 'listed';
    return {
      writable,
      because:
        mutable === true
          ? reason
          : `${reason}; it is immutable, but ${poolName} allows self sign-up, so the user sets it when signing up`,
      reason: { kind, client: client.name, userPool: pool?.name, immutable: mutable !== true },
    };
  }
  const open: string[] = [];
  if (listed === 'unknown') open.push(`the WriteAttributes of ${clientName}`);
  if (!pool) open.push('the user pool (not in this run)');
  else {
    if (required === 'unknown' || mutable === 'unknown') open.push(`the Schema of ${poolName}`);
    if (selfSignUp === 'unknown' && mutable !== true) open.push(`the sign-up setting of ${poolName}`);
  }
  return {
    writable,
    because: `whether a user can set \`${claim}\` depends on ${open.join(' and ') || 'values'} that are not statically known`,
  };
}

/** `userWritability(client, claim).writable`: true, false, or `'unknown'` when not statically known. */
export function isUserWritableClaim(client: UserPoolClient, claim: string): Tri {
  return userWritability(client, claim).writable;
}

/**
 * The claims a user of `client` can certainly set (`writable`) and those that may be writable
 * (`uncertain`), among the standard attributes, the verification attributes, `cognito:username`,
 * the pool's schema and the client's `WriteAttributes`. `complete` is false when something that
 * decides it is not statically known (then `uncertain` may miss claims).
 */
export function userWritableAttributes(client: UserPoolClient): {
  writable: string[];
  uncertain: string[];
  complete: boolean;
} {
  const candidates = new Set<string>([...STANDARD_ATTRIBUTES, ...VERIFICATION_ATTRIBUTES, 'cognito:username']);
  for (const attribute of client.userPool?.schema ?? []) candidates.add(attribute.claim);
  for (const item of client.writeAttributes.items) {
    const s = knownString(item.value);
    if (s !== undefined) candidates.add(s);
  }
  const writable: string[] = [];
  const uncertain: string[] = [];
  for (const claim of [...candidates].sort()) {
    const result = isUserWritableClaim(client, claim);
    if (result === true) writable.push(claim);
    else if (result === 'unknown') uncertain.push(claim);
  }
  const pool = client.userPool;
  const complete =
    pool !== undefined &&
    pool.schemaKnown &&
    pool.selfSignUp !== 'unknown' &&
    client.writeAttributes.known &&
    client.writeAttributes.items.every((i) => knownString(i.value) !== undefined);
  return { writable, uncertain, complete };
}

/** Does some entry of a list certainly satisfy `test` (true), certainly none (false), or can't we tell? */
function listTri(items: readonly ListItem[], test: (s: string) => boolean): Tri {
  return tri.any(
    items.map((item): Tri => {
      const s = knownString(item.value);
      if (s !== undefined) return test(s);
      // An entry that is absent in every alternative (`AWS::NoValue`) is no entry.
      return alternatives(item.value).some((a) => a.kind !== 'absent') ? 'unknown' : false;
    }),
  );
}

/** The user pool part of the model is complete and tested (test/dialects/cloudformation/user-pools.test.ts). */
export const USER_POOL_MODEL_READY = true;
