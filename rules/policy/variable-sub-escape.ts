import { defineRule, statementAt, subEscapeProblems, type SubEscapeProblem } from '../../src/rule-api.js';
import { formatList } from '../_shared/lists.js';
import { policyLabel, statementName } from '../_shared/policies.js';

export default defineRule({
  meta: {
    id: 'policy/variable-sub-escape',
    description: 'IAM policy variables must be escaped as ${!…} inside Fn::Sub and only there',
    severity: 'high',
    messages: {
      // One variable and several are two messages, so that no placeholder carries grammar.
      unescapedInSub:
        'In {{where}}, `Fn::Sub` takes {{variables}} for a CloudFormation reference, so the deployment fails with "Unresolved resource dependencies"; write {{fixed}}.',
      unescapedInSubMany:
        'In {{where}}, `Fn::Sub` takes {{variables}} for CloudFormation references, so the deployment fails with "Unresolved resource dependencies"; write {{fixed}}.',
      escapeOutsideSub:
        'In {{where}}, {{variables}} is outside `Fn::Sub`, so the `!` stays in the policy and the variable never matches; write {{fixed}}.',
      escapeOutsideSubMany:
        'In {{where}}, {{variables}} are outside `Fn::Sub`, so the `!` stays in the policy and the variable never matches; write {{fixed}}.',
    },
    fix: 'Inside `Fn::Sub` write IAM variables as `${!cognito-identity.amazonaws.com:sub}`; everywhere else (plain strings, `Fn::Join` pieces) write them without `!`.',
    fixIn: {
      terraform:
        'Terraform has no `Fn::Sub`: write IAM variables as `$${cognito-identity.amazonaws.com:sub}` in HCL strings (or `&{…}` inside `data "aws_iam_policy_document"`), never `${!…}`.',
    },
    references: [
      'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/intrinsic-function-reference-sub.html',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html',
    ],
    tags: ['policy', 'variables', 'cloudformation'],
  },
  check(context) {
    for (const record of context.model.writtenPolicies()) {
      const { document } = record;
      // One finding per string node and kind, listing its variables.
      const groups = new Map<string, SubEscapeProblem[]>();
      for (const problem of subEscapeProblems(document)) {
        const key = `${problem.kind}\u0000${problem.at.doc.file}\u0000${problem.at.pointer}`;
        groups.set(key, [...(groups.get(key) ?? []), problem]);
      }
      for (const group of groups.values()) {
        const first = group[0]!;
        const statement = statementAt(document, first.pointer);
        const where = statement ? `${policyLabel(document)}, ${statementName(statement)}` : policyLabel(document);
        const written = [...new Set(group.map((p) => p.written))];
        const fixed = written.map((w) => (first.kind === 'unescaped-in-sub' ? '${!' + w.slice(2) : '${' + w.slice(3)));
        const one = written.length === 1;
        context.report({
          messageId:
            first.kind === 'unescaped-in-sub'
              ? one
                ? 'unescapedInSub'
                : 'unescapedInSubMany'
              : one
                ? 'escapeOutsideSub'
                : 'escapeOutsideSubMany',
          data: {
            where,
            variables: formatList(written.map((w) => `\`${w}\``)),
            fixed: formatList(fixed.map((w) => `\`${w}\``)),
          },
          at: first.at,
          key: first.kind,
        });
      }
    }
  },
});
