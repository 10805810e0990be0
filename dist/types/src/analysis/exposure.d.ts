import type { Tri } from '../core/tri.js';
import type { IdentityPool, MappingRule, Role, RoleMapping, RoleSlot } from '../model/entities.js';
import type { IdentityModel } from '../model/model.js';
import { type AmrAdmission } from '../iam/trust.js';
import { type WritableReason } from './user-writability.js';
export type { MappingRule, RoleMapping } from '../model/entities.js';
import type { UserPool, UserPoolClient } from '../model/cognito.js';
/** Every role mapping of every role attachment of the run. */
export declare function roleMappingsOf(model: IdentityModel): readonly RoleMapping[];
/** The role mappings of one identity pool. */
export declare function roleMappingsOfPool(model: IdentityModel, pool: IdentityPool): RoleMapping[];
/** The user pool and app client a role mapping's provider names (`cognito-idp.<region>.amazonaws.com/<pool>:<client>`). */
export declare function mappingUserPool(model: IdentityModel, mapping: RoleMapping): {
    userPool: UserPool | undefined;
    client: UserPoolClient | undefined;
    cognito: Tri;
};
export interface ClaimWritability {
    /** Can a user of the mapping's provider set the claim themselves? */
    readonly writable: Tri;
    /** Why (from the user-pool model), for notifications. */
    readonly because: string;
    /** Why users can set it, as facts, when `writable` is true. */
    readonly reason?: WritableReason;
    /** The clients considered (the mapping's client, else every client of the pool). */
    readonly clients: readonly UserPoolClient[];
    readonly userPool: UserPool | undefined;
}
/**
 * Can the user set the claim a Rules mapping rule matches? For a Cognito user pool provider: the
 * mapping's app client decides (docs/semantics.md#user-writable-claim: every client of the pool when the client is unknown).
 * `'unknown'` for providers that are not Cognito user pools of the run, and for computed claims.
 */
export declare function mappingRuleWritability(model: IdentityModel, mapping: RoleMapping, rule: MappingRule): ClaimWritability;
/**
 * Does the role's trust admit tokens of `pool` (its `aud`)? True when some identity-pool statement
 * has no effective `aud` restriction or names the pool; false only when every restricting `aud`
 * value is a reference to another identity pool of the run; otherwise unknown (a literal ID, a
 * parameter, an import that did not resolve).
 */
export declare function trustAdmitsPool(model: IdentityModel, role: Role, pool: IdentityPool): Tri;
/** The identity pools of the run a role's trust names in `aud`, and whether some `aud` value names something else. */
export declare function audPools(model: IdentityModel, role: Role): {
    pools: IdentityPool[];
    others: boolean;
};
/** What lets anyone become a signed-in user of an identity pool. */
export type SignUpOpener = 
/** A user pool provider with self sign-up. */
{
    readonly via: 'self-sign-up';
    readonly userPool: string;
}
/** Social providers in `SupportedLoginProviders`, where anyone can have an account. */
 | {
    readonly via: 'social';
    readonly providers: readonly string[];
};
export interface PoolSignUp {
    /** Can anyone on the internet become a signed-in user of the pool? */
    readonly publicSignUp: Tri;
    /** What makes it so, when `publicSignUp` is true. */
    readonly opener: SignUpOpener | undefined;
    /** The user pools the pool accepts (`CognitoIdentityProviders`) found in the run. */
    readonly userPools: readonly UserPool[];
}
/**
 * Whether the identity pool's signed-in users are "anyone who signs up": a user pool provider
 * allows self sign-up (`AllowAdminCreateUserOnly` absent or false in raw CloudFormation), or the
 * pool accepts a social provider in `SupportedLoginProviders`.
 * https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-admin-create-user-policy.html
 */
export declare function poolSignUp(model: IdentityModel, pool: IdentityPool): PoolSignUp;
export type ExposureLevel = 'guest' | 'public-sign-up' | 'authenticated' | 'group' | 'internal';
/** Widest first. */
export declare const EXPOSURE_LEVELS: readonly ExposureLevel[];
/** Short names of the exposure levels (`Exposure.label`); messages say why instead (`exposureNotes`, rules/_shared/exposure.ts). */
export declare const EXPOSURE_LABELS: Readonly<Record<ExposureLevel, string>>;
export type ExposureReasonKind = 
/** Guest: the role sits in the `unauthenticated` slot of a pool whose guest access is on (or unknown). */
'unauthenticated-slot'
/** Guest: the trust admits guest tokens and names a pool with guests and the basic flow on (or unknown). */
 | 'classic-flow-guest'
/** Guest: no effective `aud` restriction — any identity pool in any account can obtain a token. */
 | 'no-aud'
/** The `authenticated` slot of a pool (public sign-up when its users can sign themselves up). */
 | 'authenticated-slot'
