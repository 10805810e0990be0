import {
  adminGrant,
  defineRule,
  grantsOf,
  identityPoolsUsingUserPool,
  mappingRuleWritability,
  roleMappingsOfPool,
  s3AccessOf,
  unscopedObjectAccess,
  type IdentityPool,
  type Role,
} from '../../src/rule-api.js';

export default defineRule({
  meta: {
    id: 'user-pool/open-signup-privileged',
    description: 'A user pool with self sign-up must not lead to a privileged identity-pool role',
    severity: 'high',
    messages: {
      privileged:
        'User pool {{userPool}} lets anyone sign up, and identity pool {{pool}} gives its users role {{role}} ({{how}}), which {{what}}: anyone on the internet can create an account and get that.',
    },
    fix: "Turn self sign-up off (`AdminCreateUserConfig: {AllowAdminCreateUserOnly: true}`), or confine the role to the user's own resources and move privileged permissions to a group role.",
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
          context.report({
            messageId: 'privileged',
            data: { userPool: `\`${userPool.name}\``, pool: `\`${pool.name}\``, role: `\`${role.name}\``, how, what },
            at,
            key: `${pool.name}:${role.name}`,
          });
        }
      }
    }
  },
});

/**
 * Roles a self-registered user of the pool receives: the authenticated role, and roles chosen by a
 * Rules mapping on a claim the user can write. Group roles and rules on claims users cannot write
 * are excluded (rules/user-pool/open-signup-privileged.md).
 */
function rolesOfSelfRegisteredUsers(
  model: Parameters<typeof identityPoolsUsingUserPool>[0],
  pool: IdentityPool,
): Array<{ role: Role; how: string }> {
  const out: Array<{ role: Role; how: string }> = [];
  for (const slot of model.slotsOfPool(pool)) {
    if (slot.slot === 'authenticated' && slot.role) out.push({ role: slot.role, how: 'its authenticated role' });
  }
  for (const mapping of roleMappingsOfPool(model, pool)) {
    for (const rule of mapping.rules) {
      if (!rule.role) continue;
      if (mappingRuleWritability(model, mapping, rule).writable === true) {
        out.push({ role: rule.role, how: 'a role-mapping rule on a claim the user writes' });
      }
    }
  }
  return out.filter((entry, i) => out.findIndex((e) => e.role === entry.role) === i);
}

/** What makes the role privileged, in words, or undefined. */
function privilege(role: Role): string | undefined {
  const admin = grantsOf(role).map(adminGrant).find(Boolean);
  if (admin)
    return `has administrator-level permissions (${admin.reasons.join(', ')}: ${admin.actions.slice(0, 3).join(', ')})`;
  const write = s3AccessOf(role)
    .map(unscopedObjectAccess)
    .find((u) => u && u.writes.length > 0 && u.resources.length > 0);
  if (write)
    return `may write S3 objects outside the user's own prefix (${write.writes
      .slice(0, 3)
      .map((a) => a.id)
      .join(', ')})`;
  return undefined;
}
