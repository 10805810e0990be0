import {
  assessAud,
  audEntryRestricts,
  knownString,
  type Resolved,
  containsUnknown,
  defineRule,
  describe,
  identityPoolTrustStatements,
  scalarAlternatives,
  conditionsOn,
  type ConditionEntry,
  type IdentityPool,
  type Role,
} from '../../src/rule-api.js';

/** The role's slot, as the end of its message ID. */
const SLOT_KEYS = {
  authenticated: 'Authenticated',
  unauthenticated: 'Unauthenticated',
  rules: 'Rules',
  group: 'Group',
} as const;

export default defineRule({
  meta: {
    id: 'trust/aud-mismatch',
    description: "An identity-pool role's trust must admit the identity pool it is attached to",
    severity: 'high',
    messages: {
      mismatchAuthenticated:
        'Role {{role}} is the authenticated role of identity pool {{pool}}, but its trust only admits tokens whose `aud` is {{aud}}: the pool cannot obtain credentials for it, and another pool can.',
      mismatchUnauthenticated:
        'Role {{role}} is the unauthenticated (guest) role of identity pool {{pool}}, but its trust only admits tokens whose `aud` is {{aud}}: the pool cannot obtain credentials for it, and another pool can.',
      mismatchRules:
        'Role {{role}} is the role chosen by a role-mapping rule of identity pool {{pool}}, but its trust only admits tokens whose `aud` is {{aud}}: the pool cannot obtain credentials for it, and another pool can.',
      mismatchGroup:
        'Role {{role}} is the role of a user pool group of identity pool {{pool}}, but its trust only admits tokens whose `aud` is {{aud}}: the pool cannot obtain credentials for it, and another pool can.',
    },
    fix: 'Set the trust condition `cognito-identity.amazonaws.com:aud` to the ID of the identity pool the role is attached to (in CloudFormation `!Ref <IdentityPool>`).',
    fixIn: {
      terraform:
        'Set the trust condition `cognito-identity.amazonaws.com:aud` to the ID of the identity pool the role is attached to: `values = [aws_cognito_identity_pool.main.id]`.',
    },
    references: [
      'https://docs.aws.amazon.com/cognito/latest/developerguide/iam-roles.html',
      'https://docs.aws.amazon.com/cognito/latest/developerguide/role-based-access-control.html',
    ],
    defersTo: ['trust/missing-aud'],
    tags: ['trust', 'cognito'],
  },
  check(context) {
    const reported = new Set<string>();
    for (const slot of context.model.slots) {
      const { role, pool } = slot;
      if (!role || !pool) continue;
      const key = `${role.source.doc.file}#${role.source.pointer}|${pool.source.doc.file}#${pool.source.pointer}`;
      if (reported.has(key)) continue;
      // A statement with no effective aud admits every pool, this one too, whatever the others pin:
      // trust/missing-aud's concern.
      if (identityPoolTrustStatements(role.trust).some((s) => assessAud(s).status !== 'restricted')) continue;
      const entries = restrictingAudEntries(role);
      if (entries.length === 0) continue; // no effective aud: trust/missing-aud's concern
      const values = entries.flatMap((e) => e.values.flatMap((v) => scalarAlternatives(v.value)));
      if (values.some((v) => context.model.identityPoolFor(v) === pool)) continue;
      // Only a literal or an identity pool of the run is a resolved aud: a custom resource's attribute
      // (alone or inside Fn::Sub / Fn::Join) may well be this pool's ID.
      if (values.some((v) => containsUnknown(v) || !comparable(v))) {
        context.unresolved(
          `Role ${role.name}: the aud condition of its trust could not be resolved, so it was not compared with identity pool ${pool.name}.`,
          entries[0]!.source,
        );
        continue;
      }
      reported.add(key);
      context.report({
        messageId: `mismatch${SLOT_KEYS[slot.slot]}`,
        data: {
          role: `\`${role.name}\``,
          pool: `\`${pool.name}\``,
          aud: values.map((v) => describeAud(v, context.model.identityPoolFor(v))).join(', '),
        },
        at: entries[0]!.source,
        resource: role.resource,
        key: pool.name,
      });
    }
  },
});

/** `aud` entries that pin specific pools, across every identity-pool trust statement of the role. */
function restrictingAudEntries(role: Role): ConditionEntry[] {
  return identityPoolTrustStatements(role.trust).flatMap((s) => conditionsOn(s, 'aud').filter(audEntryRestricts));
}

function describeAud(value: Parameters<typeof describe>[0], pool: IdentityPool | undefined): string {
  return pool ? `identity pool \`${pool.name}\`'s ID` : `\`${describe(value)}\``;
}

/** A value whose pool ID is known: a literal, or a `Ref`/`Fn::GetAtt …Id` of an identity pool of the run. */
function comparable(value: Resolved): boolean {
  if (knownString(value) !== undefined) return true;
  return value.kind === 'resource' && value.resource.type === 'AWS::Cognito::IdentityPool';
}
