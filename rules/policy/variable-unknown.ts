import { defineRule, isSubstitutedKey, variableUses, variableVersion, type VariableUse } from '../../src/rule-api.js';
import { formatList } from '../_shared/lists.js';
import { policyLabel, statementName } from '../_shared/policies.js';

export default defineRule({
  meta: {
    id: 'policy/variable-unknown',
    description: 'Policy variables must name a key IAM substitutes, in a place where IAM substitutes it',
    severity: 'medium',
    // One variable and several are two messages (`…Many`), so that no placeholder carries grammar.
    messages: {
      unknownKey:
        'In {{where}}, {{variables}} names no request-context key that IAM substitutes, so the value never matches what was meant.',
      unknownKeyMany:
        'In {{where}}, {{variables}} name no request-context key that IAM substitutes, so the value never matches what was meant.',
      beforeFifthColon:
        'In {{where}}, {{variables}} stands in the ARN before its fifth colon, where IAM never substitutes variables.',
      beforeFifthColonMany:
        'In {{where}}, {{variables}} stand in the ARN before its fifth colon, where IAM never substitutes variables.',
      operator: 'In {{where}}, {{variables}} stands in the value of {{operators}}, whose values IAM never substitutes.',
      operatorMany:
        'In {{where}}, {{variables}} stand in the value of {{operators}}, whose values IAM never substitutes.',
      element: 'In {{where}}, {{variables}} stands in {{elements}}, where IAM never substitutes variables.',
      elementMany: 'In {{where}}, {{variables}} stand in {{elements}}, where IAM never substitutes variables.',
      // A condition key is a place, not a name: one message for it alone, one for it beside named elements.
      conditionKey: 'In {{where}}, {{variables}} stands in a condition key, where IAM never substitutes variables.',
      conditionKeyMany: 'In {{where}}, {{variables}} stand in a condition key, where IAM never substitutes variables.',
      elementAndConditionKey:
        'In {{where}}, {{variables}} stands in {{elements}} and in a condition key, where IAM never substitutes variables.',
      elementAndConditionKeyMany:
        'In {{where}}, {{variables}} stand in {{elements}} and in a condition key, where IAM never substitutes variables.',
      notSubstitutedReference:
        'In {{where}}, {{variables}} looks like a CloudFormation reference, but the string is no `Fn::Sub` template, so the policy keeps the text as written.',
      notSubstitutedReferenceMany:
        'In {{where}}, {{variables}} look like CloudFormation references, but the string is no `Fn::Sub` template, so the policy keeps the text as written.',
    },
    fix: 'Name a key IAM substitutes (`${cognito-identity.amazonaws.com:sub}`, `${aws:username}`, `${aws:PrincipalTag/<tag>}`) and write it only in the resource part of an ARN or in a string or ARN condition value.',
    fixIn: {
      terraform:
        'Name a key IAM substitutes (`$${cognito-identity.amazonaws.com:sub}`, `$${aws:username}`, `$${aws:PrincipalTag/<tag>}` in HCL source) and write it only in the resource part of an ARN or in a string or ARN condition value.',
    },
    references: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_iam-condition-keys.html',
      'https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html',
    ],
    defersTo: ['policy/variable-unsubstituted', 'policy/variable-sub-escape'],
    tags: ['policy', 'variables'],
  },
  check(context) {
    for (const record of context.model.writtenPolicies()) {
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
        // The key is the kind of problem, the same for one variable and several (the fingerprint).
        const found = (group: VariableUse[]) => {
          const variables = [...new Set(group.map((u) => u.variable.written))];
          return {
            many: variables.length > 1,
            variables: formatList(variables.map((v) => `\`${v}\``)),
            at: group[0]!.source,
          };
        };
        if (references.length > 0) {
          const { many, variables, at } = found(references);
          context.report({
            messageId: many ? 'notSubstitutedReferenceMany' : 'notSubstitutedReference',
            data: { where, variables },
            at,
            key: 'notSubstitutedReference',
          });
        }
        const beforeFifthColon = uses.filter((u) => u.neverSubstituted === 'before-fifth-colon');
        if (beforeFifthColon.length > 0) {
          const { many, variables, at } = found(beforeFifthColon);
          context.report({
            messageId: many ? 'beforeFifthColonMany' : 'beforeFifthColon',
            data: { where, variables },
            at,
            key: 'beforeFifthColon',
          });
        }
        const byOperator = uses.filter((u) => u.neverSubstituted === 'operator');
        if (byOperator.length > 0) {
          const { many, variables, at } = found(byOperator);
          const operators = formatList(byOperator.map((u) => `\`${u.operator}\``));
          context.report({
            messageId: many ? 'operatorMany' : 'operator',
            data: { where, variables, operators },
            at,
            key: 'operator',
          });
        }
        const byElement = uses.filter((u) => u.neverSubstituted === 'element');
        if (byElement.length > 0) {
          const { many, variables, at } = found(byElement);
          const named = byElement.filter((u) => u.element !== 'condition key').map((u) => `\`${u.element}\``);
          const inConditionKey = byElement.some((u) => u.element === 'condition key');
          const elements = formatList(named);
          context.report({
            ...(named.length === 0
              ? {
                  messageId: many ? ('conditionKeyMany' as const) : ('conditionKey' as const),
                  data: { where, variables },
                }
              : inConditionKey
                ? {
                    messageId: many ? ('elementAndConditionKeyMany' as const) : ('elementAndConditionKey' as const),
                    data: { where, variables, elements },
                  }
                : {
                    messageId: many ? ('elementMany' as const) : ('element' as const),
                    data: { where, variables, elements },
                  }),
            at,
            key: 'element',
          });
        }
        // A name is judged only where IAM would substitute it: elsewhere the place is the problem.
        const unknownKey = uses.filter(
          (u) => u.neverSubstituted === undefined && (u.variable.malformed || !isSubstitutedKey(u.variable.key)),
        );
        if (unknownKey.length > 0) {
          const { many, variables, at } = found(unknownKey);
          context.report({
            messageId: many ? 'unknownKeyMany' : 'unknownKey',
            data: { where, variables },
            at,
            key: 'unknownKey',
          });
        }
      }
    }
  },
});
