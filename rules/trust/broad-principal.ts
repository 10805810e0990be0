import {
  defineRule,
  knownString,
  scalarAlternatives,
  statementCoversAction,
  type ConditionEntry,
  type Statement,
} from '../../src/rule-api.js';

/** The ways a role can be assumed; a trust statement granting none of them lets nobody in. */
const ASSUME_ACTIONS = ['sts:AssumeRole', 'sts:AssumeRoleWithWebIdentity', 'sts:AssumeRoleWithSAML'];

/** Principal types whose `*` means "anyone" (rules/trust/broad-principal.md: `"*"`, `{"AWS": "*"}`, `{"Federated": "*"}`). */
const WILDCARD_TYPES = new Set(['*', 'AWS', 'Federated']);

/** Global keys that pin the calling principal (IAM global condition context keys). */
const PINNING_KEYS = new Set(['aws:principalarn', 'aws:principalaccount', 'aws:principalorgid', 'sts:externalid']);

export default defineRule({
  meta: {
    id: 'trust/broad-principal',
    description: 'A role trust must not allow every principal without a condition that pins the caller',
    severity: 'critical',
    messages: {
      // By the wildcard principal: who can assume the role.
      anyone:
        'Role {{role}} trusts {{principal}} with no condition that pins the caller (`aws:PrincipalArn`, `aws:PrincipalAccount`, `aws:PrincipalOrgID`, `sts:ExternalId` or an `aud`): anyone, from any AWS account or identity provider, can assume it.',
      anyToken:
        'Role {{role}} trusts {{principal}} with no condition that pins the caller (`aws:PrincipalArn`, `aws:PrincipalAccount`, `aws:PrincipalOrgID`, `sts:ExternalId` or an `aud`): a token from any identity provider can assume it.',
      anyAwsPrincipal:
        'Role {{role}} trusts {{principal}} with no condition that pins the caller (`aws:PrincipalArn`, `aws:PrincipalAccount`, `aws:PrincipalOrgID`, `sts:ExternalId` or an `aud`): any AWS principal in any account can assume it.',
    },
    fix: "Name the principal that should assume the role (an account, role ARN or identity provider), or add a condition on `aws:PrincipalOrgID`, `aws:PrincipalAccount`, `aws:PrincipalArn`, `sts:ExternalId` or the provider's `aud`.",
    fixIn: {
      terraform:
        'Name the principal in the trust\'s `principals` block (an account, role ARN or identity provider) instead of `principals { type = "*" identifiers = ["*"] }` (`Principal = "*"` or `{ AWS = "*" }` in `jsonencode`), or add a `condition` on `aws:PrincipalOrgID`, `aws:PrincipalAccount`, `aws:PrincipalArn`, `sts:ExternalId` or the provider\'s `aud`.',
    },
    references: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_terms-and-concepts.html',
    ],
    tags: ['trust'],
  },
  check(context) {
    for (const role of context.model.roles) {
      for (const statement of role.trust?.statements ?? []) {
        if (statement.effect !== 'Allow' || !statement.principal) continue;
        if (!ASSUME_ACTIONS.some((action) => statementCoversAction(statement, action))) continue;
        const wildcard = statement.principal.entries.find(
          (entry) =>
            WILDCARD_TYPES.has(entry.type) &&
            scalarAlternatives(entry.value.value).some((alt) => knownString(alt) === '*'),
        );
        if (!wildcard || pinsCaller(statement)) continue;
        const principal = wildcard.type === '*' ? '`Principal: "*"`' : `\`{"${wildcard.type}": "*"}\``;
        context.report({
          messageId: wildcard.type === 'Federated' ? 'anyToken' : wildcard.type === '*' ? 'anyone' : 'anyAwsPrincipal',
          data: { role: `\`${role.name}\``, principal },
          at: wildcard.value.source,
          resource: role.resource,
        });
      }
    }
  },
});

/** Does some condition entry restrict the caller to specific principals or tokens? Conditions are ANDed: one is enough. */
function pinsCaller(statement: Statement): boolean {
  return statement.conditions.some((entry) => {
    const key = entry.keyLower;
    const pinning = PINNING_KEYS.has(key) || /:aud$/.test(key);
    return pinning && restricts(entry);
  });
}

/** A positive string or ARN comparison that does not pass when the key is missing and is not a bare wildcard. */
function restricts(entry: ConditionEntry): boolean {
  const op = entry.operator;
  if (op.ifExists || op.set === 'ForAllValues') return false;
  if (!/^(String(Equals|Like|EqualsIgnoreCase)|Arn(Equals|Like))$/.test(op.base)) return false;
  if (entry.values.length === 0) return false;
  return entry.values.every((v) =>
    scalarAlternatives(v.value).every((alt) => {
      const s = knownString(alt);
      return s === undefined || !/^[*?]*$/.test(s);
    }),
  );
}
