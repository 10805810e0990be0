import { checkPolicyGrammar, defineRule, HOLE, policyTextLength, ROLE_INLINE_POLICIES_MAX_LENGTH, type PolicyRecord } from '../../src/rule-api.js';

export default defineRule({
  meta: {
    id: 'policy/invalid',
    description: 'Policy documents must follow the IAM policy grammar',
    severity: 'high',
    messages: {
      grammar: 'In {{policy}}: {{detail}}',
      roleInlineSize:
        'The inline policies of role {{role}} add up to {{length}} characters without whitespace; IAM allows at most {{limit}} per role, so the stack will fail to deploy.',
    },
    fix: 'Correct the element at the reported position so the document matches the IAM policy grammar (see the IAM JSON policy element reference).',
    references: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements.html',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html',
    ],
    tags: ['policy'],
  },
  check(context) {
    for (const record of context.model.policies) {
      // AWS managed policies (in get-account-authorization-details output) are AWS's documents, not the user's.
      if (record.policyType === 'aws-managed') continue;
      const { document } = record;
      const problems = checkPolicyGrammar(document.raw, document.kind, { ...lengthLimit(record) });
      for (const problem of problems) {
        // A key assembled from parts that are not known (JSON text built by Fn::Sub/Fn::Join) may be any key.
        if (problem.pointer.includes(HOLE)) continue;
        const pointer = document.source.pointer + problem.pointer;
        context.report({
          messageId: 'grammar',
          data: { policy: `\`${document.name}\``, detail: problem.message },
          at: { doc: document.source.doc, pointer },
          ...(problem.which === 'key' ? { range: document.source.doc.locate(pointer, 'key') } : {}),
          resource: record.owner.resource,
          // Codes and values only: rewording a grammar message must not make baselined findings new.
          key: [problem.code, problem.which, ...(problem.variant !== undefined ? [problem.variant] : [])].join(':'),
        });
      }
    }
    // Inline policies share one quota per role: the role's inline policies and the
    // AWS::IAM::Policy / AWS::IAM::RolePolicy documents CloudFormation embeds in it.
    for (const role of context.model.roles) {
      const inline = role.policies.filter((p) => p.via === 'inline' || p.via === 'policy-resource' || p.via === 'raw-inline');
      const length = inline.reduce((sum, p) => sum + (policyTextLength(p.record.document.raw) ?? 0), 0);
      if (length > ROLE_INLINE_POLICIES_MAX_LENGTH) {
        context.report({
          messageId: 'roleInlineSize',
          data: { role: `\`${role.name}\``, length, limit: ROLE_INLINE_POLICIES_MAX_LENGTH },
          at: role.source,
          resource: role.resource,
        });
      }
    }
  },
});

/** Which size limit applies to one document (undefined: the grammar checker's default for its kind). */
function lengthLimit(record: PolicyRecord): { maxLength?: number | null } {
  switch (record.policyType) {
    case 'managed':
    case 'trust':
    case 'resource':
      return {};
    default:
      // Inline documents count towards their role's aggregate, checked above; a bare file's policy type is unknown.
      return { maxLength: null };
  }
}
