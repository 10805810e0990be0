import {
  defineRule,
  formatList,
  isSubstitutedKey,
  policyLabel,
  statementName,
  variableUses,
  variableVersion,
  type VariableUse,
} from '../../src/rule-api.js';

export default defineRule({
  meta: {
    id: 'policy/variable-unknown',
    description: 'Policy variables must name a key IAM substitutes, in a place where IAM substitutes it',
    severity: 'medium',
    messages: {
      unknownKey:
        'In {{where}}, {{variables}} {{name}} no request-context key that IAM substitutes, so the value never matches what was meant.',
      beforeFifthColon:
        'In {{where}}, {{variables}} {{stand}} in the ARN before its fifth colon, where IAM never substitutes variables.',
      operator: 'In {{where}}, {{variables}} {{stand}} in the value of {{operators}}, whose values IAM never substitutes.',
      element: 'In {{where}}, {{variables}} {{stand}} in {{elements}}, where IAM never substitutes variables.',
      notSubstitutedReference:
        'In {{where}}, {{variables}} {{look}}, but the string is no `Fn::Sub` template, so the policy keeps the text as written.',
    },
    fix: 'Name a key IAM substitutes (`${cognito-identity.amazonaws.com:sub}`, `${aws:username}`, `${aws:PrincipalTag/<tag>}`) and write it only in the resource part of an ARN or in a string or ARN condition value.',
    references: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_iam-condition-keys.html',
      'https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html',
    ],
    tags: ['policy', 'variables'],
  },
  check(context) {
    for (const record of context.model.policies) {
      if (record.policyType === 'aws-managed') continue;
      const { document } = record;
      // Without 2012-10-17 every variable is literal text: policy/variable-unsubstituted.
      if (variableVersion(document) !== '2012-10-17') continue;
      for (const statement of document.statements) {
        // `${!…}` leftovers are policy/variable-sub-escape's; a preprocessor's variables are gone before deployment.
        const all = variableUses(statement);
        const uses = all.filter((use) => use.variable.kind === 'iam');
        const references = all.filter((use) => use.variable.kind === 'cloudformation');
        if (uses.length === 0 && references.length === 0) continue;
        const where = `${policyLabel(document)}, ${statementName(statement)}`;
        const report = (
          messageId: 'unknownKey' | 'beforeFifthColon' | 'operator' | 'element' | 'notSubstitutedReference',
          group: VariableUse[],
          extra: Record<string, string> = {},
        ): void => {
          if (group.length === 0) return;
          const variables = [...new Set(group.map((u) => u.variable.written))];
          const one = variables.length === 1;
          context.report({
            messageId,
            data: {
              where,
              variables: formatList(variables.map((v) => `\`${v}\``)),
              name: one ? 'names' : 'name',
              stand: one ? 'stands' : 'stand',
              look: one ? 'looks like a CloudFormation reference' : 'look like CloudFormation references',
              ...extra,
            },
            at: group[0]!.source,
            key: messageId,
          });
        };
        report('notSubstitutedReference', references);
        report('beforeFifthColon', uses.filter((u) => u.neverSubstituted === 'before-fifth-colon'));
        const byOperator = uses.filter((u) => u.neverSubstituted === 'operator');
        report('operator', byOperator, { operators: formatList(byOperator.map((u) => `\`${u.operator}\``)) });
        const byElement = uses.filter((u) => u.neverSubstituted === 'element');
        report('element', byElement, { elements: formatList(byElement.map((u) => (u.element === 'condition key' ? 'a condition key' : `\`${u.element}\``))) });
        // A name is judged only where IAM would substitute it: elsewhere the place is the problem.
        report(
          'unknownKey',
          uses.filter((u) => u.neverSubstituted === undefined && (u.variable.malformed || !isSubstitutedKey(u.variable.key))),
        );
      }
    }
  },
});
