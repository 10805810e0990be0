import {
  amrAdmission,
  audEntryRestricts,
  conditionsOn,
  defineRule,
  denyFormAudEntries,
  identityPoolTrustStatements,
  scalarAlternatives,
  truthOf,
  type IdentityPool,
} from '../../src/rule-api.js';

export default defineRule({
  meta: {
    id: 'trust/missing-amr',
    description:
      'Identity-pool role trust should test cognito-identity.amazonaws.com:amr (authenticated or unauthenticated)',
    severity: 'high',
    messages: {
      guestsCanAssume:
        'Role {{role}} does not test `cognito-identity.amazonaws.com:amr`, and guests and the basic (classic) flow are allowed in {{pools}}: a guest token buys this role, because with the basic flow the client picks the role.',
      noPoolResolved:
        'Role {{role}} does not test `cognito-identity.amazonaws.com:amr`, and no identity pool it trusts could be read to rule out guests with the basic (classic) flow: a guest token may buy this role.',
      defenceInDepth:
        'Role {{role}} does not test `cognito-identity.amazonaws.com:amr`: guest access or the basic (classic) flow is turned off today in {{pools}}, but the role relies on that alone; AWS recommends an `amr` condition on every identity-pool role.',
    },
    fix: 'Add `"ForAnyValue:StringLike": {"cognito-identity.amazonaws.com:amr": "authenticated"}` (or `"unauthenticated"` for the guest role) to the trust statement.',
    fixIn: {
      terraform:
        'Add `condition { test = "ForAnyValue:StringLike" variable = "cognito-identity.amazonaws.com:amr" values = ["authenticated"] }` (or `["unauthenticated"]` for the guest role) to the trust statement of `data "aws_iam_policy_document"`.',
    },
    references: [
      'https://docs.aws.amazon.com/cognito/latest/developerguide/iam-roles.html',
      'https://docs.aws.amazon.com/cognito/latest/developerguide/authentication-flow.html',
      'https://docs.aws.amazon.com/cognito/latest/developerguide/identity-pools-security-best-practices.html',
    ],
    tags: ['trust', 'cognito'],
  },
  check(context) {
    for (const role of context.model.identityPoolRoles()) {
      for (const statement of identityPoolTrustStatements(role.trust)) {
        if (conditionsOn(statement, 'amr').length > 0) continue;
        // A `Deny` beside it that tests only `amr` is the trust's amr condition: refusing guest tokens
        // (or signed-in ones) there restricts this statement as an `amr` entry in it would.
        const admission = amrAdmission(statement);
        if (admission.guests === false || admission.signedIn === false) continue;
        if (admission.guests === 'unknown' || admission.signedIn === 'unknown') {
          context.unresolved(
            `Role ${role.name}: the amr condition of a Deny statement of its trust could not be resolved, so whether the trust tests amr was not decided.`,
            statement.source,
          );
          continue;
        }
        // The pools this trust names in `aud`: only those can hand out a token for it.
        const pools = new Set<IdentityPool>();
        // Only entries that pin pools name them: `StringNotEquals aud: X` names the pool it excludes,
        // unless it is the documented deny form (a `Deny` refusing every pool but X), used when the
        // statement itself pins none.
        const pinning = conditionsOn(statement, 'aud').filter(audEntryRestricts);
        for (const entry of pinning.length > 0 ? pinning : denyFormAudEntries(statement.document)) {
          for (const value of entry.values) {
            for (const alt of scalarAlternatives(value.value)) {
              const pool = context.model.identityPoolFor(alt);
              if (pool) pools.add(pool);
            }
          }
        }
        const data = { role: `\`${role.name}\`` };
        if (pools.size === 0) {
          context.report({
            messageId: 'noPoolResolved',
            data,
            at: statement.source,
            resource: role.resource,
            severity: 'high',
          });
          continue;
        }
        const open = [...pools].filter(
          (p) => truthOf(p.allowUnauthenticated) !== false && truthOf(p.allowClassicFlow) !== false,
        );
        const named = (list: IdentityPool[]): string => list.map((p) => `identity pool \`${p.name}\``).join(' and ');
        if (open.length > 0) {
          context.report({
            messageId: 'guestsCanAssume',
            data: { ...data, pools: named(open) },
            at: statement.source,
            resource: role.resource,
            severity: 'high',
          });
        } else {
          context.report({
            messageId: 'defenceInDepth',
            data: { ...data, pools: named([...pools]) },
            at: statement.source,
            resource: role.resource,
            severity: 'medium',
          });
        }
      }
    }
  },
});
