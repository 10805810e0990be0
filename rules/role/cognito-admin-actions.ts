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
  type ReportNote,
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
import { formatActionList, formatList } from '../_shared/lists.js';

/** At most this many of the actions' consequences are spelt out; the actions are all listed. */
const ABILITIES_SHOWN = 3;

/** The notes: what each action lets its holder do, then why the role has its exposure. */
const NOTES = {
  // What each action of src/data/cognito-admin-actions.json lets its holder do (a test checks each has one).
  letsAdminAddUserToGroup:
    '`cognito-idp:AdminAddUserToGroup` lets the holder add themselves to any group of the pool and so get its role and `cognito:groups` claim.',
  letsAdminCreateUser:
    '`cognito-idp:AdminCreateUser` lets the holder create users with attributes of their choosing even where only administrators may.',
  letsAdminSetUserPassword:
    "`cognito-idp:AdminSetUserPassword` lets the holder set any user's password and sign in as that user.",
  letsAdminUpdateUserAttributes:
    "`cognito-idp:AdminUpdateUserAttributes` lets the holder rewrite any user's attributes (those a role mapping, a principal tag or the app's backend reads included).",
  letsAdminConfirmSignUp:
    '`cognito-idp:AdminConfirmSignUp` lets the holder confirm any sign-up without its verification code.',
  letsAdminEnableUser: '`cognito-idp:AdminEnableUser` lets the holder re-enable users an administrator disabled.',
  letsAdminLinkProviderForUser:
    '`cognito-idp:AdminLinkProviderForUser` lets the holder link an external sign-in they own to any user and sign in as that user.',
  letsAdminInitiateAuth:
    "`cognito-idp:AdminInitiateAuth` lets the holder start any user's server-side sign-in (the flow the pool reserves for trusted backends).",
  letsAdminRespondToAuthChallenge:
    "`cognito-idp:AdminRespondToAuthChallenge` lets the holder answer the challenges of any user's server-side sign-in.",
  letsCreateGroup:
    '`cognito-idp:CreateGroup` lets the holder create groups with the role and precedence of their choosing.',
  letsUpdateGroup: '`cognito-idp:UpdateGroup` lets the holder give a group another role or precedence.',
  letsUpdateUserPool:
    "`cognito-idp:UpdateUserPool` lets the holder change the pool's settings (open self sign-up, turn off MFA, replace its Lambda triggers).",
  letsCreateUserPoolClient:
    '`cognito-idp:CreateUserPoolClient` lets the holder create an app client with the auth flows and writable attributes of their choosing.',
  letsUpdateUserPoolClient:
    "`cognito-idp:UpdateUserPoolClient` lets the holder change an app client's auth flows and the attributes users may write.",
  letsCreateIdentityProvider:
    '`cognito-idp:CreateIdentityProvider` lets the holder add a SAML or OIDC identity provider they control and sign in through it.',
  letsUpdateIdentityProvider:
    '`cognito-idp:UpdateIdentityProvider` lets the holder point an identity provider of the pool at one they control or change its attribute mapping.',
  letsSetIdentityPoolRoles:
    '`cognito-identity:SetIdentityPoolRoles` lets the holder change which roles the pool hands out and how it maps users to them.',
  letsUpdateIdentityPool:
    "`cognito-identity:UpdateIdentityPool` lets the holder change the pool's settings (allow guests, turn on the basic flow, accept other identity providers).",
  letsSetPrincipalTagAttributeMap:
    "`cognito-identity:SetPrincipalTagAttributeMap` lets the holder change which token claims become the principal tags the pool's roles test.",
  letsGetOpenIdTokenForDeveloperIdentity:
    "`cognito-identity:GetOpenIdTokenForDeveloperIdentity` lets the holder obtain a token and credentials for any identity of the pool's developer provider as the app's authentication backend does.",
  letsMergeDeveloperIdentities:
    '`cognito-identity:MergeDeveloperIdentities` lets the holder merge one developer identity into another and take over its identity ID.',
  // AdminAddUserToGroup on a pool with groups: the group to join and its role.
  joinPrivilegedGroup:
    '`cognito-idp:AdminAddUserToGroup` lets the holder add themselves to group {{group}}, whose role {{groupRole}} has administrator-level permissions.',
  joinGroupWithRole:
    '`cognito-idp:AdminAddUserToGroup` lets the holder add themselves to group {{group}} (and its role {{groupRole}}).',
  joinGroup: '`cognito-idp:AdminAddUserToGroup` lets the holder add themselves to group {{group}} (and its role).',
  moreAbilities: 'The other actions let the holder do more.',
  // A pool the statement names that nothing is known of (written `<?>` in the list).
  poolUnresolved: 'Which pool `<?>` is cannot be resolved.',
  ...EXPOSURE_NOTES,
  dormant: DORMANT_GUEST_GRANT,
} as const;

