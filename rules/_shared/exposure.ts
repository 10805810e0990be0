/**
 * Words about who holds an identity-pool role and why: the one place that turns exposure into
 * sentences for messages (the facts come from src/: exposureOf). Why a role has its exposure is
 * said in notes after the message ("Role `R` may …. The role is the guest role of identity pool `P`."),
 * from one table every rule that names exposure declares in its `meta.notes`, so each sentence a
 * user reads is visible in `meta`; placeholders carry only names.
 */
import type {
  Dormancy,
  Exposure,
  ExposureFacts,
  IdentityPool,
  ReportNote,
  Severity,
  SignUpOpener,
} from '../../src/rule-api.js';

/**
 * Said after a message about a guest grant that Cognito's scope-down drops in the enhanced flow
 * (docs/semantics.md#guest-scope-down): the `dormant` note of the role/ rules.
 */
export const DORMANT_GUEST_GRANT =
  'The grant is dormant until the basic (classic) flow is enabled or the scope-down changes.';

/**
 * The severity of an administrator-level grant by the exposure of the role that holds it: critical
 * for guest and public sign-up exposure, high for authenticated, medium for group; internal roles
 * are not reported (rules/role/admin-access.md, rules/role/cognito-admin-actions.md).
 */
export const ADMIN_SEVERITY_BY_EXPOSURE: Readonly<Record<string, Severity>> = {
  guest: 'critical',
  'public-sign-up': 'critical',
  authenticated: 'high',
  group: 'medium',
};

/** Why a role has its exposure, one sentence per note; spread into the `meta.notes` of each rule that names exposure. */
export const EXPOSURE_NOTES = {
  exposureGuestSlot: 'The role is the guest role of identity pool {{pool}}.',
  exposureUnauthenticatedSlot:
    'The role is the unauthenticated role of identity pool {{pool}}, which may allow guests.',
  exposureNoAudGuests: "Any identity pool's guests can assume the role because its trust does not pin `aud`.",
  exposureNoAudSignedIn:
    'Anyone can assume the role by signing in to an identity pool of their own because its trust does not pin `aud`.',
  exposureNoAud: 'Users of any identity pool can assume the role because its trust does not pin `aud`.',
  exposureClassicFlowGuestAmr:
    'Guests of identity pool {{pool}} can pick the role through the basic (classic) flow because its `amr` condition admits `unauthenticated`.',
  exposureClassicFlowGuestNoAmr:
    'Guests of identity pool {{pool}} can pick the role through the basic (classic) flow because its trust has no `amr` condition.',
  exposureAuthenticatedSlot: 'The role is the authenticated role of identity pool {{pool}}.',
  exposureAuthenticatedSlotOutside: 'The role is the authenticated role of an identity pool outside the linted files.',
  exposureClassicFlow:
    'Any signed-in user of identity pool {{pool}} can pick the role through the basic (classic) flow.',
  exposureOpenerSignUp: 'Anyone can get the role by signing up to user pool {{userPool}}.',
  exposureOpenerSocial: 'Anyone can get the role by signing in with {{providers}}.',
  exposureOpenerAnySocial: 'Anyone can get the role with a social login.',
  exposureRulesMapping: 'A Rules mapping of identity pool {{pool}} chooses the role.',
  exposureRulesMappingOutside: 'A Rules mapping of an identity pool outside the linted files chooses the role.',
  exposureRulesMappingClaim: 'A Rules mapping of identity pool {{pool}} chooses the role on `{{claim}}`.',
  exposureRulesMappingClaimOutside:
    'A Rules mapping of an identity pool outside the linted files chooses the role on `{{claim}}`.',
  exposureClaimFixed: 'Users cannot set `{{claim}}`.',
  exposureClaimWritable: 'Any signed-in user can set `{{claim}}`.',
  exposureClaimSignUp: 'Anyone who signs up to user pool {{userPool}} can set `{{claim}}`.',
  exposureClaimMaybe: 'Users may be able to set `{{claim}}`.',
  exposureGroupRole: 'The role belongs to user pool group {{group}}.',
  exposureUnattached: 'No identity pool in the linted files hands the role out.',
  exposureDormantNoGuests: 'No user can obtain the role today because identity pool {{pool}} does not allow guests.',
  exposureGuestsUnknownOutside:
    'The role is the unauthenticated role of an identity pool outside the linted files, which is not known to allow guests.',
  exposureDormantRefusesGuests:
    'No user can obtain the role today because its trust refuses the guest tokens of identity pool {{pool}}.',
  exposureDormantRefusesGuestsOutside:
    'No user can obtain the role today because its trust refuses the guest tokens of its identity pool, outside the linted files.',
  exposureDormantRefusesSignedIn:
    'No user can obtain the role today because its trust refuses the signed-in tokens of identity pool {{pool}}.',
  exposureDormantRefusesSignedInOutside:
    'No user can obtain the role today because its trust refuses the signed-in tokens of its identity pool, outside the linted files.',
  exposureDormantExcludesPool:
    'No user can obtain the role today because its trust does not admit identity pool {{pool}}.',
  exposureDormantExcludesPoolOutside:
    'No user can obtain the role today because its trust does not admit its identity pool, outside the linted files.',
  exposureNotIdentityPoolRole: 'The role is not an identity-pool role.',
  exposureIdentityPoolRole: 'The role is an identity-pool role.',
} as const;

