/**
 * The Cognito resources of an Amplify (Gen 1) auth resource that the repository keeps only as `cli-inputs.json`
 * (Amplify CLI 7 and later generate the template into `build/`, which `.gitignore` usually leaves out), built as
 * amplify-category-auth generates them (aws-amplify/amplify-cli at 70049be04b61535028329f395349fe51c9e8a2cd,
 * src/provider-utils/awscloudformation/auth-stack-builder/): auth-cognito-stack-builder.ts
 * `generateCognitoStackResources`, from the `cognitoConfig` props, with one CloudFormation parameter per
 * `cognitoConfig` key (auth-stack-transform.ts `addCfnParameters`: arrays `CommaDelimitedList`, the rest `String`).
 *
 * Unless `authSelections` is `identityPoolOnly`:
 * - `UserPool` with `MfaConfiguration: Ref mfaConfiguration`, `Policies.PasswordPolicy` with `MinimumLength: Ref
 *   passwordPolicyMinLength` and each `Require*` true exactly when `passwordPolicyCharacters` lists `Requires
 *   Lowercase|Numbers|Symbols|Uppercase`, `Schema` from `requiredAttributes` (required, mutable),
 *   `UsernameAttributes: Ref usernameAttributes` unless the first is `username`, `AliasAttributes: Ref
 *   aliasAttributes` when there are any. The builder never writes `AdminCreateUserConfig`, so self sign-up is on
 *   (CloudFormation's default) unless an override sets it.
 * - `UserPoolClientWeb` and `UserPoolClient` (the latter with `GenerateSecret: Ref userpoolClientGenerateSecret`),
 *   each with `RefreshTokenValidity: Ref userpoolClientRefreshTokenValidity`, `ReadAttributes`/`WriteAttributes`
 *   when `userpoolClientSetAttributes` is set, and, when `oAuthMetadata` is set (`updateUserPoolClientWithOAuthSettings`),
 *   `AllowedOAuthFlowsUserPoolClient: true` with its flows, scopes and URLs and `SupportedIdentityProviders` the
 *   `hostedUIProviderMeta` providers plus `COGNITO`. No `ExplicitAuthFlows` (Cognito's default: SRP, custom and
 *   refresh) and no `PreventUserExistenceErrors` (the API's default, `LEGACY`) are written.
 * Whenever `authSelections` is `identityPoolAndUserPool` or `identityPoolOnly`:
 * - `IdentityPool` with `AllowUnauthenticatedIdentities: Ref allowUnauthenticatedIdentities` (no `AllowClassicFlow`:
 *   the classic flow is off); with a user pool, `CognitoIdentityProviders` naming both clients and no
 *   `ServerSideTokenCheck`; `SupportedLoginProviders` from `authProviders` (Facebook, Google, Amazon, Apple; not
 *   when Google is the only one and `audiences` is set), each `Ref` of its app ID parameter.
 * - `IdentityPoolRoleMap` attaching `Ref authRoleArn` and `Ref unauthRoleArn` (the project's roles), with the two
 *   clients' `Token` role mappings (`AmbiguousRoleResolution: AuthenticatedRole`) when `userPoolGroups` is set or
 *   `userPoolGroupList` is not empty; auth-stack-transform.ts outputs `IdentityPoolId`.
 * Not built: the SNS role, the custom resources (hosted UI domain and providers, the MFA and OpenID lambdas and
 * their roles: no identity-pool role among them), trigger permissions, `EnabledMfas` (it depends on a feature flag
 * of amplify/cli.json; no rule reads it) and the OpenID Connect provider (`audiences`, created by a custom resource).
 *
 * `amplify push` then runs the resource's `override.ts` on these constructs (auth-stack-transform.ts
 * `applyOverride`). It is code and never run here; its text is read only to leave unknown every property it names
 * (`resources.userPool.adminCreateUserConfig = …`, `addPropertyOverride('Policies…')`): such a property is what the
 * override says, not what the CLI generates. Every node is located at the `cognitoConfig` entry it comes from.
 */
import type { ParsedDocument, Pointer } from '../parsers/types.js';
import { joinPointer, splitPointer } from '../parsers/types.js';
import { synthesisedDocument } from '../parsers/synthesised-document.js';
import { isPlainObject, own } from '../core/objects.js';

