import {
  adminGrant,
  defineRule,
  exposureOf,
  grantsOf,
  identityPoolsUsingUserPool,
  mappingRuleWritability,
  roleMappingsOfPool,
  s3AccessOf,
  unscopedObjectAccess,
  type AdminGrant,
  type IdentityPool,
  type Role,
} from '../../src/rule-api.js';
import { ADMIN_REASON_NOTES, adminReasonNotes } from '../_shared/admin.js';
import { formatList } from '../_shared/lists.js';

export default defineRule({
  meta: {
    id: 'user-pool/open-signup-privileged',
    description: 'A user pool with self sign-up must not lead to a privileged identity-pool role',
    severity: 'high',
    // How the users get the role (its authenticated role, a Rules mapping on a claim they write) and what makes it
    // privileged; why a grant is administrator-level is a note after the message (rules/_shared/admin.ts).
    messages: {
      authenticatedAdmin:
        'User pool {{userPool}} lets anyone sign up, and identity pool {{pool}} gives its users role {{role}} (its authenticated role), which has administrator-level permissions ({{actions}}): anyone on the internet can create an account and get that.',
      authenticatedAdminExcept:
        'User pool {{userPool}} lets anyone sign up, and identity pool {{pool}} gives its users role {{role}} (its authenticated role), which has administrator-level permissions (every action except {{excluded}}): anyone on the internet can create an account and get that.',
      authenticatedWrite:
        "User pool {{userPool}} lets anyone sign up, and identity pool {{pool}} gives its users role {{role}} (its authenticated role), which may write S3 objects outside the user's own prefix ({{actions}}): anyone on the internet can create an account and get that.",
      mappingAdmin:
        'User pool {{userPool}} lets anyone sign up, and identity pool {{pool}} gives its users role {{role}} (a role-mapping rule on a claim the user writes), which has administrator-level permissions ({{actions}}): anyone on the internet can create an account and get that.',
      mappingAdminExcept:
        'User pool {{userPool}} lets anyone sign up, and identity pool {{pool}} gives its users role {{role}} (a role-mapping rule on a claim the user writes), which has administrator-level permissions (every action except {{excluded}}): anyone on the internet can create an account and get that.',
      mappingWrite:
        "User pool {{userPool}} lets anyone sign up, and identity pool {{pool}} gives its users role {{role}} (a role-mapping rule on a claim the user writes), which may write S3 objects outside the user's own prefix ({{actions}}): anyone on the internet can create an account and get that.",
    },
    notes: ADMIN_REASON_NOTES,
    fix: "Turn self sign-up off (`AdminCreateUserConfig: {AllowAdminCreateUserOnly: true}`), or confine the role to the user's own resources and move privileged permissions to a group role.",
    fixIn: {
      terraform:
        "Turn self sign-up off (`admin_create_user_config { allow_admin_create_user_only = true }` on the `aws_cognito_user_pool`), or confine the role to the user's own resources and move privileged permissions to a group role.",
    },
    references: [
      'https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-admin-create-user-policy.html',
      'https://docs.aws.amazon.com/cognito/latest/developerguide/role-based-access-control.html',
      'https://docs.aws.amazon.com/cognito/latest/developerguide/iam-roles.html',
    ],
    tags: ['user-pool', 'cognito'],
  },
  check(context) {
    const { model } = context;
    for (const userPool of model.userPoolEntities.userPools) {
      if (userPool.selfSignUp !== true) continue;
      const at = userPool.allowAdminCreateUserOnly.source;
      for (const pool of identityPoolsUsingUserPool(model, userPool)) {
        for (const { role, how } of rolesOfSelfRegisteredUsers(context.model, pool)) {
          const what = privilege(role);
          if (!what) continue;
          const data = { userPool: `\`${userPool.name}\``, pool: `\`${pool.name}\``, role: `\`${role.name}\`` };
          const where = { at, key: `${pool.name}:${role.name}` };
          if (what.kind === 'write') {
            context.report({ messageId: `${how}Write`, data: { ...data, actions: what.actions }, ...where });
            continue;
          }
          const notes = adminReasonNotes(what.admin);
          if (what.admin.except)
            context.report({
              messageId: `${how}AdminExcept`,
              data: { ...data, excluded: listed(what.admin.except) },
              notes,
              ...where,
            });
          else
            context.report({
              messageId: `${how}Admin`,
              data: { ...data, actions: listed(what.admin.actions) },
              notes,
              ...where,
            });
        }
      }
    }
  },
});

/**
 * Roles a self-registered user of the pool receives: the authenticated role, and roles chosen by a
 * Rules mapping on a claim the user can write. Group roles and rules on claims users cannot write
 * are excluded (rules/user-pool/open-signup-privileged.md). A slot hands a role out only when the
 * role's trust admits the pool's signed-in identities (docs/semantics.md#identity-pool-role): Cognito
 * gets credentials with `AssumeRoleWithWebIdentity`, which fails for a role that trusts another
 * principal (`ec2.amazonaws.com`), another pool, or only guest tokens
 * (https://docs.aws.amazon.com/cognito/latest/developerguide/role-trust-and-permissions.html).
 */
function rolesOfSelfRegisteredUsers(
  model: Parameters<typeof identityPoolsUsingUserPool>[0],
  pool: IdentityPool,
): Array<{ role: Role; how: 'authenticated' | 'mapping' }> {
  const out: Array<{ role: Role; how: 'authenticated' | 'mapping' }> = [];
  for (const slot of model.slotsOfPool(pool)) {
    if (slot.slot === 'authenticated' && slot.role) out.push({ role: slot.role, how: 'authenticated' });
  }
  for (const mapping of roleMappingsOfPool(model, pool)) {
    for (const rule of mapping.rules) {
      if (!rule.role) continue;
      if (mappingRuleWritability(model, mapping, rule).writable === true) {
        out.push({ role: rule.role, how: 'mapping' });
      }
    }
  }
  return out.filter(
    (entry, i) => out.findIndex((e) => e.role === entry.role) === i && signedInUsersObtain(model, entry.role, pool),
  );
}

/** Do signed-in users of the pool obtain the role through one of its slots (its exposure has such a way in)? */
function signedInUsersObtain(model: Parameters<typeof exposureOf>[0], role: Role, pool: IdentityPool): boolean {
  return exposureOf(model, role).reasons.some(
    (r) => r.pool === pool && (r.kind === 'authenticated-slot' || r.kind === 'rules-mapping'),
  );
}

/** What makes the role privileged: its first administrator-level grant, or the S3 writes outside the user's prefix; or undefined. */
function privilege(role: Role): { kind: 'admin'; admin: AdminGrant } | { kind: 'write'; actions: string } | undefined {
  const admin = grantsOf(role).map(adminGrant).find(Boolean);
  if (admin) return { kind: 'admin', admin };
  const write = s3AccessOf(role)
    .map(unscopedObjectAccess)
    .find((u) => u && u.writes.length > 0 && u.resources.length > 0);
  if (write)
    return {
      kind: 'write',
      actions: write.writes
        .slice(0, 3)
        .map((a) => a.id)
        .join(', '),
    };
  return undefined;
}

/** The first three actions, in backquotes, and how many more. */
function listed(actions: readonly string[]): string {
  return formatList(
    actions.map((a) => `\`${a}\``),
    3,
  );
}