/** One exposure note with its data. */
export type ExposureNote = ReportNote<typeof EXPOSURE_NOTES>;

/**
 * Who holds a role of this exposure, as the key of a message ID (`adminGuest`: "every visitor …",
 * `adminSignedIn`: "every signed-in user …", `adminGroup`: "every member of the group …",
 * `adminDormant`: "every user who obtains it …").
 */
export type Holder = 'Guest' | 'SignedIn' | 'Group' | 'Dormant';

export function holderOf(exposure: Exposure): Holder {
  // Nobody holds a dormant role today, and nothing in the linted files hands out an unattached one:
  // its severity counts it as reaching signed-in users (docs/semantics.md#exposure), but saying that
  // every signed-in user holds it would claim what the files do not show.
  const widest = exposure.reasons[0]?.kind;
  if (widest === 'dormant' || widest === 'unattached') return 'Dormant';
  const level = exposure.level;
  return level === 'guest' ? 'Guest' : level === 'group' ? 'Group' : 'SignedIn';
}

/**
 * Why a role has its exposure, as notes: its widest reason, or with `guest` the reason that makes
 * it a guest role (what rules about guest roles name: a role whose widest reason is a missing `aud`
 * that admits only signed-in tokens may be a guest role through a pool's guest slot).
 */
export function exposureNotes(exposure: Exposure, options: { guest?: boolean } = {}): ExposureNote[] {
  const reason = (options.guest ? exposure.guestReason : undefined) ?? exposure.reasons[0];
  return reason ? reasonNotes(reason) : [{ id: 'exposureIdentityPoolRole' }];
}

