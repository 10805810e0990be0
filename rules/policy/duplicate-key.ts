import { defineRule } from '../../src/rule-api.js';

export default defineRule({
  meta: {
    id: 'policy/duplicate-key',
    description: 'A JSON or YAML object in a policy or template must not repeat a key',
    severity: 'high',
    messages: {
      duplicate:
        'Key `{{key}}` appears more than once in the same object: reviewers read one value while AWS applies another.',
    },
    fix: 'Merge the two entries into one key (for policy statements, combine the values into a list).',
    fixIn: {
      terraform:
        'Write the policy with `jsonencode({…})` or `data "aws_iam_policy_document"`, which cannot hold a key twice; in a heredoc or a `file()` policy, merge the two entries into one key.',
    },
    references: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html',
      'https://www.rfc-editor.org/rfc/rfc8259#section-4',
    ],
    tags: ['policy'],
  },
  check(context) {
    for (const doc of context.model.documents) {
      for (const duplicate of doc.duplicateKeys) {
        context.report({
          messageId: 'duplicate',
          data: { key: duplicate.key },
          at: { doc, pointer: duplicate.pointer },
          range: duplicate.range,
          key: duplicate.key,
        });
      }
    }
  },
});
