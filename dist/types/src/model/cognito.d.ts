/**
 * The Cognito user pool entities of the model: user pools, app clients, groups and identity-pool
 * principal tags, whatever dialect read them. Every property keeps its resolved value and the node
 * it came from; unknown is a value.
 */
import type { Tri } from '../core/tri.js';
import type { Entity, IdentityPool } from './entities.js';
import { type Resolved } from '../values/resolved.js';
import type { SourceRef } from '../parsers/source.js';
import type { ResourceNode } from '../values/resource-node.js';
/** A property as the template gives it. */
export interface PropertyValue {
    /** The resolved value; `{kind: 'absent'}` when the property is missing (or `Ref AWS::NoValue`). */
    readonly value: Resolved;
    /** The property's node; when it is missing, the pointer where it would be (locating it gives its nearest existing parent). */
    readonly source: SourceRef;
    /** The property is written in the template (it may still resolve to absent through `AWS::NoValue`). */
    readonly present: boolean;
    /**
     * The property's name as its input writes it, when that is not CloudFormation's (a Terraform
     * `aws_cognito_user_pool`'s `mfa_configuration` for `MfaConfiguration`): messages name the property by it.
     */
    readonly name?: string;
}
/** One entry of a list property, with its own node when the list is written literally. */
export interface ListItem {
    readonly value: Resolved;
    /** The entry's node; the property's node when the list comes from a parameter or `Fn::Split`. */
    readonly source: SourceRef;
}
/** A list property (`AllowedOAuthFlows`, `CallbackURLs`, `WriteAttributes`, …). */
export interface ListProperty extends PropertyValue {
    /** Entries, `AWS::NoValue` entries dropped. Empty when the property is absent or not known as a list. */
    readonly items: readonly ListItem[];
    /**
     * True when `items` is the whole list (absent counts: no entries). False when the list itself is
     * computed in a way the resolver cannot enumerate (a parameter without a given value, `Fn::If` of lists).
     * Entries may still be individually unknown: check each `value`.
     */
    readonly known: boolean;
}
export interface SchemaAttribute {
    /** As written in `Schema[].Name` (`dept`, `email`). */
    readonly name: string;
    /** As tokens, `WriteAttributes` and role-mapping rules name it (`custom:dept`, `email`). */
    readonly claim: string;
    readonly custom: boolean;
    /** `Required` (absent: false). */
    readonly required: Tri;
    /**
     * `Mutable` (absent: true). The API reference gives no default; Cognito reports omitted
     * `Mutable` as true, and true is the side that never hides a user-writable attribute.
     */
    readonly mutable: Tri;
    /** `DeveloperOnlyAttribute` (absent: false): writable only with IAM credentials, never by the user. */
    readonly developerOnly: Tri;
    readonly source: SourceRef;
}
/** `Policies.PasswordPolicy` of a user pool. */
export interface PasswordPolicy {
    /** `absent`: Cognito's default policy applies (8 characters, every character class). */
    readonly state: 'present' | 'absent' | 'unknown';
    /** The `PasswordPolicy` node, or where it would be. */
    readonly source: SourceRef;
    readonly minimumLength: PropertyValue;
    readonly requireLowercase: PropertyValue;
    readonly requireUppercase: PropertyValue;
    readonly requireNumbers: PropertyValue;
    readonly requireSymbols: PropertyValue;
    readonly temporaryPasswordValidityDays: PropertyValue;
}
export interface UserPool extends Entity {
    readonly kind: 'user-pool';
    readonly templateResource: ResourceNode;
    /** `AdminCreateUserConfig.AllowAdminCreateUserOnly`. */
    readonly allowAdminCreateUserOnly: PropertyValue;
    /** Users may register themselves: `AllowAdminCreateUserOnly` absent or false (raw CloudFormation and API default). */
    readonly selfSignUp: Tri;
    /** `MfaConfiguration` (`OFF` | `ON` | `OPTIONAL`; absent means `OFF`). */
    readonly mfaConfiguration: PropertyValue;
    readonly enabledMfas: ListProperty;
    readonly passwordPolicy: PasswordPolicy;
    /** `Schema` entries; `schemaKnown` is false when some entry (or the list) is computed. */
    readonly schema: readonly SchemaAttribute[];
    readonly schemaKnown: boolean;
    readonly schemaSource: SourceRef;
    readonly usernameAttributes: ListProperty;
    readonly aliasAttributes: ListProperty;
    /** App clients whose `UserPoolId` refers to this pool (filled by linking). */
    readonly clients: UserPoolClient[];
    /** Groups whose `UserPoolId` refers to this pool (filled by linking). */
    readonly groups: UserPoolGroup[];
}
export interface UserPoolClient extends Entity {
    readonly kind: 'user-pool-client';
    readonly templateResource: ResourceNode;
    readonly userPoolId: PropertyValue;
    /** The pool `UserPoolId` refers to, when it is a user pool of the run. */
    readonly userPool: UserPool | undefined;
    readonly allowedOAuthFlowsUserPoolClient: PropertyValue;
    readonly allowedOAuthFlows: ListProperty;
    readonly allowedOAuthScopes: ListProperty;
    /** Absent: `ALLOW_REFRESH_TOKEN_AUTH`, `ALLOW_USER_SRP_AUTH`, `ALLOW_CUSTOM_AUTH`. */
    readonly explicitAuthFlows: ListProperty;
    /** Absent: `LEGACY` (user existence errors are returned). */
    readonly preventUserExistenceErrors: PropertyValue;
    readonly callbackURLs: ListProperty;
    readonly logoutURLs: ListProperty;
    readonly defaultRedirectURI: PropertyValue;
    readonly readAttributes: ListProperty;
    /** Absent: every standard attribute is writable (not `email_verified` / `phone_number_verified`). */
    readonly writeAttributes: ListProperty;
    readonly supportedIdentityProviders: ListProperty;
    readonly generateSecret: PropertyValue;
}
export interface UserPoolGroup extends Entity {
    readonly kind: 'user-pool-group';
    readonly templateResource: ResourceNode;
    readonly groupName: PropertyValue;
    readonly userPoolId: PropertyValue;
    readonly userPool: UserPool | undefined;
    readonly roleArn: PropertyValue;
    readonly precedence: PropertyValue;
}
/** `AWS::Cognito::IdentityPoolPrincipalTag`: which token claims become principal tags. */
export interface PrincipalTagMapping extends Entity {
    readonly kind: 'principal-tag-mapping';
    readonly templateResource: ResourceNode;
    readonly identityPoolId: PropertyValue;
    /** The `AWS::Cognito::IdentityPool` template resource `IdentityPoolId` refers to (see `identityPoolOfMapping`). */
    readonly identityPoolResource: ResourceNode | undefined;
    /** `cognito-idp.<region>.amazonaws.com/<poolId>`, `accounts.google.com`, … */
    readonly identityProviderName: PropertyValue;
    /** The user pool the provider name refers to, when it does. */
    readonly userPool: UserPool | undefined;
    /** Tag key → claim name. `principalTagsKnown` is false when the map (or a key's claim) is computed. */
    readonly principalTags: ReadonlyArray<{
        readonly tag: string;
        readonly claim: Resolved;
        readonly source: SourceRef;
    }>;
    readonly principalTagsKnown: boolean;
    readonly principalTagsSource: SourceRef;
    /** `UseDefaults`: the user pool default map tags `aud` (client ID) and `sub`. */
    readonly useDefaults: PropertyValue;
}
/**
 * The user pool ID (and app client ID) a Cognito provider name written out carries:
 * `ProviderName` and `IdentityProviderName` are `cognito-idp.<region>.amazonaws.com/<user pool ID>`,
 * a `RoleMappings` key adds `:<client ID>`.
 * https://docs.aws.amazon.com/cognitoidentity/latest/APIReference/API_CognitoIdentityProvider.html
 */