/** The notes that word one reason: "The role is the guest role of identity pool `Kiosk`." */
export function reasonNotes(facts: ExposureFacts): ExposureNote[] {
  const pool = facts.pool ? { pool: poolName(facts.pool) } : undefined;
  switch (facts.kind) {
    case 'unauthenticated-slot':
      if (!pool) return [{ id: 'exposureIdentityPoolRole' }];
      return [{ id: facts.poolGuests === true ? 'exposureGuestSlot' : 'exposureUnauthenticatedSlot', data: pool }];
    case 'no-aud':
      // Anyone can create an identity pool and be a guest or a signed-in user in it.
      if (facts.amr?.guests === true) return [{ id: 'exposureNoAudGuests' }];
      if (facts.amr?.guests === false) return [{ id: 'exposureNoAudSignedIn' }];
      return [{ id: 'exposureNoAud' }];
    case 'classic-flow-guest':
      if (!pool) return [{ id: 'exposureIdentityPoolRole' }];
      return [{ id: facts.amr?.tested ? 'exposureClassicFlowGuestAmr' : 'exposureClassicFlowGuestNoAmr', data: pool }];
    case 'authenticated-slot':
      return [
        pool ? { id: 'exposureAuthenticatedSlot', data: pool } : { id: 'exposureAuthenticatedSlotOutside' },
        ...openerNotes(facts.opener),
      ];
    case 'classic-flow':
      if (!pool) return [{ id: 'exposureIdentityPoolRole' }];
      return [{ id: 'exposureClassicFlow', data: pool }, ...openerNotes(facts.opener)];
    case 'rules-mapping': {
      if (facts.claim === undefined)
        return [pool ? { id: 'exposureRulesMapping', data: pool } : { id: 'exposureRulesMappingOutside' }];
      const claim = { claim: facts.claim };
      const chooses: ExposureNote = pool
        ? { id: 'exposureRulesMappingClaim', data: { ...pool, ...claim } }
        : { id: 'exposureRulesMappingClaimOutside', data: claim };
      if (facts.claimWritable === false) return [chooses, { id: 'exposureClaimFixed', data: claim }];
      if (facts.claimWritable === true && facts.opener?.via === 'self-sign-up')
        return [chooses, { id: 'exposureClaimSignUp', data: { ...claim, userPool: `\`${facts.opener.userPool}\`` } }];
      if (facts.claimWritable === true)
        return [chooses, { id: 'exposureClaimWritable', data: claim }, ...openerNotes(facts.opener)];
      return [chooses, { id: 'exposureClaimMaybe', data: claim }];
    }
    case 'group-role':
      return [{ id: 'exposureGroupRole', data: { group: `\`${facts.slot?.via.name ?? '?'}\`` } }];
    case 'unattached':
      return [{ id: 'exposureUnattached' }];
    case 'dormant':
      return [dormantNote(facts.dormancy, pool)];
    case 'not-identity-pool-role':
      return [{ id: 'exposureNotIdentityPoolRole' }];
  }
}

function poolName(pool: IdentityPool): string {
  return `\`${pool.name}\``;
}

function openerNotes(opener: SignUpOpener | undefined): ExposureNote[] {
  if (!opener) return [];
  if (opener.via === 'self-sign-up')
    return [{ id: 'exposureOpenerSignUp', data: { userPool: `\`${opener.userPool}\`` } }];
  if (opener.providers.length === 0) return [{ id: 'exposureOpenerAnySocial' }];
  const providers = opener.providers.map((n) => `\`${n}\``).join(' or ');
  return [{ id: 'exposureOpenerSocial', data: { providers } }];
}

function dormantNote(dormancy: Dormancy | undefined, pool: { pool: string } | undefined): ExposureNote {
  switch (dormancy) {
    case 'pool-guests-unknown':
      return { id: 'exposureGuestsUnknownOutside' };
    case 'pool-refuses-guests':
      // Known only of a pool in the linted files; `pool-guests-unknown` is the slot of one outside them.
      return pool ? { id: 'exposureDormantNoGuests', data: pool } : { id: 'exposureGuestsUnknownOutside' };
    case 'trust-refuses-guests':
      return pool ? { id: 'exposureDormantRefusesGuests', data: pool } : { id: 'exposureDormantRefusesGuestsOutside' };
    case 'trust-refuses-signed-in':
      return pool
        ? { id: 'exposureDormantRefusesSignedIn', data: pool }
        : { id: 'exposureDormantRefusesSignedInOutside' };
    default:
      return pool ? { id: 'exposureDormantExcludesPool', data: pool } : { id: 'exposureDormantExcludesPoolOutside' };
  }
}
