import {
  defineRule,
  describe,
  identityPoolOfMapping,
  identityPoolTrustStatements,
  knownString,
  roleMappingsOfPool,
  statementCoversAction,
  truthOf,
  userPoolReferencesIn,
  type IdentityModel,
  type IdentityPool,
  type PrincipalTagMapping,
  type Role,
} from '../../src/rule-api.js';

export default defineRule({
  meta: {
    id: 'trust/missing-tag-session',
    description: 'Roles that receive identity-pool principal tags must allow sts:TagSession',
    severity: 'medium',
    // By how the role reaches the provider's users (the pool's authenticated role, a role-mapping rule, a group's role),
    // and by whether the mapping uses the provider's default tags (`UseDefaults`), alone or beside tags of its own.
    messages: {
      missing:
        'Identity pool {{pool}} maps principal tags ({{tags}}) for {{provider}}, but role {{role}}, its authenticated role, does not allow `sts:TagSession` in the statement that allows `sts:AssumeRoleWithWebIdentity`: STS refuses to issue tagged credentials for it, so those users get no credentials.',
      missingDefaults:
        'Identity pool {{pool}} maps principal tags (the default tags) for {{provider}}, but role {{role}}, its authenticated role, does not allow `sts:TagSession` in the statement that allows `sts:AssumeRoleWithWebIdentity`: STS refuses to issue tagged credentials for it, so those users get no credentials.',
      missingDefaultsAnd:
        'Identity pool {{pool}} maps principal tags (the default tags, {{tags}}) for {{provider}}, but role {{role}}, its authenticated role, does not allow `sts:TagSession` in the statement that allows `sts:AssumeRoleWithWebIdentity`: STS refuses to issue tagged credentials for it, so those users get no credentials.',
      missingMappingRule:
        'Identity pool {{pool}} maps principal tags ({{tags}}) for {{provider}}, but role {{role}}, chosen by its role-mapping rule {{rule}} for this provider, does not allow `sts:TagSession` in the statement that allows `sts:AssumeRoleWithWebIdentity`: STS refuses to issue tagged credentials for it, so those users get no credentials.',
      missingMappingRuleDefaults:
        'Identity pool {{pool}} maps principal tags (the default tags) for {{provider}}, but role {{role}}, chosen by its role-mapping rule {{rule}} for this provider, does not allow `sts:TagSession` in the statement that allows `sts:AssumeRoleWithWebIdentity`: STS refuses to issue tagged credentials for it, so those users get no credentials.',
      missingMappingRuleDefaultsAnd:
        'Identity pool {{pool}} maps principal tags (the default tags, {{tags}}) for {{provider}}, but role {{role}}, chosen by its role-mapping rule {{rule}} for this provider, does not allow `sts:TagSession` in the statement that allows `sts:AssumeRoleWithWebIdentity`: STS refuses to issue tagged credentials for it, so those users get no credentials.',
      missingGroupRole:
        'Identity pool {{pool}} maps principal tags ({{tags}}) for {{provider}}, but role {{role}}, the role of user pool group `{{group}}`, does not allow `sts:TagSession` in the statement that allows `sts:AssumeRoleWithWebIdentity`: STS refuses to issue tagged credentials for it, so those users get no credentials.',
      missingGroupRoleDefaults:
        'Identity pool {{pool}} maps principal tags (the default tags) for {{provider}}, but role {{role}}, the role of user pool group `{{group}}`, does not allow `sts:TagSession` in the statement that allows `sts:AssumeRoleWithWebIdentity`: STS refuses to issue tagged credentials for it, so those users get no credentials.',
      missingGroupRoleDefaultsAnd:
        'Identity pool {{pool}} maps principal tags (the default tags, {{tags}}) for {{provider}}, but role {{role}}, the role of user pool group `{{group}}`, does not allow `sts:TagSession` in the statement that allows `sts:AssumeRoleWithWebIdentity`: STS refuses to issue tagged credentials for it, so those users get no credentials.',
    },
    fix: 'Add `sts:TagSession` to the `Action` of the statement that trusts `cognito-identity.amazonaws.com` (CDK: `role.assumeRolePolicy?.addStatements(...)` or `new iam.SessionTagsPrincipal(principal)`).',
    fixIn: {
      terraform:
        'Add `sts:TagSession` to the `actions` of the trust statement that names `cognito-identity.amazonaws.com` (`actions = ["sts:AssumeRoleWithWebIdentity", "sts:TagSession"]`).',
    },
    references: [
      'https://docs.aws.amazon.com/cognito/latest/developerguide/using-attributes-for-access-control-policy-example.html',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_session-tags.html',
      'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-cognito-identitypoolprincipaltag.html',
    ],
    tags: ['trust', 'cognito', 'abac'],
  },
  check(context) {
    const { model } = context;
    for (const mapping of model.userPoolEntities.principalTags) {
      const pool = identityPoolOfMapping(model, mapping);
      if (!pool) continue;
      const tags = mappedTags(mapping);
      if (tags === undefined) {
        context.unresolved(
          `Principal tag mapping ${mapping.name}: whether it maps any tag is not statically known.`,
          mapping.principalTagsKnown ? mapping.useDefaults.source : mapping.principalTagsSource,
        );
        continue;
      }
      if (!tags.defaults && tags.custom.length === 0) continue;
      for (const { role, via } of rolesOfProvider(model, pool, mapping)) {
        for (const statement of identityPoolTrustStatements(role.trust)) {
          if (statementCoversAction(statement, 'sts:TagSession')) continue;
          if (statement.action?.values.some((v) => knownString(v.value) === undefined)) {
            context.unresolved(
              `Role ${role.name}: its trust actions are not statically known, so sts:TagSession was not checked.`,
              statement.source,
            );
            continue;
          }
          const data = {
            pool: `\`${pool.name}\``,
            provider: `\`${describe(mapping.identityProviderName.value)}\``,
            role: `\`${role.name}\``,
          };
          context.report({
            ...missingMessage(via, tags, data),
            at: statement.source,
            resource: role.resource,
            key: mapping.name,
          });
        }
      }
    }
  },
});

