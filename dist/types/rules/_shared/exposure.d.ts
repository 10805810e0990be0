/**
 * Words about who holds an identity-pool role and why: the one place that turns exposure into
 * sentences for messages (the facts come from src/: exposureOf). Why a role has its exposure is
 * said in notes after the message ("Role `R` may …. The role is the guest role of identity pool `P`."),
 * from one table every rule that names exposure declares in its `meta.notes`, so each sentence a
 * user reads is visible in `meta`; placeholders carry only names.
 */
import type { Exposure, ExposureFacts, ReportNote, Severity } from '../../src/rule-api.js';
/**
 * Said after a message about a guest grant that Cognito's scope-down drops in the enhanced flow
 * (docs/semantics.md#guest-scope-down): the `dormant` note of the role/ rules.
 */
export declare const DORMANT_GUEST_GRANT = "The grant is dormant until the basic (classic) flow is enabled or the scope-down changes.";
/**
 * The severity of an administrator-level grant by the exposure of the role that holds it: critical
 * for guest and public sign-up exposure, high for authenticated, medium for group; internal roles
 * are not reported (rules/role/admin-access.md, rules/role/cognito-admin-actions.md).
 */
export declare const ADMIN_SEVERITY_BY_EXPOSURE: Readonly<Record<string, Severity>>;
/** Why a role has its exposure, one sentence per note; spread into the `meta.notes` of each rule that names exposure. */
export declare const EXPOSURE_NOTES: {
    readonly exposureGuestSlot: "The role is the guest role of identity pool {{pool}}.";
    readonly exposureUnauthenticatedSlot: "The role is the unauthenticated role of identity pool {{pool}}, which may allow guests.";
    readonly exposureNoAudGuests: "Any identity pool's guests can assume the role because its trust does not pin `aud`.";
    readonly exposureNoAudSignedIn: "Anyone can assume the role by signing in to an identity pool of their own because its trust does not pin `aud`.";
    readonly exposureNoAud: "Users of any identity pool can assume the role because its trust does not pin `aud`.";
    readonly exposureClassicFlowGuestAmr: "Guests of identity pool {{pool}} can pick the role through the basic (classic) flow because its `amr` condition admits `unauthenticated`.";
    readonly exposureClassicFlowGuestNoAmr: "Guests of identity pool {{pool}} can pick the role through the basic (classic) flow because its trust has no `amr` condition.";
    readonly exposureAuthenticatedSlot: "The role is the authenticated role of identity pool {{pool}}.";
    readonly exposureAuthenticatedSlotOutside: "The role is the authenticated role of an identity pool outside the linted files.";
    readonly exposureClassicFlow: "Any signed-in user of identity pool {{pool}} can pick the role through the basic (classic) flow.";
    readonly exposureOpenerSignUp: "Anyone can get the role by signing up to user pool {{userPool}}.";
    readonly exposureOpenerSocial: "Anyone can get the role by signing in with {{providers}}.";
    readonly exposureOpenerAnySocial: "Anyone can get the role with a social login.";
    readonly exposureRulesMapping: "A Rules mapping of identity pool {{pool}} chooses the role.";
    readonly exposureRulesMappingOutside: "A Rules mapping of an identity pool outside the linted files chooses the role.";
    readonly exposureRulesMappingClaim: "A Rules mapping of identity pool {{pool}} chooses the role on `{{claim}}`.";
    readonly exposureRulesMappingClaimOutside: "A Rules mapping of an identity pool outside the linted files chooses the role on `{{claim}}`.";
    readonly exposureClaimFixed: "Users cannot set `{{claim}}`.";
    readonly exposureClaimWritable: "Any signed-in user can set `{{claim}}`.";
    readonly exposureClaimSignUp: "Anyone who signs up to user pool {{userPool}} can set `{{claim}}`.";
    readonly exposureClaimMaybe: "Users may be able to set `{{claim}}`.";
    readonly exposureGroupRole: "The role belongs to user pool group {{group}}.";
    readonly exposureUnattached: "No identity pool in the linted files hands the role out.";
    readonly exposureDormantNoGuests: "No user can obtain the role today because identity pool {{pool}} does not allow guests.";
    readonly exposureGuestsUnknownOutside: "The role is the unauthenticated role of an identity pool outside the linted files, which is not known to allow guests.";
    readonly exposureDormantRefusesGuests: "No user can obtain the role today because its trust refuses the guest tokens of identity pool {{pool}}.";
    readonly exposureDormantRefusesGuestsOutside: "No user can obtain the role today because its trust refuses the guest tokens of its identity pool, outside the linted files.";
    readonly exposureDormantRefusesSignedIn: "No user can obtain the role today because its trust refuses the signed-in tokens of identity pool {{pool}}.";
    readonly exposureDormantRefusesSignedInOutside: "No user can obtain the role today because its trust refuses the signed-in tokens of its identity pool, outside the linted files.";
    readonly exposureDormantExcludesPool: "No user can obtain the role today because its trust does not admit identity pool {{pool}}.";
    readonly exposureDormantExcludesPoolOutside: "No user can obtain the role today because its trust does not admit its identity pool, outside the linted files.";
    readonly exposureNotIdentityPoolRole: "The role is not an identity-pool role.";
    readonly exposureIdentityPoolRole: "The role is an identity-pool role.";
};
/** One exposure note with its data. */
export type ExposureNote = ReportNote<typeof EXPOSURE_NOTES>;
/**
 * Who holds a role of this exposure, as the key of a message ID (`adminGuest`: "every visitor …",
 * `adminSignedIn`: "every signed-in user …", `adminGroup`: "every member of the group …",
 * `adminDormant`: "every user who obtains it …").
 */
export type Holder = 'Guest' | 'SignedIn' | 'Group' | 'Dormant';
export declare function holderOf(exposure: Exposure): Holder;
/**
 * Why a role has its exposure, as notes: its widest reason, or with `guest` the reason that makes
 * it a guest role (what rules about guest roles name: a role whose widest reason is a missing `aud`
 * that admits only signed-in tokens may be a guest role through a pool's guest slot).
 */
export declare function exposureNotes(exposure: Exposure, options?: {
    guest?: boolean;
}): ExposureNote[];
/** The notes that word one reason: "The role is the guest role of identity pool `Kiosk`." */
export declare function reasonNotes(facts: ExposureFacts): ExposureNote[];
