/**
 * User pools, app clients, user pool groups and identity-pool principal tags, read from every
 * stack of the run. Which token claims a user can set themselves is src/analysis/user-writability.ts;
 * what a value refers to in a built model (which identity pools accept a user pool) is
 * src/analysis/user-pool-links.ts.
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
import { referencedResources, singleResource, truthOf } from '../../values/judge.js';
import { templateEntity } from './stack.js';
import type { Resolver } from './intrinsics.js';
import { knownString, type Resolved } from '../../values/resolved.js';
import type { SourceRef } from '../../parsers/source.js';
import { readResources, type PropertyReader, type ResourceReaders } from './properties.js';
import type { Stack, TemplateResource } from './stack.js';
import type {
  PrincipalTagMapping,
  SchemaAttribute,
  UserPool,
  UserPoolClient,
  UserPoolEntities,
  UserPoolGroup,
} from '../../model/cognito.js';
import type { ResourceNode } from '../../values/resource-node.js';
import { physicallyNamedUserPool, STANDARD_ATTRIBUTES } from '../../model/cognito.js';

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
