import { defineRule, describe, knownString, roleMappingsOf } from '../../src/rule-api.js';

export default defineRule({
  meta: {
    id: 'identity-pool/ambiguous-fallback',
    description: 'Rules-based role mappings should deny users that match no rule',
    severity: 'low',
    messages: {
      fallback:
        'The role mapping {{mapping}} of identity pool {{pool}} sends users of {{provider}} who match none of its rules to the default authenticated role {{role}}; `Deny` would fail closed.',
      // The pool's authenticated role is not in the linted files.
      fallbackUnnamed:
        'The role mapping {{mapping}} of identity pool {{pool}} sends users of {{provider}} who match none of its rules to the default authenticated role; `Deny` would fail closed.',
    },
    fix: 'Set `AmbiguousRoleResolution: Deny` on `Type: Rules` mappings, and add an explicit rule for users who should get a role (CDK `resolveAmbiguousRoles: false`).',
    fixIn: {
      terraform:
        'Set `ambiguous_role_resolution = "Deny"` in each `role_mapping` block of `type = "Rules"` of the `aws_cognito_identity_pool_roles_attachment`, and add a `mapping_rule` for the users who should get a role.',
    },
    references: [
      'https://docs.aws.amazon.com/cognito/latest/developerguide/role-based-access-control.html',
      'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cognito-identitypoolroleattachment-rolemapping.html',
      'https://docs.aws.amazon.com/cognitoidentity/latest/APIReference/API_RoleMapping.html',
    ],
    tags: ['identity-pool', 'cognito'],
  },
  check(context) {
    const { model } = context;
    for (const mapping of roleMappingsOf(model)) {
      const type = knownString(mapping.type);
      const resolution = knownString(mapping.ambiguousRoleResolution);
      // Token mappings fall back for users without a single preferred group role: the default role
      // for ordinary users is their design, so only Rules mappings are judged (rules/identity-pool/ambiguous-fallback.md).
      if (type !== 'Rules') {
        if (type === undefined && mapping.type.kind !== 'absent')
          context.unresolved(
            `Role mapping ${mapping.key} of ${mapping.attachment.name}: its Type is not statically known.`,
            mapping.typeSource,
          );
        continue;
      }
      if (resolution !== 'AuthenticatedRole') {
        if (resolution === undefined && mapping.ambiguousRoleResolution.kind !== 'absent') {
          context.unresolved(
            `Role mapping ${mapping.key} of ${mapping.attachment.name}: AmbiguousRoleResolution is not statically known.`,
            mapping.ambiguousRoleResolutionSource,
          );
        }
        continue;
      }
      const pool = mapping.pool;
      const authenticated = pool ? model.slotsOfPool(pool).filter((s) => s.slot === 'authenticated') : [];
      const roleNames = [...new Set(authenticated.map((s) => (s.role ? s.role.name : describe(s.roleValue))))];
      const data = {
        mapping: `\`${mapping.key}\``,
        pool: pool ? `\`${pool.name}\`` : `\`${describe(mapping.poolValue)}\``,
        provider: `\`${describe(mapping.identityProvider)}\``,
      };
      context.report({
        ...(roleNames.length
          ? { messageId: 'fallback' as const, data: { ...data, role: roleNames.map((n) => `\`${n}\``).join(' or ') } }
          : { messageId: 'fallbackUnnamed' as const, data }),
        at: mapping.ambiguousRoleResolutionSource,
        resource: mapping.attachment.resource,
      });
    }
  },
});
