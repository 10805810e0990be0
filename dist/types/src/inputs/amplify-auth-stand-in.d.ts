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
import type { ParsedDocument } from '../parsers/types.js';
/** The resource's override.ts: absent, its text, or there but unreadable (then it may set anything). */
export type OverrideFile = undefined | {
    text: string;
} | 'unreadable';
/** The `resource/Property` keys of OVERRIDABLE that an override.ts's text names. */
export declare function overriddenProperties(override: OverrideFile): Set<string>;
/**
 * The Cognito resources `amplify push` generates from `cognitoConfig` (a cli-inputs.json's), as a template located
 * in that file; undefined when `authSelections` is none the CLI knows. `override` is the resource's override.ts.
 */
export declare function authStandIn(cliInputs: ParsedDocument, cognitoConfig: Record<string, unknown>, override?: OverrideFile): ParsedDocument | undefined;