export default defineRule({
  meta: {
    id: 'role/cognito-admin-actions',
    description: 'Identity-pool roles must not administer the user pools and identity pools their own users come from',
    severity: 'critical',
    // By who holds the role, and by whether the statement names its pools with `NotResource`; what each action lets
    // its holder do is a note after the message.
    messages: {
      adminGuest:
        'Role {{role}} may {{actions}} on {{pools}} through {{via}}: any visitor holds these credentials in the browser.',
      adminSignedIn:
        'Role {{role}} may {{actions}} on {{pools}} through {{via}}: any signed-in user holds these credentials in the browser.',
      adminGroup:
        'Role {{role}} may {{actions}} on {{pools}} through {{via}}: any member of the group holds these credentials in the browser.',
      adminDormant:
        'Role {{role}} may {{actions}} on {{pools}} through {{via}}: any user who obtains it holds these credentials in the browser.',
      adminGuestNotResource:
        'Role {{role}} may {{actions}} on every pool its `NotResource` does not list through {{via}}: any visitor holds these credentials in the browser.',
      adminSignedInNotResource:
        'Role {{role}} may {{actions}} on every pool its `NotResource` does not list through {{via}}: any signed-in user holds these credentials in the browser.',
      adminGroupNotResource:
        'Role {{role}} may {{actions}} on every pool its `NotResource` does not list through {{via}}: any member of the group holds these credentials in the browser.',
      adminDormantNotResource:
        'Role {{role}} may {{actions}} on every pool its `NotResource` does not list through {{via}}: any user who obtains it holds these credentials in the browser.',
    },
    notes: NOTES,
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
        const data = {
          role: `\`${role.name}\``,
          actions: formatActionList(uses.map((u) => u.action.id)),
          via: policySourceLabel(grant.source.via),
        };
        context.report({
          ...(grant.statement.notResource
            ? { messageId: `admin${holderOf(exposure)}NotResource` as const, data }
            : { messageId: `admin${holderOf(exposure)}` as const, data: { ...data, pools: poolList(uses) } }),
          notes: [
            ...(uses.some((u) => u.targets.some((t) => t.kind === 'unknown' && t.text === ''))
              ? [{ id: 'poolUnresolved' as const }]
              : []),
            ...abilityNotes(model, role, uses),
            ...exposureNotes(exposure),
            ...(dormant ? [{ id: 'dormant' as const }] : []),
          ],
          at: grant.statement.source,
          severity: dormant ? stepDown(severity) : severity,
          key: role.name,
        });
      }
    }
  },
});

/** "user pool `Users`", "`*`", "`arn:aws:cognito-idp:<?>:<?>:userpool/us-east-1_abc`": the pools the actions reach. */
function poolList(uses: readonly CognitoAdminUse[]): string {
  return formatList([...new Set(uses.flatMap((u) => u.targets.map(targetLabel)))], 3);
}

function targetLabel(target: PoolTarget): string {
  switch (target.kind) {
    case 'user-pool':
      return `user pool \`${target.pool.name}\``;
    case 'identity-pool':
      return `identity pool \`${target.pool.name}\``;
    case 'any':
    case 'unknown':
      // Nothing known of it: the unknown value as every message writes one.
      return `\`${target.text || '<?>'}\``;
    case 'other':
      return '`<?>`';
  }
}

type Note = ReportNote<typeof NOTES>;

/**
 * What the holder can do, one note per action (the first few, then that there is more): the group to
 * join and its role, when the pool has one.
 */
function abilityNotes(model: IdentityModel, role: Role, uses: readonly CognitoAdminUse[]): Note[] {
  const notes = new Map<string, Note>();
  for (const use of uses) {
    const note =
      (use.entry.action === 'cognito-idp:AdminAddUserToGroup' ? joinGroupNote(model, role, use) : undefined) ??
      abilityNote(use.entry.action);
    if (note) notes.set(JSON.stringify(note), note);
  }
  const unique = [...notes.values()];
  return unique.length > ABILITIES_SHOWN ? [...unique.slice(0, ABILITIES_SHOWN), { id: 'moreAbilities' }] : unique;
}

/** The note of an action of the list: `lets` + its name (`cognito-idp:AdminCreateUser` → `letsAdminCreateUser`). */
function abilityNote(action: string): Note | undefined {
  const id = `lets${action.slice(action.indexOf(':') + 1)}`;
  return isAbility(id) ? { id } : undefined;
}

/** Is this the ID of a note of NOTES that takes no data: what one action of the list lets its holder do? */
function isAbility(id: string): id is Extract<keyof typeof NOTES, `lets${string}`> {
  return id.startsWith('lets') && Object.prototype.hasOwnProperty.call(NOTES, id);
}

/**
 * "… lets the holder add themselves to group `admins`, whose role `AdminsGroupRole` has administrator-level
 * permissions": the most privileged group of the pools the action reaches (one whose role role/admin-access
 * would flag, else the first whose `RoleArn` is a role of the run, else the first with a `RoleArn`).
 */
function joinGroupNote(model: IdentityModel, role: Role, use: CognitoAdminUse): Note | undefined {
  const named = use.targets.flatMap((t) => (t.kind === 'user-pool' ? [t.pool] : []));
  const wide = use.targets.some((t) => t.kind === 'any' || t.kind === 'unknown');
  const pools = new Set<UserPool>([...named, ...(wide ? poolsOfRole(model, role).userPools : [])]);
  const groups = groupsWithRoles(model, pools).filter((g) => g.role !== role);
  const privileged = groups.find(
    (g) => g.role !== undefined && grantsOf(g.role).some((grant) => adminGrant(grant) !== undefined),
  );
  const chosen: GroupWithRole | undefined = privileged ?? groups.find((g) => g.role !== undefined) ?? groups[0];
  if (!chosen) return undefined;
  const group = `\`${chosen.name}\``;
  if (!chosen.role) return { id: 'joinGroup', data: { group } };
  const groupRole = `\`${chosen.role.name}\``;
  return privileged
    ? { id: 'joinPrivilegedGroup', data: { group, groupRole } }
    : { id: 'joinGroupWithRole', data: { group, groupRole } };
}
