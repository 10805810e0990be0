import {
  adminGrant,
  cognitoAdminActions,
  cognitoAdminUses,
  defineRule,
  exposureOf,
  grantsOf,
  groupsWithRoles,
  poolsOfRole,
  reportedByParentRule,
  stepDown,
  survivesGuestScopeDown,
  type CognitoAdminUse,
  type GroupWithRole,
  type IdentityModel,
  type PoolTarget,
  type Role,
  type UserPool,
} from '../../src/rule-api.js';
import { policySourceLabel } from '../_shared/policies.js';
import {
  ADMIN_SEVERITY_BY_EXPOSURE,
  DORMANT_GUEST_GRANT,
  EXPOSURE_NOTES,
  exposureNotes,
  holderOf,
} from '../_shared/exposure.js';
import { formatActionList } from '../_shared/lists.js';

/** At most this many of the actions' consequences are spelt out; the actions are all listed. */
const ABILITIES_SHOWN = 3;

export default defineRule({
  meta: {
    id: 'role/cognito-admin-actions',
    description: 'Identity-pool roles must not administer the user pools and identity pools their own users come from',
    severity: 'critical',
    messages: {
      adminGuest: 'Role {{role}} may {{actions}} on {{pools}} through {{via}}: any visitor can {{abilities}}.',
      adminSignedIn:
        'Role {{role}} may {{actions}} on {{pools}} through {{via}}: any signed-in user can {{abilities}}.',
      adminGroup:
        'Role {{role}} may {{actions}} on {{pools}} through {{via}}: any member of the group can {{abilities}}.',
      adminDormant:
        'Role {{role}} may {{actions}} on {{pools}} through {{via}}: any user who obtains it can {{abilities}}.',
    },
    notes: {
      ...EXPOSURE_NOTES,
      dormant: DORMANT_GUEST_GRANT,
    },
    fix: "Do Cognito administration in a backend function behind an authorizer that checks the caller's group (`cognito:groups`), never with the credentials an identity pool hands to the browser.",
    fixIn: {
      terraform:
        "Remove `cognito-idp:Admin*` and other administrative actions from the identity-pool roles; do Cognito administration in a backend function behind an authorizer that checks the caller's group (`cognito:groups`).",
    },
    references: [
      'https://docs.aws.amazon.com/cognito/latest/developerguide/iam-roles.html',
      'https://docs.aws.amazon.com/cognito/latest/developerguide/role-based-access-control.html',
      'https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-user-groups.html',
      'https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazoncognitouserpools.html',
      'https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazoncognitoidentity.html',
      ...cognitoAdminActions().map((a) => a.source),
    ],
    defersTo: ['role/admin-access'],
    tags: ['role', 'cognito'],
  },
  check(context) {
    const model = context.model;
    for (const role of model.identityPoolRoles()) {
      const exposure = exposureOf(model, role);
      // A role no user can obtain today is one setting from live: reported, but not as if signed-in users held it.
      const severity = exposure.unobtainable ? 'medium' : ADMIN_SEVERITY_BY_EXPOSURE[exposure.level];
      if (!severity) continue;
      for (const grant of grantsOf(role)) {
        if (reportedByParentRule('role/cognito-admin-actions', model, role, grant)) continue; // docs/semantics.md#granularity
        const uses = cognitoAdminUses(model, role, grant);
        if (uses.length === 0) continue;
        // docs/semantics.md#guest-scope-down: cognito-identity is inside Cognito's session policy, cognito-idp is not.
        const dormant =
          exposure.level === 'guest' &&
          exposure.guestScopedDown &&
          uses.every((u) => !survivesGuestScopeDown(u.action.id));
        context.report({
          messageId: `admin${holderOf(exposure)}`,
          data: {
            role: `\`${role.name}\``,
            actions: formatActionList(uses.map((u) => u.action.id)),
            pools: poolsPhrase(uses),
            via: policySourceLabel(grant.source.via),
            abilities: abilitiesPhrase(model, role, uses),
          },
          at: grant.statement.source,
          notes: [...exposureNotes(exposure), ...(dormant ? [{ id: 'dormant' as const }] : [])],
          severity: dormant ? stepDown(severity) : severity,
          key: role.name,
        });
      }
    }
  },
});

/** "user pool `Users`", "`*`", "`arn:aws:cognito-idp:<?>:<?>:userpool/us-east-1_abc`": the pools the actions reach. */
function poolsPhrase(uses: readonly CognitoAdminUse[]): string {
  const labels = [...new Set(uses.flatMap((u) => u.targets.map(targetLabel)))];
  return labels.length > 3 ? `${labels.slice(0, 3).join(', ')} and ${labels.length - 3} more` : andList(labels);
}

function targetLabel(target: PoolTarget): string {
  switch (target.kind) {
    case 'user-pool':
      return `user pool \`${target.pool.name}\``;
    case 'identity-pool':
      return `identity pool \`${target.pool.name}\``;
    case 'any':
      return target.text === '*' ? '`*`' : target.text.startsWith('arn:') ? `\`${target.text}\`` : target.text;
    case 'unknown':
      return target.text === '' ? 'a pool that cannot be resolved' : `\`${target.text}\``;
    case 'other':
      return 'another resource';
  }
}

/** What the holder can do, in words a reviewer can check: the group to join and its role, when the pool has one. */
function abilitiesPhrase(model: IdentityModel, role: Role, uses: readonly CognitoAdminUse[]): string {
  const phrases = uses.map(
    (use) =>
      (use.entry.action === 'cognito-idp:AdminAddUserToGroup' ? joinGroupPhrase(model, role, use) : undefined) ??
      use.entry.lets,
  );
  const unique = [...new Set(phrases)];
  return unique.length > ABILITIES_SHOWN ? `${unique.slice(0, ABILITIES_SHOWN).join(', ')} and more` : andList(unique);
}

/** `a`, `a and b`, `a, b and c`. */
function andList(items: readonly string[]): string {
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}` : (items[0] ?? '');
}

/**
 * "add themselves to group `admins`, whose role `AdminsGroupRole` has administrator-level permissions":
 * the most privileged group of the pools the action reaches (one whose role role/admin-access would
 * flag, else the first whose `RoleArn` is a role of the run, else the first with a `RoleArn`).
 */
function joinGroupPhrase(model: IdentityModel, role: Role, use: CognitoAdminUse): string | undefined {
  const named = use.targets.flatMap((t) => (t.kind === 'user-pool' ? [t.pool] : []));
  const wide = use.targets.some((t) => t.kind === 'any' || t.kind === 'unknown');
  const pools = new Set<UserPool>([...named, ...(wide ? poolsOfRole(model, role).userPools : [])]);
  const groups = groupsWithRoles(model, pools).filter((g) => g.role !== role);
  const privileged = groups.find(
    (g) => g.role !== undefined && grantsOf(g.role).some((grant) => adminGrant(grant) !== undefined),
  );
  const chosen: GroupWithRole | undefined = privileged ?? groups.find((g) => g.role !== undefined) ?? groups[0];
  if (!chosen) return undefined;
  if (!chosen.role) return `add themselves to group \`${chosen.name}\` (and its role)`;
  return privileged
    ? `add themselves to group \`${chosen.name}\`, whose role \`${chosen.role.name}\` has administrator-level permissions`
    : `add themselves to group \`${chosen.name}\` (and its role \`${chosen.role.name}\`)`;
}
