import { amrAdmission, amrOperatorProblem, conditionsOn, defineRule, describe, identityPoolTrustStatements, type AmrAdmission } from '../../src/rule-api.js';

export default defineRule({
  meta: {
    id: 'trust/amr-operator',
    description: 'Identity-pool role trust must test the multivalued amr key with ForAnyValue:StringLike or ForAnyValue:StringEquals',
    severity: 'medium',
    messages: {
      singleValued:
        'Role {{role}} tests the multivalued key `amr` with the single-valued operator `{{operator}}`: AWS requires a set operator for it, and does not document how `{{operator}}` compares a signed-in token, which carries `authenticated` plus provider names, with {{values}} (as written, the statement admits {{admits}}).',
      forAllValues:
        'Role {{role}} tests `amr` with `{{operator}}`, which is true for a token that carries no `amr` and false for any token with a value not in {{values}}, while real signed-in tokens carry `authenticated` plus the name of their provider (as written, the statement admits {{admits}}).',
      ifExists:
        'Role {{role}} tests `amr` with `{{operator}}`, which passes whenever the key is missing, so {{values}} is not required of the token (as written, the statement admits {{admits}}).',
      negated:
        'Role {{role}} tests `amr` with the negated operator `{{operator}}`, which admits every `amr` value except {{values}}, including provider names you have not thought of{{absent}} (as written, the statement admits {{admits}}).',
      other:
        'Role {{role}} tests `amr` with `{{operator}}`, which is not a string set operator, so it does not say which identities ({{values}}) may assume the role (as written, the statement admits {{admits}}).',
    },
    fix: 'Write the condition as `"ForAnyValue:StringLike": {"cognito-identity.amazonaws.com:amr": "authenticated"}` (or `"unauthenticated"` for the guest role, or a provider name).',
    references: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_multi-value-conditions.html',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_iam-condition-keys.html#condition-keys-wif',
      'https://docs.aws.amazon.com/cognito/latest/developerguide/role-trust-and-permissions.html',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html',
    ],
    tags: ['trust', 'cognito'],
  },
  check(context) {
    for (const role of context.model.identityPoolRoles()) {
      for (const statement of identityPoolTrustStatements(role.trust)) {
        const admits = admitsText(amrAdmission(statement));
        for (const entry of conditionsOn(statement, 'amr')) {
          const problem = amrOperatorProblem(entry);
          if (!problem) continue;
          const messageId = ({ 'single-valued': 'singleValued', 'for-all-values': 'forAllValues', 'if-exists': 'ifExists', 'negated': 'negated', 'other': 'other' } as const)[problem];
          const values = entry.values.map((v) => `\`${describe(v.value)}\``).join(', ') || 'no value';
          context.report({
            messageId,
            data: {
              role: `\`${role.name}\``,
              operator: entry.operator.raw,
              values,
              admits,
              // A single-valued negated operator is true when the key is missing; ForAnyValue: is false then.
              absent: entry.operator.set === 'ForAnyValue' ? '' : ', and a token that carries no `amr` at all',
            },
            at: entry.source,
            resource: role.resource,
          });
        }
      }
    }
  },
});

/** What the statement's amr conditions let through, in words (the shared amr logic of src/iam/trust.ts). */
function admitsText(admission: AmrAdmission): string {
  switch (admission.admits) {
    case 'any':
      return 'guests and signed-in users alike';
    case 'authenticated':
      return 'signed-in users only';
    case 'providers':
      return `only users signed in through ${admission.providers.map((p) => `\`${p}\``).join(', ')}`;
    case 'unauthenticated':
      return 'guests only';
    case 'none':
      return 'no real token';
    case 'unknown':
      return 'tokens that depend on undocumented or unresolved behaviour';
  }
}
