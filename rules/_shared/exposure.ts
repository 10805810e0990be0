/**
 * Words about who holds an identity-pool role and why: the one place that turns exposure into
 * words for messages (the facts come from src/: exposureOf).
 */
import type { Dormancy, Exposure, ExposureFacts, SignUpOpener } from '../../src/rule-api.js';

/**
 * Said after a message about a guest grant that Cognito's scope-down drops in the enhanced flow
 * (docs/semantics.md#guest-scope-down): the `dormant` note of the role/ rules.
 */
export const DORMANT_GUEST_GRANT =
  'The grant is dormant until the basic (classic) flow is enabled or the scope-down changes.';

/** Who holds a role of this exposure, for messages ("every visitor can …"). */
export function holderOf(exposure: Exposure): string {
  if (exposure.reasons[0]?.kind === 'dormant') return 'user who obtains it';
  const level = exposure.level;
  return level === 'guest' ? 'visitor' : level === 'group' ? 'member of the group' : 'signed-in user';
}

/**
 * Why a role has its exposure, as an appositive after its name: "Role `R`, {{exposure}}, may …".
 * It words the widest reason, or with `guest` the reason that makes it a guest role (what rules about
 * guest roles name: a role whose widest reason is a missing `aud` that admits only signed-in tokens
 * may be a guest role through a pool's guest slot).
 */
export function exposurePhrase(exposure: Exposure, options: { guest?: boolean } = {}): string {
  const reason = (options.guest ? exposure.guestReason : undefined) ?? exposure.reasons[0];
  return reason ? wordExposure(reason) : 'an identity-pool role';
}

/**
 * Words one reason, as an appositive after the role's name: "the guest role of identity pool `Kiosk`",
 * "which any identity pool's guests can assume because its trust does not pin `aud`".
 */
export function wordExposure(facts: ExposureFacts): string {
  const pool = facts.pool ? `identity pool \`${facts.pool.name}\`` : 'an identity pool outside the linted files';
  switch (facts.kind) {
    case 'unauthenticated-slot':
      return facts.poolGuests === true
        ? `the guest role of ${pool}`
        : `the unauthenticated role of ${pool}, which may allow guests`;
    case 'no-aud': {
      // Anyone can create an identity pool and be a guest or a signed-in user in it.
      if (facts.amr?.guests === true)
        return "which any identity pool's guests can assume because its trust does not pin `aud`";
      if (facts.amr?.guests === false)
        return 'which anyone can assume by signing in to an identity pool of their own because its trust does not pin `aud`';
      return 'which users of any identity pool can assume because its trust does not pin `aud`';
    }
    case 'classic-flow-guest': {
      const because = facts.amr?.tested
        ? 'its `amr` condition admits `unauthenticated`'
        : 'its trust has no `amr` condition';
      return `which guests of ${pool} can pick through the basic (classic) flow because ${because}`;
    }
    case 'authenticated-slot':
      return `the authenticated role of ${pool}${facts.opener ? `, open to ${signerUp(facts.opener)}` : ''}`;
    case 'classic-flow':
      return facts.opener
        ? `which ${signerUp(facts.opener)} can pick through the basic (classic) flow of ${pool}`
        : `which any signed-in user of ${pool} can pick through the basic (classic) flow`;
    case 'rules-mapping': {
      if (facts.claim === undefined) return `a role that a Rules mapping of ${pool} chooses`;
      const who =
        facts.claimWritable === false
          ? 'users cannot set'
          : facts.claimWritable === true
            ? `${facts.opener ? signerUp(facts.opener) : 'any signed-in user'} can set`
            : 'users may be able to set';
      return `the role a Rules mapping of ${pool} chooses on \`${facts.claim}\`, a claim ${who}`;
    }
    case 'group-role':
      return `the role of user pool group \`${facts.slot?.via.name ?? '?'}\``;
    case 'unattached':
      return 'which no identity pool in the linted files hands out';
    case 'dormant':
      return `which no user can obtain today because ${dormancyWords(facts.dormancy, pool)}`;
    case 'not-identity-pool-role':
      return 'which is not an identity-pool role';
  }
}

function signerUp(opener: SignUpOpener): string {
  return opener.via === 'self-sign-up'
    ? `anyone who signs up to user pool \`${opener.userPool}\``
    : opener.providers.length > 0
      ? `anyone who signs in with ${opener.providers.map((n) => `\`${n}\``).join(' or ')}`
      : 'anyone with a social login';
}

function dormancyWords(dormancy: Dormancy | undefined, pool: string): string {
  switch (dormancy) {
    case 'pool-refuses-guests':
      return `${pool} does not allow guests`;
    case 'trust-refuses-guests':
      return `its trust refuses the guest tokens of ${pool}`;
    case 'trust-refuses-signed-in':
      return `its trust refuses the signed-in tokens of ${pool}`;
    default:
      return `its trust does not admit ${pool}`;
  }
}
