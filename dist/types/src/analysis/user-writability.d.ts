import type { Tri } from '../core/tri.js';
import { type UserPool, type UserPoolClient } from '../model/cognito.js';
/** The user pool an app client belongs to, when its `UserPoolId` refers to a user pool of the run. */
export declare function userPoolOf(client: UserPoolClient): UserPool | undefined;
/** The app clients of a user pool found in the run (clients in other stacks included, through cross-stack references). */
export declare function clientsOf(pool: UserPool): readonly UserPoolClient[];
/** Claims Cognito puts in tokens itself (never user-writable: docs/semantics.md#user-writable-claim). */
export declare const TOKEN_CLAIMS: ReadonlySet<string>;
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
    /** The client's `WriteAttributes` as its input names it, when that is not CloudFormation's name (Terraform's `write_attributes`). */
    readonly property?: string;
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