/** The tags a mapping sets: whether it uses the provider's default tags, and its own; undefined when not statically known. */
interface MappedTags {
  defaults: boolean;
  custom: string[];
}

function mappedTags(mapping: PrincipalTagMapping): MappedTags | undefined {
  const useDefaults = truthOf(mapping.useDefaults.value);
  const custom = mapping.principalTags.map((t) => `\`${t.tag}\``);
  if (useDefaults === true) return { defaults: true, custom };
  if (custom.length > 0) return { defaults: false, custom };
  if (useDefaults === 'unknown' || !mapping.principalTagsKnown) return undefined;
  return { defaults: false, custom: [] };
}

/** The message for a role of the provider that does not allow `sts:TagSession`: by how it reaches the users and which tags are mapped. */
function missingMessage(via: RoleVia, tags: MappedTags, names: { pool: string; provider: string; role: string }) {
  const listed = { ...names, tags: tags.custom.join(', ') };
  switch (via.kind) {
    case 'authenticated':
      if (!tags.defaults) return { messageId: 'missing' as const, data: listed };
      return tags.custom.length > 0
        ? { messageId: 'missingDefaultsAnd' as const, data: listed }
        : { messageId: 'missingDefaults' as const, data: names };
    case 'rule': {
      const rule = { rule: via.rule };
      if (!tags.defaults) return { messageId: 'missingMappingRule' as const, data: { ...listed, ...rule } };
      return tags.custom.length > 0
        ? { messageId: 'missingMappingRuleDefaultsAnd' as const, data: { ...listed, ...rule } }
        : { messageId: 'missingMappingRuleDefaults' as const, data: { ...names, ...rule } };
    }
    case 'group': {
      const group = { group: via.group };
      if (!tags.defaults) return { messageId: 'missingGroupRole' as const, data: { ...listed, ...group } };
      return tags.custom.length > 0
        ? { messageId: 'missingGroupRoleDefaultsAnd' as const, data: { ...listed, ...group } }
        : { messageId: 'missingGroupRoleDefaults' as const, data: { ...names, ...group } };
    }
  }
}

/**
 * The roles users of the mapping's provider can receive (rules/trust/missing-tag-session.md): the pool's `authenticated`
 * role, roles of `RoleMappings` rules for that provider, and roles of the user pool's groups.
 * The `unauthenticated` role is exempt: guests come from no provider.
 */
/** How a role reaches the users of a provider: as values, which the messages word. */
type RoleVia = { kind: 'authenticated' } | { kind: 'rule'; rule: number } | { kind: 'group'; group: string };

function rolesOfProvider(
  model: IdentityModel,
  pool: IdentityPool,
  mapping: PrincipalTagMapping,
): Array<{ role: Role; via: RoleVia }> {
  const out = new Map<Role, RoleVia>();
  for (const slot of model.slotsOfPool(pool)) {
    if (slot.slot === 'authenticated' && slot.role && !out.has(slot.role))
      out.set(slot.role, { kind: 'authenticated' });
  }
  for (const roleMapping of roleMappingsOfPool(model, pool)) {
    if (!sameProvider(model, roleMapping.identityProvider, mapping)) continue;
    for (const rule of roleMapping.rules) {
      if (rule.role && !out.has(rule.role)) out.set(rule.role, { kind: 'rule', rule: rule.index + 1 });
    }
  }
  for (const slot of model.slotsOfPool(pool)) {
    if (slot.slot !== 'group' || !slot.role || out.has(slot.role)) continue;
    const group = model.userPoolEntities.groups.find((g) => g.templateResource === slot.via.templateResource);
    if (group && mapping.userPool && group.userPool === mapping.userPool)
      out.set(slot.role, { kind: 'group', group: group.name });
  }
  return [...out].map(([role, via]) => ({ role, via }));
}

/** Does a role mapping's provider (`cognito-idp…/<pool>:<client>`) name the tag mapping's provider (`cognito-idp…/<pool>`)? */
function sameProvider(
  model: IdentityModel,
  provider: Parameters<typeof userPoolReferencesIn>[1],
  mapping: PrincipalTagMapping,
): boolean {
  const userPool = userPoolReferencesIn(model, provider).userPool;
  if (userPool && mapping.userPool) return userPool === mapping.userPool;
  const a = knownString(provider);
  const b = knownString(mapping.identityProviderName.value);
  if (a === undefined || b === undefined) return false;
  return a === b || a.startsWith(`${b}:`);
}