export declare function cognitoProviderIds(text: string): {
    userPoolId: string;
    clientId: string | undefined;
} | undefined;
/**
 * Does the identity pool list `userPool` among its `CognitoIdentityProviders`, by reference or, for
 * resources read with their IDs (an account's), by the ID in the provider name?
 */
export declare function poolAcceptsUserPool(pool: IdentityPool, userPool: ResourceNode): boolean;
/**
 * poolAcceptsUserPool for one identity pool and many user pools: its providers are read once, not
 * once per user pool (a hundred pools of each asked it ten thousand times).
 */
export declare function userPoolAcceptance(pool: IdentityPool): (userPool: ResourceNode) => boolean;
/** The user pool among `candidates` of `deployment` whose ID a provider name written out carries. */
export declare function physicallyNamedUserPool(providerName: Resolved, deployment: string, candidates: readonly ResourceNode[]): ResourceNode | undefined;
/**
 * The standard attributes of every user pool (OIDC claims)
 * (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-attributes.html).
 * `sub` is standard but set by Cognito; `email_verified` and `phone_number_verified` are
 * verification attributes, writable only when a client lists them.
 */
export declare const STANDARD_ATTRIBUTES: ReadonlySet<string>;
export interface UserPoolEntities {
    readonly userPools: readonly UserPool[];
    readonly clients: readonly UserPoolClient[];
    readonly groups: readonly UserPoolGroup[];
    readonly principalTags: readonly PrincipalTagMapping[];
}
export declare function emptyUserPoolEntities(): UserPoolEntities;
