import {
  actionsAsWritten,
  defineRule,
  documentsOutsideIdentityPools,
  grantsIn,
  serviceKeys,
  statementWildcards,
  type Grant,
} from '../../src/rule-api.js';
import { formatList } from '../_shared/lists.js';
import { policySourceLabel, statementName } from '../_shared/policies.js';

export default defineRule({
  meta: {
    id: 'policy/wildcard-action',
    description: 'Policies outside identity-pool roles must not allow * or every action of a service',
    severity: 'high',
    messages: {
      roleEverything:
        'Role {{role}} may perform every action of every service through {{patterns}} in {{statement}} of {{policy}}.',
      roleServices:
        'Role {{role}} may perform every action of {{services}} through {{patterns}} in {{statement}} of {{policy}}.',
      roleNotAction:
        'Role {{role}} may perform every action of {{services}} through `NotAction` in {{statement}} of {{policy}}, which allows everything except {{excluded}}.',
      policyEverything: 'The {{policy}} allows every action of every service through {{patterns}} in {{statement}}.',
      policyServices: 'The {{policy}} allows every action of {{services}} through {{patterns}} in {{statement}}.',
      policyNotAction:
        'The {{policy}} allows every action of {{services}} through `NotAction` in {{statement}}, which allows everything except {{excluded}}.',
      // More than five services are counted, not named (a `NotAction` over `Resource: "*"`).
      roleServicesCount:
        'Role {{role}} may perform every action of {{count}} of the {{total}} services through {{patterns}} in {{statement}} of {{policy}}.',
      roleNotActionCount:
        'Role {{role}} may perform every action of {{count}} of the {{total}} services through `NotAction` in {{statement}} of {{policy}}, which allows everything except {{excluded}}.',
      policyServicesCount:
        'The {{policy}} allows every action of {{count}} of the {{total}} services through {{patterns}} in {{statement}}.',
      policyNotActionCount:
        'The {{policy}} allows every action of {{count}} of the {{total}} services through `NotAction` in {{statement}}, which allows everything except {{excluded}}.',
    },
    // An unconditional Deny that removes part of a reported service: "every action" is never claimed for what it takes away.
    notes: {
      denied: 'The unconditional Deny of {{denials}} takes part of it away.',
      deniedMany: 'The unconditional Denies of {{denials}} take part of it away.',
    },
    fix: 'List the actions the principal needs (`s3:GetObject`, `dynamodb:Query`) instead of `*` or `service:*`; IAM Access Analyzer can generate the list from CloudTrail.',
    fixIn: {
      terraform:
        'List the actions the principal needs in `actions` (`"s3:GetObject"`, `"dynamodb:Query"`) instead of `"*"` or `"service:*"`; IAM Access Analyzer can generate the list from CloudTrail.',
      serverless:
        'List the actions the principal needs (`s3:GetObject`, `dynamodb:Query`) instead of `*` or `service:*`, in `provider.iam.role.statements` for the Lambda role and in the policies under `resources.Resources`.',
    },
    references: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notaction.html',
    ],
    tags: ['policy', 'least-privilege'],
  },
  check(context) {
    const everything = serviceKeys().size;
    for (const granting of documentsOutsideIdentityPools(context.model)) {
      const { document, role } = granting;
      const via = policySourceLabel(granting.via);
      const grants = grantsIn(granting);
      for (const statement of document.statements) {
        if (statement.effect !== 'Allow') continue;
        // Judged by what remains after the unconditional Denies of the role (or of a lone policy):
        // `iam:*` beside `Deny iam:*` gives no IAM action at all.
        const grant = grants.get(statement);
        const wildcards = statementWildcards(statement, () => grant && actionsAsWritten(grant));
        const key = role ? `role:${role.name}` : undefined;
        if (wildcards.patterns.length > 0) {
          const all = wildcards.patterns.some((p) => p.services.length === everything);
          const services = [...new Set(wildcards.patterns.flatMap((p) => p.services))].sort();
          const data = {
            statement: statementName(statement),
            policy: via,
            patterns: formatList(wildcards.patterns.map((p) => `\`${p.text}\``)),
          };
          const target = {
            at: wildcards.patterns[0]!.source,
            notes: deniedNotes(grant, services),
            ...(key ? { key } : {}),
          };
          if (all) {
            if (role)
              context.report({ messageId: 'roleEverything', data: { ...data, role: `\`${role.name}\`` }, ...target });
            else context.report({ messageId: 'policyEverything', data, ...target });
          } else {
            const named = serviceList(services, everything);
            if (role) {
              const roleData = { ...data, role: `\`${role.name}\`` };
              if (named.kind === 'list')
                context.report({
                  messageId: 'roleServices',
                  data: { ...roleData, services: named.services },
                  ...target,
                });
              else context.report({ messageId: 'roleServicesCount', data: { ...roleData, ...named.count }, ...target });
            } else if (named.kind === 'list')
              context.report({ messageId: 'policyServices', data: { ...data, services: named.services }, ...target });
            else context.report({ messageId: 'policyServicesCount', data: { ...data, ...named.count }, ...target });
          }
        } else if (wildcards.notAction) {
          const notAction = wildcards.notAction;
          const data = {
            statement: statementName(statement),
            policy: via,
            excluded: formatList(notAction.excluded.map((p) => `\`${p}\``)),
          };
          const target = {
            at: notAction.source,
            range: notAction.source.doc.locate(notAction.source.pointer, 'key'),
            notes: deniedNotes(grant, notAction.services),
            ...(key ? { key } : {}),
          };
          const named = serviceList(notAction.services, everything);
          if (role) {
            const roleData = { ...data, role: `\`${role.name}\`` };
            if (named.kind === 'list')
              context.report({
                messageId: 'roleNotAction',
                data: { ...roleData, services: named.services },
                ...target,
              });
            else context.report({ messageId: 'roleNotActionCount', data: { ...roleData, ...named.count }, ...target });
          } else if (named.kind === 'list')
            context.report({ messageId: 'policyNotAction', data: { ...data, services: named.services }, ...target });
          else context.report({ messageId: 'policyNotActionCount', data: { ...data, ...named.count }, ...target });
        } else if (wildcards.undecidable) {
          context.unresolved(
            `An action of ${statementName(statement)} of ${via} could not be resolved; it may be a wildcard.`,
            statement.source,
          );
        }
      }
    }
  },
});

/**
 * The note naming the unconditional Denies that remove part of a reported service (a service they
 * remove wholly is not reported at all), so that "every action" is never claimed for what they take away.
 */
function deniedNotes(grant: Grant | undefined, services: readonly string[]) {
  const reported = new Set(services);
  const denials = (grant?.denials ?? []).filter((d) => [...d.services].some((s) => reported.has(s)));
  if (denials.length === 0) return [];
  const listed = formatList(denials.map((d) => `${statementName(d.statement)} of ${policySourceLabel(d.source.via)}`));
  return [{ id: denials.length === 1 ? ('denied' as const) : ('deniedMany' as const), data: { denials: listed } }];
}

/**
 * The services a message names: `\`sqs\`` and the like, or, past five (a `NotAction` over `Resource: "*"`),
 * their count and the number of services there are (`455` of `456`), which the `…Count` messages word.
 */
function serviceList(
  services: readonly string[],
  everything: number,
): { kind: 'list'; services: string } | { kind: 'count'; count: { count: number; total: number } } {
  if (services.length > 5) return { kind: 'count', count: { count: services.length, total: everything } };
  return { kind: 'list', services: formatList([...services].sort().map((s) => `\`${s}\``)) };
}