/** auth-cognito-stack-builder.ts: the selections that create an identity pool, and the one without a user pool. */
const WITH_IDENTITY_POOL = new Set(['identityPoolAndUserPool', 'identityPoolOnly']);
const SELECTIONS = new Set([...WITH_IDENTITY_POOL, 'userPoolOnly']);
/** auth-cognito-stack-builder.ts `authProvidersList`: the social providers and the parameter holding each app ID. */
const AUTH_PROVIDERS: Record<string, string> = {
  'graph.facebook.com': 'facebookAppId',
  'accounts.google.com': 'googleClientId',
  'www.amazon.com': 'amazonAppId',
  'appleid.apple.com': 'appleAppId',
};
/** `passwordPolicyCharacters` entries and the PasswordPolicy property each sets. */
const CHARACTER_CLASSES: Array<[string, string]> = [
  ['Requires Lowercase', 'RequireLowercase'],
  ['Requires Numbers', 'RequireNumbers'],
  ['Requires Symbols', 'RequireSymbols'],
  ['Requires Uppercase', 'RequireUppercase'],
];
/** A value set by override.ts: a parameter nothing passes, so unknown. */
const OVERRIDE = 'OverrideTsNotRun';
const BY_OVERRIDE = { Ref: OVERRIDE };
/** An oAuthMetadata string larger than this is not parsed (the CLI's own are a few hundred bytes). */
const MAX_OAUTH_METADATA = 64 * 1024;

/**
 * Which synthesised properties an override.ts names (case-insensitively, as a CDK property or a CloudFormation
 * override path): `resource/Property` → the words that name it.
 */
const OVERRIDABLE: Record<string, string[]> = {
  'UserPool/AdminCreateUserConfig': ['adminCreateUserConfig', 'allowAdminCreateUserOnly'],
  'UserPool/MfaConfiguration': ['mfaConfiguration'],
  // `.policies`, not `policies`: a comment ("set the user pool policies") names no property.
  'UserPool/Policies': ['.policies', 'passwordPolicy'],
  'UserPool/Schema': ['.schema', 'Properties.Schema'],
  'UserPool/UsernameAttributes': ['usernameAttributes'],
  'UserPool/AliasAttributes': ['aliasAttributes'],
  'Client/PreventUserExistenceErrors': ['preventUserExistenceErrors'],
  'Client/ExplicitAuthFlows': ['explicitAuthFlows'],
  'Client/AllowedOAuthFlowsUserPoolClient': ['allowedOAuthFlowsUserPoolClient'],
  'Client/AllowedOAuthFlows': ['allowedOAuthFlows'],
  'Client/AllowedOAuthScopes': ['allowedOAuthScopes'],
  'Client/CallbackURLs': ['callbackUrls'],
  'Client/LogoutURLs': ['logoutUrls'],
  'Client/ReadAttributes': ['readAttributes'],
  'Client/WriteAttributes': ['writeAttributes'],
  'Client/SupportedIdentityProviders': ['supportedIdentityProviders'],
  'IdentityPool/AllowUnauthenticatedIdentities': ['allowUnauthenticatedIdentities'],
  'IdentityPool/AllowClassicFlow': ['allowClassicFlow'],
  'IdentityPool/CognitoIdentityProviders': ['cognitoIdentityProviders', 'serverSideTokenCheck'],
  'IdentityPool/SupportedLoginProviders': ['supportedLoginProviders'],
  'IdentityPoolRoleMap/RoleMappings': ['roleMappings'],
};

/** The resource's override.ts: absent, its text, or there but unreadable (then it may set anything). */
export type OverrideFile = undefined | { text: string } | 'unreadable';

/** The `resource/Property` keys of OVERRIDABLE that an override.ts's text names. */
export function overriddenProperties(override: OverrideFile): Set<string> {
  if (override === undefined) return new Set();
  const text = override === 'unreadable' ? undefined : override.text.toLowerCase();
  return new Set(
    Object.entries(OVERRIDABLE)
      .filter(([, words]) => text === undefined || words.some((w) => text.includes(w.toLowerCase())))
      .map(([key]) => key),
  );
}

