import {
  amrAdmission,
  amrOperatorProblem,
  conditionsOn,
  defineRule,
  describe,
  identityPoolTrustStatements,
  type AmrAdmission,
} from '../../src/rule-api.js';

export default defineRule({
  meta: {
    id: 'trust/amr-operator',
    description:
      'Identity-pool role trust must test the multivalued amr key with ForAnyValue:StringLike or ForAnyValue:StringEquals',
    severity: 'medium',
    messages: {
      singleValued:
        'Role {{role}} tests the multivalued key `amr` with the single-valued operator `{{operator}}`: AWS requires a set operator for it, and does not document how `{{operator}}` compares a signed-in token, which carries `authenticated` plus provider names, with {{values}}.',
      forAllValues:
        'Role {{role}} tests `amr` with `{{operator}}`, which is true for a token that carries no `amr` and false for any token with a value not in {{values}}, while real signed-in tokens carry `authenticated` plus the name of their provider.',
      ifExists:
        'Role {{role}} tests `amr` with `{{operator}}`, which passes whenever the key is missing, so {{values}} is not required of the token.',
      // With a single-valued negated operator a token without `amr` passes too; with ForAnyValue: it does not.
      negated:
        'Role {{role}} tests `amr` with the negated operator `{{operator}}`, which admits every `amr` value except {{values}}, including provider names you have not thought of, and a token that carries no `amr` at all.',
      negatedAnyValue:
        'Role {{role}} tests `amr` with the negated operator `{{operator}}`, which admits every `amr` value except {{values}}, including provider names you have not thought of.',
      other:
        'Role {{role}} tests `amr` with `{{operator}}`, which is not a string set operator, so it does not say which identities ({{values}}) may assume the role.',
    },
    // What the statement's amr conditions let through (the shared amr logic of src/iam/trust.ts), after the message.
    notes: {
      any: 'As written, the statement admits guests and signed-in users alike.',
      authenticated: 'As written, the statement admits signed-in users only.',
      providers: 'As written, the statement admits only users signed in through {{providers}}.',
      unauthenticated: 'As written, the statement admits guests only.',
      none: 'As written, the statement admits no real token.',
      unknown: 'As written, the statement admits tokens that depend on undocumented or unresolved behaviour.',
    },
    fix: 'Write the condition as `"ForAnyValue:StringLike": {"cognito-identity.amazonaws.com:amr": "authenticated"}` (or `"unauthenticated"` for the guest role, or a provider name).',
    fixIn: {
      terraform:
        'Write the condition as `condition { test = "ForAnyValue:StringLike" variable = "cognito-identity.amazonaws.com:amr" values = ["authenticated"] }` (or `["unauthenticated"]` for the guest role, or a provider name).',
    },
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
        const admits = admitsNote(amrAdmission(statement));
        for (const entry of conditionsOn(statement, 'amr')) {
          const problem = amrOperatorProblem(entry);
          if (!problem) continue;
          const kind = (
            {
              'single-valued': 'singleValued',
              'for-all-values': 'forAllValues',
              'if-exists': 'ifExists',
              negated: 'negated',
              other: 'other',
            } as const
          )[problem];
          const messageId = kind === 'negated' && entry.operator.set === 'ForAnyValue' ? 'negatedAnyValue' : kind;
          const values = entry.values.map((v) => `\`${describe(v.value)}\``).join(', ') || 'no value';
          context.report({
            messageId,
            data: { role: `\`${role.name}\``, operator: entry.operator.raw, values },
            notes: [admits],
            at: entry.source,
            resource: role.resource,
          });
        }
      }
    }
  },
});

/** The note saying what the statement's amr conditions let through. */
function admitsNote(admission: AmrAdmission) {
  if (admission.admits === 'providers')
    return { id: 'providers' as const, data: { providers: admission.providers.map((p) => `\`${p}\``).join(', ') } };
  return { id: admission.admits };
}
