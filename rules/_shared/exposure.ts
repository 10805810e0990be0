/**
 * Words about who holds an identity-pool role (the facts come from src/: exposureOf).
 */
import type { Exposure } from '../../src/rule-api.js';

/**
 * Said after a message about a guest grant that Cognito's scope-down drops in the enhanced flow
 * (RULES.md "Guest scope-down"): the `dormant` note of the role/ rules.
 */
export const DORMANT_GUEST_GRANT =
  'The grant is dormant until the basic (classic) flow is enabled or the scope-down changes.';

/** Who holds a role of this exposure, for messages ("every visitor can …"). */
export function holderOf(exposure: Exposure): string {
  if (exposure.reasons[0]?.kind === 'dormant') return 'user who obtains it';
  const level = exposure.level;
  return level === 'guest' ? 'visitor' : level === 'group' ? 'member of the group' : 'signed-in user';
}
