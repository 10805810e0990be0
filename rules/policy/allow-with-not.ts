import { defineRule, describe, knownString, resourceServices, type ElementValues } from '../../src/rule-api.js';
import { formatList } from '../_shared/lists.js';
import { policyLabel, statementName } from '../_shared/policies.js';

export default defineRule({
  meta: {
    id: 'policy/allow-with-not',
    description: 'Allow statements should list what they grant, not what they leave out (NotAction, NotResource)',
    severity: 'medium',
    messages: {
      notAction:
        'In {{where}}, `Allow` with `NotAction` grants every action except {{actions}}, including every action AWS adds later.',
      notActionScoped:
        'In {{where}}, `Allow` with `NotAction` grants every action on its resources except {{actions}}, including every action AWS adds later.',
      notResource:
        'In {{where}}, `Allow` with `NotResource` grants its actions on every resource except {{resources}}, including resources created later.',
      both: 'In {{where}}, `Allow` with `NotAction` and `NotResource` grants every action except {{actions}} on every resource except {{resources}}.',
    },
    fix: 'List the actions (`Action`) and resources (`Resource`) the statement allows; to carve out exceptions, add a `Deny` statement.',
    fixIn: {
      terraform:
        'List what the statement allows in `actions` and `resources` (not `not_actions` / `not_resources`, `NotAction` / `NotResource` in `jsonencode`); to carve out exceptions, add a statement with `effect = "Deny"`.',
      serverless:
        'List the actions (`Action`) and resources (`Resource`) the statement allows, in `provider.iam.role.statements` as under `resources.Resources`; to carve out exceptions, add a `Deny` statement.',
    },
    references: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notaction.html',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notresource.html',
    ],
    tags: ['policy'],
  },
  check(context) {
    for (const record of context.model.writtenPolicies()) {
      const { document } = record;
      for (const statement of document.statements) {
        if (statement.effect !== 'Allow' || (!statement.notAction && !statement.notResource)) continue;
        // `NotAction: "*"` or `NotResource: "*"` leaves nothing to allow: harmless, if useless.
        if (listsEverything(statement.notAction) || listsEverything(statement.notResource)) continue;
        const element = (statement.notAction ?? statement.notResource)!;
        const where = `${policyLabel(document)}, ${statementName(statement)}`;
        const actions = listed(statement.notAction);
        const resources = listed(statement.notResource);
        // The whole statement is the problem: point at its `NotAction` / `NotResource` key.
        const target = { at: element.source, range: element.source.doc.locate(element.source.pointer, 'key') };
        if (statement.notAction && statement.notResource)
          context.report({ messageId: 'both', data: { where, actions, resources }, ...target });
        else if (statement.notResource)
          context.report({ messageId: 'notResource', data: { where, resources }, ...target });
        else {
          const messageId = resourceServices(statement) === 'all' ? 'notAction' : 'notActionScoped';
          context.report({ messageId, data: { where, actions }, ...target });
        }
      }
    }
  },
});

function listed(element: ElementValues | undefined): string {
  const values = (element?.values ?? []).map((v) => `\`${describe(v.value)}\``);
  return values.length === 0 ? 'nothing' : formatList(values);
}

function listsEverything(element: ElementValues | undefined): boolean {
  return (element?.values ?? []).some((v) => knownString(v.value) === '*');
}
