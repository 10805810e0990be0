/**
 * The role/ rules' shared judgement of one grant: is it administrator-level
 * (rules/role/admin-access.md), which write actions does it give, which broad reads. One place, so the
 * "admin-access reports it, so broad-read and guest-write-access do not" rule holds everywhere.
 */
import { wholeServicesOf, type ActionInfo } from '../iam/actions.js';
import { actionsOnResources } from '../iam/wildcards.js';
import { wildcardsUndecided } from '../iam/resource-scope.js';
import { knownString, scalarAlternatives } from '../values/resolved.js';
import type { Grant } from './grants.js';
import { readS3Resource } from '../iam/s3-resources.js';

/** Why a grant is administrator-level (rules/role/admin-access.md); rules/_shared/admin.ts words each. */
export type AdminReasonKind =
  | 'not-action'
  | 'everything'
  | 'whole-service'
  | 'permissions-management'
  | 'privilege-escalation';

export interface AdminGrant {
  /**
   * Why, widest first: each kind once, with what it names — the wildcard patterns (`*`, `s3:*`), the
   * action IDs, or for `not-action` the patterns `NotAction` lists.
   */
  reasons: Array<{ kind: AdminReasonKind; actions: string[] }>;
  /** The actions to list in the message (patterns for wildcards, action IDs otherwise), not counting `except`. */
  actions: string[];
  /** With `NotAction`: the patterns it lists; the grant is every other action. */
  except?: string[];
}

/** The statement's action patterns as written (known strings only). */
export function actionPatterns(grant: Grant): string[] {
  const element = grant.statement.action ?? grant.statement.notAction;
  return (element?.values ?? [])
    .flatMap((v) => scalarAlternatives(v.value).map(knownString))
    .filter((s): s is string => s !== undefined);
}

/** Is every resource of the grant confined to a per-identity S3 key pattern? */
export function confinedToIdentity(grant: Grant): boolean {
  const values = grant.statement.resource?.values ?? [];
  if (grant.statement.notResource || values.length === 0) return false;
  return values.every((v) =>
    scalarAlternatives(v.value).every((alt) => {
      const parsed = readS3Resource(alt);
      return parsed.kind === 'object' && parsed.scope.kind === 'per-identity';
    }),
  );
}

/** Write and permissions-management actions make a wildcard administrator-level (rules/role/admin-access.md). */
function modifies(action: ActionInfo): boolean {
  return action.accessLevels.has('Write') || action.accessLevels.has('Permissions management');
}

/**
 * rules/role/admin-access.md: does this grant give administrator-level power? `*`, a
 * whole-service wildcard or a `NotAction` complement counts when what it really allows — the
 * grant's actions (conditions that can never hold already removed), restricted to the actions
 * that apply to the statement's resources — includes a `Write` or `Permissions management`
 * action; a wildcard over a service whose actions are all reads (`geo-maps:*`, `pricing:*`) is
 * role/broad-read's. Any other permissions-management action on resources not confined to a
 * per-identity key pattern, and any privilege-escalation action, counts on its own.
 */
export function adminGrant(grant: Grant): AdminGrant | undefined {
  const reasons = new Map<AdminReasonKind, string[]>();
  const because = (kind: AdminReasonKind, action: string): void => {
    reasons.set(kind, [...(reasons.get(kind) ?? []), action]);
  };
  const actions: string[] = [];
  let except: string[] | undefined;
  const applicable = actionsOnResources(grant.statement, grant.actions);
  /** Services wholly named by a wildcard that is reported: their actions are not listed one by one. */
  const covered = new Set<string>();
  if (grant.statement.notAction) {
    if (applicable.some(modifies)) {
      except = actionPatterns(grant);
      reasons.set('not-action', except);
    }
  }
  const undecided = wildcardsUndecided(grant.statement);
  for (const pattern of wholeServicePatterns(grant)) {
    // On resources of no known service only `*` is decided (undecidedWildcards).
    if (undecided && pattern !== '*') continue;
    const services = new Set(wholeServicesOf(pattern));
    if (!applicable.some((a) => services.has(a.service) && modifies(a))) continue;
    because(pattern === '*' ? 'everything' : 'whole-service', pattern);
    actions.push(pattern);
    for (const s of services) covered.add(s);
  }
  const confined = confinedToIdentity(grant);
  const named = undecided ? namedActions(grant) : undefined;
  // An action that supports no resource type is allowed only on `*` (resource-scope.ts): one a wildcard
  // brings in beside ARNs (`s3:PutAccountPublicAccessBlock` of `s3:Put*` on `bucket/uploads/*`) is not
  // granted. Named as such, it is kept, as grants keep it (the reference's data may lack its types).
  const onResources = new Set(applicable);
  const written = namedActions(grant);
  for (const action of grant.actions) {
    if (covered.has(action.service)) continue;
    if (named && !named.has(action.id.toLowerCase())) continue;
    if (action.resourceTypes.length === 0 && !onResources.has(action) && !written.has(action.id.toLowerCase()))
      continue;
    if (action.privilegeEscalation) {
      because('privilege-escalation', action.id);
      actions.push(action.id);
    } else if (action.accessLevels.has('Permissions management') && !confined) {
      because('permissions-management', action.id);
      actions.push(action.id);
    }
  }
  if (reasons.size === 0) return undefined;
  return {
    reasons: [...reasons].map(([kind, listed]) => ({ kind, actions: unique(listed) })),
    actions: unique(actions),
    ...(except ? { except } : {}),
  };
}

/** The actions the statement names as such (no wildcard), lower-cased. */
function namedActions(grant: Grant): Set<string> {
  return new Set(actionPatterns(grant).map((p) => p.toLowerCase()));
}

/**
 * The statement's whole-service wildcards (`cognito-sync:*`, not `*`) whose expansion would be
 * administrator-level when it is not known which apply to the resources (wildcardsUndecided):
 * adminGrant leaves them out and role/admin-access notes them as unresolved. `*` includes a write
 * on any resource.
 */
export function undecidedWildcards(grant: Grant): string[] {
  if (!wildcardsUndecided(grant.statement)) return [];
  return wholeServicePatterns(grant).filter((pattern) => {
    if (pattern === '*') return false;
    const services = new Set(wholeServicesOf(pattern));
    return grant.actions.some((a) => services.has(a.service) && modifies(a));
  });
}

/** The Action patterns that name whole services (`*`, `dynamodb:*`). */
function wholeServicePatterns(grant: Grant): string[] {
  return (grant.statement.action ? actionPatterns(grant) : []).filter((p) => wholeServicesOf(p).length > 0);
}

/**
 * The write actions a guest may perform through the grant: its `Write` and `Tagging` actions, less,
 * when which apply is not known (wildcardsUndecided), those only a wildcard named (the resource may
 * be of another service: `cognito-sync:*` on an imported API's ARN).
 */
export function guestWrites(grant: Grant): { writes: ActionInfo[]; undecided: ActionInfo[] } {
  const writes = writeActions(grant.actions);
  if (!wildcardsUndecided(grant.statement)) return { writes, undecided: [] };
  const named = namedActions(grant);
  return {
    writes: writes.filter((a) => named.has(a.id.toLowerCase())),
    undecided: writes.filter((a) => !named.has(a.id.toLowerCase())),
  };
}

export function writeActions(actions: readonly ActionInfo[]): ActionInfo[] {
  return actions.filter((a) => a.accessLevels.has('Write') || a.accessLevels.has('Tagging'));
}

function unique<T>(list: T[]): T[] {
  return [...new Set(list)];
}
