/**
 * The role/ rules' shared judgement of one grant: is it administrator-level
 * (rules/role/admin-access.md), which write actions does it give, which broad reads. One place, so the
 * "admin-access reports it, so broad-read and guest-write-access do not" rule holds everywhere.
 */
import { type ActionInfo } from '../iam/actions.js';
import type { Grant } from './grants.js';
/** Why a grant is administrator-level (rules/role/admin-access.md); rules/_shared/admin.ts words each. */
export type AdminReasonKind = 'not-action' | 'everything' | 'whole-service' | 'permissions-management' | 'privilege-escalation';
export interface AdminGrant {
    /**
     * Why, widest first: each kind once, with what it names — the wildcard patterns (`*`, `s3:*`), the
     * action IDs, or for `not-action` the patterns `NotAction` lists.
     */
    reasons: Array<{
        kind: AdminReasonKind;
        actions: string[];
    }>;
    /** The actions to list in the message (patterns for wildcards, action IDs otherwise), not counting `except`. */
    actions: string[];
    /** With `NotAction`: the patterns it lists; the grant is every other action. */
    except?: string[];
}
/** The statement's action patterns as written (known strings only). */
export declare function actionPatterns(grant: Grant): string[];
/** Is every resource of the grant confined to a per-identity S3 key pattern? */
export declare function confinedToIdentity(grant: Grant): boolean;
/**
 * rules/role/admin-access.md: does this grant give administrator-level power? `*`, a
 * whole-service wildcard or a `NotAction` complement counts when what it really allows — the
 * grant's actions (conditions that can never hold already removed), restricted to the actions
 * that apply to the statement's resources — includes a `Write` or `Permissions management`
 * action; a wildcard over a service whose actions are all reads (`geo-maps:*`, `pricing:*`) is
 * role/broad-read's. Any other permissions-management action on resources not confined to a
 * per-identity key pattern, and any privilege-escalation action, counts on its own.
 */
export declare function adminGrant(grant: Grant): AdminGrant | undefined;
/**
 * The statement's whole-service wildcards (`cognito-sync:*`, not `*`) whose expansion would be
 * administrator-level when it is not known which apply to the resources (wildcardsUndecided):
 * adminGrant leaves them out and role/admin-access notes them as unresolved. `*` includes a write
 * on any resource.
 */
export declare function undecidedWildcards(grant: Grant): string[];
/**
 * The write actions a guest may perform through the grant: its `Write` and `Tagging` actions, less,
 * when which apply is not known (wildcardsUndecided), those only a wildcard named (the resource may
 * be of another service: `cognito-sync:*` on an imported API's ARN).
 */
export declare function guestWrites(grant: Grant): {
    writes: ActionInfo[];
    undecided: ActionInfo[];
};
export declare function writeActions(actions: readonly ActionInfo[]): ActionInfo[];