const stringList = (value: unknown): string[] | undefined =>
  Array.isArray(value) && value.every((v) => typeof v === 'string') ? (value as string[]) : undefined;

/** `oAuthMetadata`/`hostedUIProviderMeta` are JSON text in cognitoConfig; undefined when they do not parse. */
function parsedJson(value: unknown): unknown {
  if (typeof value !== 'string' || value.length > MAX_OAUTH_METADATA) return undefined;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * The Cognito resources `amplify push` generates from `cognitoConfig` (a cli-inputs.json's), as a template located
 * in that file; undefined when `authSelections` is none the CLI knows. `override` is the resource's override.ts.
 */
export function authStandIn(
  cliInputs: ParsedDocument,
  cognitoConfig: Record<string, unknown>,
  override?: OverrideFile,
): ParsedDocument | undefined {
  const selections = own(cognitoConfig, 'authSelections');
  if (typeof selections !== 'string' || !SELECTIONS.has(selections)) return undefined;
  const overridden = overriddenProperties(override);
  const parameters: Record<string, unknown> = { env: { Type: 'String' }, [OVERRIDE]: { Type: 'String' } };
  /** `Ref` of a cognitoConfig key, declared as addCfnParameters declares it. */
  const ref = (key: string): unknown => {
    parameters[key] = { Type: Array.isArray(own(cognitoConfig, key)) ? 'CommaDelimitedList' : 'String' };
    return { Ref: key };
  };
  /** Each property of `properties`, or the override's unknown where override.ts names it. */
  const withOverrides = (kind: string, properties: Record<string, unknown>, also: string[] = []) => {
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(properties)) if (value !== undefined) out[key] = value;
    for (const key of [...Object.keys(properties), ...also])
      if (overridden.has(`${kind}/${key}`)) out[key] = BY_OVERRIDE;
    return out;
  };
  const resources: Record<string, unknown> = {};
  const userPool = selections !== 'identityPoolOnly';
  if (userPool) {
    const characters = stringList(own(cognitoConfig, 'passwordPolicyCharacters'));
    const passwordPolicy: Record<string, unknown> = { MinimumLength: ref('passwordPolicyMinLength') };
    // The builder calls `passwordPolicyCharacters.includes`: without a list the template is not generated as is.
    for (const [label, property] of CHARACTER_CLASSES)
      passwordPolicy[property] = characters ? characters.includes(label) : BY_OVERRIDE;
    const required = stringList(own(cognitoConfig, 'requiredAttributes'));
    const usernameAttributes = own(cognitoConfig, 'usernameAttributes');
    const aliasAttributes = own(cognitoConfig, 'aliasAttributes');
    resources.UserPool = {
      Type: 'AWS::Cognito::UserPool',
      Properties: withOverrides(
        'UserPool',
        {
          UserPoolName: { 'Fn::Join': ['', [ref('userPoolName'), '-', { Ref: 'env' }]] },
          Policies: { PasswordPolicy: passwordPolicy },
          Schema: required?.length ? required.map((Name) => ({ Name, Required: true, Mutable: true })) : undefined,
          UsernameAttributes:
            Array.isArray(usernameAttributes) && usernameAttributes.length && usernameAttributes[0] !== 'username'
              ? ref('usernameAttributes')
              : undefined,
          AliasAttributes:
            Array.isArray(aliasAttributes) && aliasAttributes.length ? ref('aliasAttributes') : undefined,
          MfaConfiguration: ref('mfaConfiguration'),
        },
        ['AdminCreateUserConfig'],
      ),
    };
    const oAuth = own(cognitoConfig, 'oAuthMetadata') ? parsedJson(own(cognitoConfig, 'oAuthMetadata')) : undefined;
    const oAuthList = (key: string): unknown =>
      isPlainObject(oAuth)
        ? (stringList(own(oAuth, key)) ?? (own(oAuth, key) === undefined ? undefined : BY_OVERRIDE))
        : BY_OVERRIDE;
    const providerMeta = parsedJson(own(cognitoConfig, 'hostedUIProviderMeta'));
    const providerNames = Array.isArray(providerMeta)
      ? providerMeta.map((p) => (isPlainObject(p) ? own(p, 'ProviderName') : undefined))
      : [];
    const client = (name: string, native: boolean) => {
      const setAttributes = Boolean(own(cognitoConfig, 'userpoolClientSetAttributes'));
      const attributes = (key: string) =>
        setAttributes && own(cognitoConfig, key) !== undefined ? ref(key) : undefined;
      const truncated = own(cognitoConfig, 'resourceNameTruncated');
      return {
        Type: 'AWS::Cognito::UserPoolClient',
        Properties: withOverrides(
          'Client',
          {
            UserPoolId: { Ref: 'UserPool' },
            ClientName: typeof truncated === 'string' ? `${truncated}_${name}` : undefined,
            TokenValidityUnits: { RefreshToken: 'days' },
            ReadAttributes: attributes('userpoolClientReadAttributes'),
            WriteAttributes: attributes('userpoolClientWriteAttributes'),
            RefreshTokenValidity: ref('userpoolClientRefreshTokenValidity'),
            GenerateSecret: native ? ref('userpoolClientGenerateSecret') : undefined,
            ...(own(cognitoConfig, 'oAuthMetadata')
              ? {
                  AllowedOAuthFlowsUserPoolClient: true,
                  AllowedOAuthScopes: oAuthList('AllowedOAuthScopes'),
                  AllowedOAuthFlows: oAuthList('AllowedOAuthFlows'),
                  CallbackURLs: oAuthList('CallbackURLs'),
                  LogoutURLs: oAuthList('LogoutURLs'),
                  SupportedIdentityProviders: providerNames.every((p) => typeof p === 'string')
                    ? [...providerNames, 'COGNITO']
                    : BY_OVERRIDE,
                }
              : {}),
          },
          ['PreventUserExistenceErrors', 'ExplicitAuthFlows'],
        ),
      };
    };
    resources.UserPoolClientWeb = client('app_clientWeb', false);
    resources.UserPoolClient = client('app_client', true);
  }
  if (WITH_IDENTITY_POOL.has(selections)) {
    const provider = (clientId: string) => ({
      ClientId: { Ref: clientId },
      ProviderName: {
        'Fn::Sub': [
          'cognito-idp.${region}.amazonaws.com/${client}',
          { region: { Ref: 'AWS::Region' }, client: { Ref: 'UserPool' } },
        ],
      },
    });
    const authProviders = own(cognitoConfig, 'authProviders');
    const social =
      Array.isArray(authProviders) &&
      authProviders.length > 0 &&
      !(authProviders.length === 1 && authProviders[0] === 'accounts.google.com' && own(cognitoConfig, 'audiences'))
        ? Object.fromEntries(
            authProviders
              .filter((p): p is string => typeof p === 'string' && Object.hasOwn(AUTH_PROVIDERS, p))
              .map((p) => [p, ref(AUTH_PROVIDERS[p]!)]),
          )
        : undefined;
    resources.IdentityPool = {
      Type: 'AWS::Cognito::IdentityPool',
      Properties: withOverrides(
        'IdentityPool',
        {
          IdentityPoolName: { 'Fn::Join': ['', [ref('identityPoolName'), '__', { Ref: 'env' }]] },
          AllowUnauthenticatedIdentities: ref('allowUnauthenticatedIdentities'),
          CognitoIdentityProviders: userPool ? [provider('UserPoolClient'), provider('UserPoolClientWeb')] : undefined,
          SupportedLoginProviders: social,
        },
        ['AllowClassicFlow'],
      ),
    };
    const groupList = own(cognitoConfig, 'userPoolGroupList');
    const mapping = (client: string) => ({
      IdentityProvider: {
        'Fn::Sub': [
          'cognito-idp.${region}.amazonaws.com/${userPool}:${client}',
          { region: { Ref: 'AWS::Region' }, userPool: { Ref: 'UserPool' }, client: { Ref: client } },
        ],
      },
      AmbiguousRoleResolution: 'AuthenticatedRole',
      Type: 'Token',
    });
    resources.IdentityPoolRoleMap = {
      Type: 'AWS::Cognito::IdentityPoolRoleAttachment',
      Properties: withOverrides('IdentityPoolRoleMap', {
        IdentityPoolId: { Ref: 'IdentityPool' },
        Roles: { unauthenticated: ref('unauthRoleArn'), authenticated: ref('authRoleArn') },
        RoleMappings:
          own(cognitoConfig, 'userPoolGroups') || (Array.isArray(groupList) && groupList.length > 0)
            ? {
                UserPoolClientRoleMapping: mapping('UserPoolClient'),
                UserPoolWebClientRoleMapping: mapping('UserPoolClientWeb'),
              }
            : undefined,
      }),
    };
  }
  const outputs: Record<string, unknown> = {};
  if (resources.IdentityPool) outputs.IdentityPoolId = { Value: { Ref: 'IdentityPool' } };
  if (resources.UserPool) {
    outputs.UserPoolId = { Value: { Ref: 'UserPool' } };
    outputs.UserPoolArn = { Value: { 'Fn::GetAtt': ['UserPool', 'Arn'] } };
    outputs.AppClientIDWeb = { Value: { Ref: 'UserPoolClientWeb' } };
    outputs.AppClientID = { Value: { Ref: 'UserPoolClient' } };
  }
  const data = {
    AWSTemplateFormatVersion: '2010-09-09',
    Description:
      'The Cognito resources of an Amplify auth resource (synthesised by cognito-iam-lint from cli-inputs.json, as auth-cognito-stack-builder.ts generates them)',
    Parameters: parameters,
    Resources: resources,
    Outputs: outputs,
  };
  return synthesisedDocument(cliInputs, data, (pointer) => originOf(cognitoConfig, pointer));
}

/** Where a synthesised node comes from: the cognitoConfig setting it reads, else the resource's, else the settings. */
function originOf(cognitoConfig: Record<string, unknown>, pointer: Pointer): Pointer {
  const [section, id, , property, ...rest] = splitPointer(pointer);
  const settings = (): string[] => {
    if (section !== 'Resources') return [];
    switch (id) {
      case 'UserPool':
        if (property === 'MfaConfiguration') return ['mfaConfiguration'];
        if (property === 'Schema') return ['requiredAttributes'];
        if (property === 'UsernameAttributes') return ['usernameAttributes'];
        if (property === 'AliasAttributes') return ['aliasAttributes'];
        if (property === 'Policies')
          return rest[1] === undefined || rest[1] === 'MinimumLength'
            ? ['passwordPolicyMinLength', 'passwordPolicyCharacters']
            : ['passwordPolicyCharacters', 'passwordPolicyMinLength'];
        return ['userPoolName'];
      case 'UserPoolClient':
      case 'UserPoolClientWeb':
        if (property === 'GenerateSecret') return ['userpoolClientGenerateSecret'];
        if (property === 'RefreshTokenValidity') return ['userpoolClientRefreshTokenValidity'];
        if (property === 'ReadAttributes') return ['userpoolClientReadAttributes'];
        if (property === 'WriteAttributes') return ['userpoolClientWriteAttributes'];
        if (property === 'SupportedIdentityProviders') return ['hostedUIProviderMeta', 'oAuthMetadata'];
        if (property?.startsWith('Allowed') || property === 'CallbackURLs' || property === 'LogoutURLs')
          return ['oAuthMetadata'];
        return ['userPoolName'];
      case 'IdentityPool':
        if (property === 'AllowUnauthenticatedIdentities') return ['allowUnauthenticatedIdentities'];
        if (property === 'SupportedLoginProviders') return ['authProviders'];
        return ['identityPoolName'];
      case 'IdentityPoolRoleMap':
        if (property === 'Roles' && rest[0] === 'authenticated') return ['authRoleArn'];
        if (property === 'Roles' && rest[0] === 'unauthenticated') return ['unauthRoleArn'];
        if (property === 'RoleMappings') return ['userPoolGroupList', 'userPoolGroups'];
        return ['identityPoolName'];
      default:
        return [];
    }
  };
  const found = settings().find((key) => own(cognitoConfig, key) !== undefined);
  return found === undefined ? '/cognitoConfig' : joinPointer('/cognitoConfig', found);
}