/** Signed-in users of a basic-flow pool named by `aud` can pick the role themselves. */
 | 'classic-flow'
/** Chosen by a Rules mapping: on a claim the user can write (public sign-up / authenticated), one they cannot (group), or undecidable (authenticated). */
 | 'rules-mapping'
/** A user pool group's `RoleArn` (Token mapping). */
 | 'group-role'
/** An identity-pool role with no slot in the linted files: it may be wired elsewhere. */
 | 'unattached'
/** Attached, but no slot hands it out today (a guest slot of a pool without guests, an amr that refuses the slot's tokens). */
 | 'dormant'
/** Not an identity-pool role. */
 | 'not-identity-pool-role';
/**
 * Why a `dormant` role's slot hands it to no one in the linted files. `pool-guests-unknown`: the
 * `unauthenticated` slot of a pool outside the linted files, which is not taken to allow guests
 * (docs/semantics.md#resolved-value) and not known to refuse them either.
 */
export type Dormancy = 'pool-guests-unknown' | 'pool-refuses-guests' | 'trust-refuses-guests' | 'trust-refuses-signed-in' | 'trust-excludes-pool';
/** The facts behind one way into a role; `reasonNotes` (rules/_shared/exposure.ts) words them. */
export interface ExposureFacts {
    readonly level: ExposureLevel;
    readonly kind: ExposureReasonKind;
    readonly pool?: IdentityPool;
    readonly slot?: RoleSlot;
    /** What the role's trust admits by `amr` (which tokens of any pool, for `no-aud`; why guest tokens pass, for `classic-flow-guest`). */
    readonly amr?: AmrAdmission;
    /** `unauthenticated-slot`: the pool's `AllowUnauthenticatedIdentities` (true, or unknown). */
    readonly poolGuests?: Tri;
    /** Public sign-up: what lets anyone become a signed-in user. */
    readonly opener?: SignUpOpener;
    /** `rules-mapping`: the claim the rule matches (undefined when the rule was not found) and whether users can set it. */
    readonly claim?: string;
    readonly claimWritable?: Tri;
    /** `dormant`: why no one obtains it today. */
    readonly dormancy?: Dormancy;
}
/** One way into a role, as facts (rules/_shared/exposure.ts words it for messages). */
export type ExposureReason = ExposureFacts;
export interface Exposure {
    readonly level: ExposureLevel;
    /** `guest`, `public sign-up`, `authenticated`, `group`, `internal`. */
    readonly label: string;
    /** The pools behind the reasons at `level`. */
    readonly pools: readonly IdentityPool[];
    /** The slots behind the reasons at `level`. */
    readonly slots: readonly RoleSlot[];
    /** Every way in that was found, widest first; messages name the first (`exposureNotes`, rules/_shared/exposure.ts). */
    readonly reasons: readonly ExposureReason[];
    /**
     * A guest role (docs/semantics.md#guest-role, with the trust actually admitting guest tokens): the
     * `unauthenticated` slot, the basic flow, or no `aud` with `amr` admitting guests.
     */
    readonly guestRole: boolean;
    /** The first reason that makes it a guest role, when it is one (what rules about guest roles name). */
    readonly guestReason: ExposureReason | undefined;
    /**
     * Guest scope-down (docs/semantics.md#guest-scope-down): the role is a guest role only through the `unauthenticated` slot of
     * pools whose `AllowClassicFlow` is known false, and its `aud` names only those pools of the run:
     * Cognito intersects guest credentials with its session policy.
     */
    readonly guestScopedDown: boolean;
    /** What the trust's `amr` conditions admit. */
    readonly amr: AmrAdmission;
    /**
     * No user can obtain the role today, and every way in is in the linted files: it sits only in
     * slots that refuse it (the `unauthenticated` slot of a pool without guest access, a slot its
     * `amr` refuses) and its `aud` names no pool outside the files. Its exposure stays
     * `authenticated` (one setting makes it live), but scaled rules report it at most `low`:
     * `identity-pool/unused-guest-role` and `trust/amr-role-mismatch` are the findings about it.
     */
    readonly unobtainable: boolean;
}
/** The exposure of a role (docs/semantics.md#exposure), computed once per model. */
export declare function exposureOf(model: IdentityModel, role: Role): Exposure;
/** The identity-pool roles some user can obtain (exposure other than internal), with their exposure. */
export declare function exposedRoles(model: IdentityModel): Generator<{
    role: Role;
    exposure: Exposure;
}>;
/** The identity-pool roles guests may obtain (docs/semantics.md#guest-role), with their exposure. */
export declare function guestRoles(model: IdentityModel): Generator<{
    role: Role;
    exposure: Exposure;
}>;
/** Is the role a guest role (docs/semantics.md#guest-role)? */
export declare function isGuestRole(model: IdentityModel, role: Role): boolean;
