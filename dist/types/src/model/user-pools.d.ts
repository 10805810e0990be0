import type { Entity } from './entities.js';
import { type Resolver } from './intrinsics.js';
import { type Resolved } from './resolved.js';
import { type SourceRef } from './source.js';
import type { Stack, TemplateResource } from './stack.js';
/** A yes/no fact that may not be statically known. */
export type Tri = boolean | 'unknown';
/** A property as the template gives it. */
export interface PropertyValue {
    /** The resolved value; `{kind: 'absent'}` when the property is missing (or `Ref AWS::NoValue`). */
    readonly value: Resolved;
    /** The property's node; when it is missing, the pointer where it would be (locating it gives its nearest existing parent). */
    readonly source: SourceRef;
    /** The property is written in the template (it may still resolve to absent through `AWS::NoValue`). */
    readonly present: boolean;
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
    readonly templateResource: TemplateResource;
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
    readonly templateResource: TemplateResource;
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
    readonly templateResource: TemplateResource;
    readonly groupName: PropertyValue;
    readonly userPoolId: PropertyValue;
    readonly userPool: UserPool | undefined;
    readonly roleArn: PropertyValue;
    readonly precedence: PropertyValue;
}
/** `AWS::Cognito::IdentityPoolPrincipalTag`: which token claims become principal tags. */
export interface PrincipalTagMapping extends Entity {
    readonly kind: 'principal-tag-mapping';
    readonly templateResource: TemplateResource;
    readonly identityPoolId: PropertyValue;
    /** The `AWS::Cognito::IdentityPool` template resource `IdentityPoolId` refers to (see `identityPoolOfMapping`). */
    readonly identityPoolResource: TemplateResource | undefined;
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
export interface UserPoolEntities {
    readonly userPools: readonly UserPool[];
    readonly clients: readonly UserPoolClient[];
    readonly groups: readonly UserPoolGroup[];
    readonly principalTags: readonly PrincipalTagMapping[];
}
export declare function buildUserPoolEntities(stacks: readonly Stack[], resolver: Resolver): UserPoolEntities;
/** The one resource a value refers to (`Ref`/`Fn::GetAtt`, or alternatives that all name it). */
export declare function singleResource(value: Resolved): {
    resource: TemplateResource;
    attribute: string | undefined;
} | undefined;
/** Every resource a value refers to, anywhere in it (a provider name built with `Fn::Sub`). */
export declare function referencedResources(value: Resolved): TemplateResource[];
/**
 * A boolean property as a tri-state: `whenAbsent` for a missing property, the value when every
 * alternative agrees (CloudFormation accepts "true"/"false" strings), `'unknown'` otherwise.
 */
export declare function triBoolean(value: Resolved, whenAbsent: boolean): Tri;
/**
 * The string a value certainly has: `absent` when the property is missing, the string when every
 * alternative has it, `undefined` when unknown or when alternatives differ (`Fn::If`, a parameter
 * default that the deployer may override).
 */
export declare function certainString(value: Resolved): string | {
    absent: true;
} | undefined;
/** What a rule concludes about a value: it fires, it does not, or it cannot tell (then it stays silent and records why). */
export type Verdict = 'fires' | 'clean' | 'unknown';
/**
 * Judge a value whose alternatives may differ (`Fn::If` branches, a parameter default that the
 * deployer may override). It fires when some alternative fires and every alternative is known: a
 * literal weak setting in one `Fn::If` branch is written in the template and deploys under its
 * condition. Any unknown alternative makes the verdict unknown: never a guess.
 */
export declare function judgeAlternatives(value: Resolved, test: (alternative: Resolved) => Verdict): Verdict;
/** `judgeAlternatives` for a string property: `test` gets each alternative's string, `undefined` for absent. */
export declare function judgeString(value: Resolved, test: (text: string | undefined) => boolean): Verdict;
/**
 * How a value is written in the template, for messages: a plain string, or the template string of
 * an `Fn::Sub` (`http://${SiteBucket}.s3-website-${AWS::Region}.amazonaws.com/`). Undefined for
 * anything else (use `describe` of the resolved value then).
 */
export declare function writtenText(source: SourceRef): string | undefined;
/** "user pool `Users`", for messages; `start` capitalises it to begin a sentence. */
export declare function describeUserPool(pool: UserPool, start?: boolean): string;
/** "app client `WebClient` of user pool `Users`" (without the pool when it is not in the run), for messages. */
export declare function describeClient(client: UserPoolClient, start?: boolean): string;
/** The user pool an app client belongs to, when its `UserPoolId` refers to a user pool of the run. */
export declare function userPoolOf(client: UserPoolClient): UserPool | undefined;
/** The app clients of a user pool found in the run (clients in other stacks included, through cross-stack references). */
export declare function clientsOf(pool: UserPool): readonly UserPoolClient[];
/**
 * The standard attributes of every user pool (OIDC claims)
 * (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-attributes.html).
 * `sub` is standard but set by Cognito; `email_verified` and `phone_number_verified` are
 * verification attributes, writable only when a client lists them.
 */
export declare const STANDARD_ATTRIBUTES: ReadonlySet<string>;
/** Claims Cognito puts in tokens itself (RULES.md: never user-writable). */
export declare const TOKEN_CLAIMS: ReadonlySet<string>;
export interface Writability {
    readonly writable: Tri;
    /** Why, for messages: "listed in `WriteAttributes` of app client `WebClient`". */
    readonly because: string;
}
/**
 * Can a user of `client` set the token claim `claim` themselves? RULES.md's definition of a
 * user-writable attribute:
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
export declare function userWritability(client: UserPoolClient, claim: string): Writability;
/** `userWritability(client, claim).writable`: true, false, or `'unknown'` when not statically known. */
export declare function isUserWritableClaim(client: UserPoolClient, claim: string): Tri;
/**
 * The claims a user of `client` can certainly set (`writable`) and those that may be writable
 * (`uncertain`), among the standard attributes, the verification attributes, `cognito:username`,
 * the pool's schema and the client's `WriteAttributes`. `complete` is false when something that
 * decides it is not statically known (then `uncertain` may miss claims).
 */
export declare function userWritableAttributes(client: UserPoolClient): {
    writable: string[];
    uncertain: string[];
    complete: boolean;
};
/** The user pool part of the model is complete and tested (test/model/user-pools.test.ts). */
export declare const USER_POOL_MODEL_READY = true;
