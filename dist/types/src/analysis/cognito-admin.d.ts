/**
 * rules/role/cognito-admin-actions.md: which Cognito administration actions (src/data/cognito-admin-actions.json)
 * a grant of an identity-pool role allows on a pool its own users come from, or on `*`, a wildcard
 * ARN or a pool that cannot be resolved. One place, so the rule and the Granularity hand-off
 * (role/guest-write-access does not report what this reports) agree.
 *
 * Resources are judged by their fixed parts (docs/semantics.md#resolved-value): a user pool is
 * `arn:<partition>:cognito-idp:<region>:<account>:userpool/<poolId>`, an identity pool
 * `arn:<partition>:cognito-identity:<region>:<account>:identitypool/<poolId>`
 * (https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazoncognitouserpools.html,
 * https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazoncognitoidentity.html);
 * `!GetAtt UserPool.Arn` and `!Ref UserPool` name that user pool, `!Ref IdentityPool` that identity pool.
 */
import { type CognitoAdminAction, type CognitoPoolKind } from '../data/cognito-admin-actions.js';
import type { ActionInfo } from '../iam/actions.js';
import type { IdentityPool, Role } from '../model/entities.js';
import type { IdentityModel } from '../model/model.js';
import { type Resolved } from '../values/resolved.js';
import type { Grant } from './grants.js';
import type { UserPool, UserPoolGroup } from '../model/cognito.js';
/** What one resource of a statement names, for the actions of one pool kind. */
export type PoolTarget = 
/** `*`, `NotResource`, no `Resource`, or an ARN whose wildcards may match any pool of the kind. */
{
    readonly kind: 'any';
    readonly text: string;
}
/** A pool of the run. */
 | {
    readonly kind: 'user-pool';
    readonly pool: UserPool;
} | {
    readonly kind: 'identity-pool';
    readonly pool: IdentityPool;
}
/** A pool that cannot be resolved: a literal ID, a parameter, an unknown part (`text` is empty when nothing of it is known). */
 | {
    readonly kind: 'unknown';
    readonly text: string;
}
/** A resource of another service or type: not a pool the action can act on. */
 | {
    readonly kind: 'other';
};
export interface CognitoAdminUse {
    readonly action: ActionInfo;
    readonly entry: CognitoAdminAction;
    /** The targets that make it reportable: `any`, `unknown`, or a pool the role's users come from. */
    readonly targets: readonly PoolTarget[];
}
export interface RolePools {
    readonly identityPools: ReadonlySet<IdentityPool>;
    readonly userPools: ReadonlySet<UserPool>;
}
/**
 * The pools a role's users come from: the identity pools whose slots hand it out or that its trust
 * names in `aud`, the user pools those identity pools accept (`CognitoIdentityProviders`), and the
 * user pool of each group whose `RoleArn` it is.
 */
export declare function poolsOfRole(model: IdentityModel, role: Role): RolePools;
/**
 * The Cognito administration actions a grant of `role` allows where it matters
 * (rules/role/cognito-admin-actions.md): each action of the list among the grant's actions (those IAM could
 * allow), with the resources of its pool kind that are `*`, a wildcard, unknown, or a pool the
 * role's users come from. An action whose every such resource is another known pool of the run is
 * left out. Empty when nothing is reportable.
 */
export declare function cognitoAdminUses(model: IdentityModel, role: Role, grant: Grant): CognitoAdminUse[];
/** What one resource value names for actions on pools of `kind`. */
export declare function readTarget(model: IdentityModel, value: Resolved, kind: CognitoPoolKind): PoolTarget;
/** A group of a user pool with the role its `RoleArn` names, when that role is in the run. */
export interface GroupWithRole {
    readonly group: UserPoolGroup;
    /** `GroupName`, else the logical ID. */
    readonly name: string;
    readonly role: Role | undefined;
}
/** The groups of the pools, each with the role of its `RoleArn` (`undefined` when it is not a role of the run), groups without `RoleArn` left out. */
export declare function groupsWithRoles(model: IdentityModel, pools: Iterable<UserPool>): GroupWithRole[];
