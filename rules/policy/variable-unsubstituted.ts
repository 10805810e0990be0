import { childRef, defineRule, variableUses, variableVersion } from '../../src/rule-api.js';
import { formatList } from '../_shared/lists.js';
import { policyLabel, statementName } from '../_shared/policies.js';

export default defineRule({
  meta: {
    id: 'policy/variable-unsubstituted',
    description: 'Policies that use ${…} variables must declare Version 2012-10-17',
    severity: 'high',
    messages: {
      missing: 'The {{policy}} has no `Version`: IAM reads {{variables}} in {{statements}} as literal text.',
      old: 'The {{policy}} declares `Version` `2008-10-17`: IAM reads {{variables}} in {{statements}} as literal text.',
    },
    // What literal variables do: an `Allow` matches nothing, a `Deny` (or `NotResource`) stops protecting.
    notes: {
      allowGrantsNothing: 'The `Allow` grants nothing there.',
      denyFailsOpen: 'The `Deny` fails open.',
    },
    fix: 'Add `"Version": "2012-10-17"` at the top of the policy document (CDK writes it for you in `PolicyDocument`).',
    fixIn: {
      terraform:
        'Add `Version = "2012-10-17"` at the top of the `jsonencode` policy (`data "aws_iam_policy_document"` writes it for you).',
    },
    references: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_version.html',
    ],
    defersTo: ['policy/variable-sub-escape'],
    tags: ['policy', 'variables'],
  },
  check(context) {
    for (const record of context.model.writtenPolicies()) {
      const { document } = record;
      const version = variableVersion(document);
      if (version === '2012-10-17' || version === 'other') continue;
      // Only IAM variables where a 2012-10-17 policy would substitute them (`${!…}` is policy/variable-sub-escape's;
      // `${AWS::Region}` outside `Fn::Sub` and preprocessor variables are no IAM variables).
      const uses = document.statements.flatMap((statement) =>
        variableUses(statement)
          .filter(
            (use) =>
              use.variable.kind === 'iam' &&
              (use.element === 'Resource' || use.element === 'NotResource' || use.element === 'Condition'),
          )
          .map((use) => ({ use, statement })),
      );
      if (uses.length === 0) continue;
      if (version === 'unknown') {
        context.unresolved(
          `The Version of ${policyLabel(document)} could not be resolved; its policy variables may be literal text.`,
          document.source,
        );
        continue;
      }
      context.report({
        messageId: version === 'missing' ? 'missing' : 'old',
        data: {
          policy: policyLabel(document),
          variables: formatList(uses.map((u) => `\`${u.use.variable.written}\``)),
          statements: formatList(uses.map((u) => statementName(u.statement))),
        },
        notes: consequences(uses.map((u) => u.statement.effect)),
        at: version === 'missing' ? document.source : childRef(document.source, 'Version'),
      });
    }
  },
});

/** The notes saying what literal variables do to the statements' effects. */
function consequences(effects: Array<'Allow' | 'Deny' | undefined>) {
  const deny = effects.includes('Deny');
  // A statement without a readable Effect is taken for an Allow, as before.
  const allow = effects.includes('Allow') || !deny;
  return [
    ...(allow ? [{ id: 'allowGrantsNothing' as const }] : []),
    ...(deny ? [{ id: 'denyFailsOpen' as const }] : []),
  ];
}
