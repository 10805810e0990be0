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
import { cognitoAdminAction, type CognitoAdminAction, type CognitoPoolKind } from '../data/cognito-admin-actions.js';
import type { ActionInfo } from '../iam/actions.js';
import { matchIamPattern } from '../iam/match.js';
import type { IdentityPool, Role } from '../model/entities.js';
import { audPools } from './exposure.js';
import type { IdentityModel } from '../model/model.js';
import { describe, HOLE, knownString, scalarAlternatives, templateText, type Resolved } from '../values/resolved.js';
import { identityPoolsUsingUserPool } from './user-pool-links.js';
import type { Grant } from './grants.js';
import type { UserPool, UserPoolGroup } from '../model/cognito.js';
import { memoByKey } from '../core/memo.js';

/** What one resource of a statement names, for the actions of one pool kind. */
export type PoolTarget =
  /** `*`, `NotResource`, no `Resource`, or an ARN whose wildcards may match any pool of the kind. */
  | { readonly kind: 'any'; readonly text: string }
  /** A pool of the run. */
  | { readonly kind: 'user-pool'; readonly pool: UserPool }
  | { readonly kind: 'identity-pool'; readonly pool: IdentityPool }
  /** A pool that cannot be resolved: a literal ID, a parameter, an unknown part (`text` is empty when nothing of it is known). */
  | { readonly kind: 'unknown'; readonly text: string }
  /** A resource of another service or type: not a pool the action can act on. */
  | { readonly kind: 'other' };

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

const poolsCache = memoByKey<IdentityModel, Role, RolePools>();

/**
 * The pools a role's users come from: the identity pools whose slots hand it out or that its trust
 * names in `aud`, the user pools those identity pools accept (`CognitoIdentityProviders`), and the
 * user pool of each group whose `RoleArn` it is.
 */
export function poolsOfRole(model: IdentityModel, role: Role): RolePools {
  return poolsCache(model, role, () => {
    const slots = model.slotsOfRole(role);
    const identityPools = new Set<IdentityPool>([
      ...slots.flatMap((s) => (s.pool ? [s.pool] : [])),
      ...audPools(model, role).pools,
    ]);
    const userPools = new Set<UserPool>(
      model.userPoolEntities.userPools.filter((up) =>
        identityPoolsUsingUserPool(model, up).some((p) => identityPools.has(p)),
      ),
    );
    for (const slot of slots) {
      if (slot.slot !== 'group') continue;
      const group = model.userPoolEntities.groups.find((g) => g.templateResource === slot.via.templateResource);
      if (group?.userPool) userPools.add(group.userPool);
    }
    return { identityPools, userPools };
  });
}

/**
 * The Cognito administration actions a grant of `role` allows where it matters
 * (rules/role/cognito-admin-actions.md): each action of the list among the grant's actions (those IAM could
 * allow), with the resources of its pool kind that are `*`, a wildcard, unknown, or a pool the
 * role's users come from. An action whose every such resource is another known pool of the run is
 * left out. Empty when nothing is reportable.
 */
export function cognitoAdminUses(model: IdentityModel, role: Role, grant: Grant): CognitoAdminUse[] {
  const uses: CognitoAdminUse[] = [];
  let targets: Record<CognitoPoolKind, PoolTarget[]> | undefined;
  for (const action of grant.actions) {
    const entry = cognitoAdminAction(action.id);
    if (!entry) continue;
    targets ??= statementTargets(model, grant);
    const own = poolsOfRole(model, role);
    const reportable = targets[entry.pool].filter(
      (t) =>
        t.kind === 'any' ||
        t.kind === 'unknown' ||
        (t.kind === 'user-pool' && own.userPools.has(t.pool)) ||
        (t.kind === 'identity-pool' && own.identityPools.has(t.pool)),
    );
    if (reportable.length > 0) uses.push({ action, entry, targets: reportable });
  }
  return uses;
}

/** The statement's resources read once for each pool kind. */
function statementTargets(model: IdentityModel, grant: Grant): Record<CognitoPoolKind, PoolTarget[]> {
  const statement = grant.statement;
  if (statement.notResource || !statement.resource) {
    // `NotResource` (the rule says so in a message of its own) or no `Resource`: any pool.
    const any: PoolTarget = { kind: 'any', text: statement.notResource ? 'NotResource' : '*' };
    return { 'user-pool': [any], 'identity-pool': [any] };
  }
  const out: Record<CognitoPoolKind, PoolTarget[]> = { 'user-pool': [], 'identity-pool': [] };
  for (const value of statement.resource.values) {
    for (const alt of scalarAlternatives(value.value)) {
      if (alt.kind === 'absent') continue;
      out['user-pool'].push(readTarget(model, alt, 'user-pool'));
      out['identity-pool'].push(readTarget(model, alt, 'identity-pool'));
    }
  }
  return out;
}

const ARN_SHAPE: Record<CognitoPoolKind, { service: string; type: string }> = {
  'user-pool': { service: 'cognito-idp', type: 'userpool' },
  'identity-pool': { service: 'cognito-identity', type: 'identitypool' },
};

