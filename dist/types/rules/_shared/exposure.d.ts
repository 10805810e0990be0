/**
 * Words about who holds an identity-pool role and why: the one place that turns exposure into
 * words for messages (the facts come from src/: exposureOf).
 */
import type { Exposure, ExposureFacts } from '../../src/rule-api.js';
/**
 * Said after a message about a guest grant that Cognito's scope-down drops in the enhanced flow
 * (docs/semantics.md#guest-scope-down): the `dormant` note of the role/ rules.
 */
export declare const DORMANT_GUEST_GRANT = "The grant is dormant until the basic (classic) flow is enabled or the scope-down changes.";
/** Who holds a role of this exposure, for messages ("every visitor can …"). */
export declare function holderOf(exposure: Exposure): string;
/**
 * Why a role has its exposure, as an appositive after its name: "Role `R`, {{exposure}}, may …".
 * It words the widest reason, or with `guest` the reason that makes it a guest role (what rules about
 * guest roles name: a role whose widest reason is a missing `aud` that admits only signed-in tokens
 * may be a guest role through a pool's guest slot).
 */
export declare function exposurePhrase(exposure: Exposure, options?: {
    guest?: boolean;
}): string;
/**
 * Words one reason, as an appositive after the role's name: "the guest role of identity pool `Kiosk`",
 * "which any identity pool's guests can assume because its trust does not pin `aud`".
 */
export declare function wordExposure(facts: ExposureFacts): string;