/** What one resource value names for actions on pools of `kind`. */
export function readTarget(model: IdentityModel, value: Resolved, kind: CognitoPoolKind): PoolTarget {
  if (value.kind === 'resource') return poolOfReference(model, value, kind) ?? { kind: 'other' };
  const text = templateText(value);
  if (text === undefined) return { kind: 'unknown', text: describe(value) };
  const shown = text.replaceAll(HOLE, '<?>');
  if (text === '*') return { kind: 'any', text };
  const parts = text.split(':');
  const { service, type } = ARN_SHAPE[kind];
  if (parts[0] !== 'arn' || parts.length < 6) {
    // Not an ARN: a wholly unknown value may be anything; other text names a pool only as a pattern that matches pool ARNs.
    if (text.replaceAll(HOLE, '') === '') return { kind: 'unknown', text: '' };
    const sample = `arn:aws:${service}:us-east-1:111122223333:${type}/us-east-1_example`;
    if (!matchIamPattern(text.replaceAll(HOLE, '*'), sample)) return { kind: 'other' };
    return text.includes(HOLE) ? { kind: 'unknown', text: shown } : { kind: 'any', text: shown };
  }
  const serviceSegment = parts[2]!.toLowerCase();
  if (!segmentMayBe(serviceSegment, service)) return { kind: 'other' };
  const resource = parts.slice(5).join(':');
  const prefix = `${type}/`;
  if (!resource.toLowerCase().startsWith(prefix)) {
    // `*`, `user*`, `<?>`: wildcards or an unknown part before the pool type may match any pool.
    return /[*?]/.test(resource) || resource.includes(HOLE) ? { kind: 'any', text: shown } : { kind: 'other' };
  }
  const id = resource.slice(prefix.length);
  if (/[*?]/.test(id)) return { kind: 'any', text: shown };
  if (id === HOLE && value.kind === 'concat') {
    const last = value.parts[value.parts.length - 1];
    const pool = last?.kind === 'resource' ? poolOfReference(model, last, kind) : undefined;
    if (pool) return pool;
  }
  // A literal pool ID or an unresolved part: which pool it is cannot be told.
  return { kind: 'unknown', text: shown };
}

/** Both segments may be equal: the same text, or a wildcard/unknown part in the written one. */
function segmentMayBe(segment: string, expected: string): boolean {
  if (segment === expected) return true;
  if (!/[*?\u0000]/.test(segment)) return false;
  const pattern = segment
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*|\u0000/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${pattern}$`).test(expected);
}

/**
 * A reference to a pool of the run: `Ref`/`GetAtt …Arn`/`GetAtt …UserPoolId` of a user pool,
 * `Ref`/`GetAtt …Id` of an identity pool. Another resource of a known AWS type is no pool; a custom
 * resource or a nested stack's output may be any.
 */
function poolOfReference(
  model: IdentityModel,
  value: Extract<Resolved, { kind: 'resource' }>,
  kind: CognitoPoolKind,
): PoolTarget | undefined {
  const { resource, attribute } = value;
  if (resource.type === 'AWS::Cognito::UserPool') {
    if (kind !== 'user-pool' || (attribute !== undefined && attribute !== 'Arn' && attribute !== 'UserPoolId'))
      return { kind: 'other' };
    const pool = model.userPoolEntities.userPools.find((p) => p.templateResource === resource);
    return pool ? { kind: 'user-pool', pool } : { kind: 'unknown', text: describe(value) };
  }
  if (resource.type === 'AWS::Cognito::IdentityPool') {
    if (kind !== 'identity-pool' || (attribute !== undefined && attribute !== 'Id')) return { kind: 'other' };
    const pool = model.identityPools.find((p) => p.templateResource === resource);
    return pool ? { kind: 'identity-pool', pool } : { kind: 'unknown', text: describe(value) };
  }
  if (
    resource.type.startsWith('AWS::') &&
    resource.type !== 'AWS::CloudFormation::Stack' &&
    resource.type !== 'AWS::CloudFormation::CustomResource'
  ) {
    return { kind: 'other' };
  }
  return { kind: 'unknown', text: describe(value) };
}

/** A group of a user pool with the role its `RoleArn` names, when that role is in the run. */
export interface GroupWithRole {
  readonly group: UserPoolGroup;
  /** `GroupName`, else the logical ID. */
  readonly name: string;
  readonly role: Role | undefined;
}

/** The groups of the pools, each with the role of its `RoleArn` (`undefined` when it is not a role of the run), groups without `RoleArn` left out. */
export function groupsWithRoles(model: IdentityModel, pools: Iterable<UserPool>): GroupWithRole[] {
  const out: GroupWithRole[] = [];
  for (const pool of pools) {
    for (const group of pool.groups) {
      if (group.roleArn.value.kind === 'absent') continue;
      const slot = model.slots.find(
        (s) => s.slot === 'group' && s.via.templateResource === group.templateResource && s.role,
      );
      out.push({ group, name: knownString(group.groupName.value) ?? group.name, role: slot?.role });
    }
  }
  return out;
}
