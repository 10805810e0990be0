import {
  actionsAsWritten,
  defineRule,
  documentsOutsideIdentityPools,
  formatList,
  grantsIn,
  serviceKeys,
  statementName,
  statementWildcards,
  type Grant,
} from '../../src/rule-api.js';

export default defineRule({
  meta: {
    id: 'policy/wildcard-action',
    description: 'Policies outside identity-pool roles must not allow * or every action of a service',
    severity: 'high',
    messages: {
      roleEverything: 'Role {{role}} may perform every action of every service through {{patterns}} in {{statement}} of {{policy}}{{except}}.',
      roleServices: 'Role {{role}} may perform every action of {{services}} through {{patterns}} in {{statement}} of {{policy}}{{except}}.',
      roleNotAction:
        'Role {{role}} may perform every action of {{services}} through `NotAction` in {{statement}} of {{policy}}, which allows everything except {{excluded}}{{except}}.',
      policyEverything: 'The {{policy}} allows every action of every service through {{patterns}} in {{statement}}{{except}}.',
      policyServices: 'The {{policy}} allows every action of {{services}} through {{patterns}} in {{statement}}{{except}}.',
      policyNotAction:
        'The {{policy}} allows every action of {{services}} through `NotAction` in {{statement}}, which allows everything except {{excluded}}{{except}}.',
    },
    fix: 'List the actions the principal needs (`s3:GetObject`, `dynamodb:Query`) instead of `*` or `service:*`; IAM Access Analyzer can generate the list from CloudTrail.',
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
      const { document, role, via } = granting;
      const grants = grantsIn(granting);
      for (const statement of document.statements) {
        if (statement.effect !== 'Allow') continue;
        // Judged by what remains after the unconditional Denies of the role (or of a lone policy):
        // `iam:*` beside `Deny iam:*` gives no IAM action at all.
        const grant = grants.get(statement);
        const wildcards = statementWildcards(statement, grant && actionsAsWritten(grant));
        const base = { statement: statementName(statement), policy: via, ...(role ? { role: `\`${role.name}\`` } : {}) };
        const key = role ? `role:${role.name}` : undefined;
        if (wildcards.patterns.length > 0) {
          const all = wildcards.patterns.some((p) => p.services.length === everything);
          const services = [...new Set(wildcards.patterns.flatMap((p) => p.services))].sort();
          context.report({
            messageId: all ? (role ? 'roleEverything' : 'policyEverything') : role ? 'roleServices' : 'policyServices',
            data: {
              ...base,
              patterns: formatList(wildcards.patterns.map((p) => `\`${p.text}\``)),
              services: serviceList(services, everything),
              except: exceptDenied(grant, services),
            },
            at: wildcards.patterns[0]!.source,
            ...(key ? { key } : {}),
          });
        } else if (wildcards.notAction) {
          const notAction = wildcards.notAction;
          context.report({
            messageId: role ? 'roleNotAction' : 'policyNotAction',
            data: {
              ...base,
              services: serviceList(notAction.services, everything),
              excluded: formatList(notAction.excluded.map((p) => `\`${p}\``)),
              except: exceptDenied(grant, notAction.services),
            },
            at: notAction.source,
            range: notAction.source.doc.locate(notAction.source.pointer, 'key'),
            ...(key ? { key } : {}),
          });
        } else if (wildcards.undecidable) {
          context.unresolved(`An action of ${statementName(statement)} of ${via} could not be resolved; it may be a wildcard.`, statement.source);
        }
      }
    }
  },
});

/**
 * `, except what statement 2 of policy \`X\` denies` when an unconditional Deny removed part of a
 * reported service (a service it removed wholly is not reported at all), so that "every action" is
 * never claimed for actions a Deny takes away.
 */
function exceptDenied(grant: Grant | undefined, services: readonly string[]): string {
  const reported = new Set(services);
  const denials = (grant?.denials ?? []).filter((d) => [...d.services].some((s) => reported.has(s)));
  if (denials.length === 0) return '';
  return `, except what ${formatList(denials.map((d) => `${statementName(d.statement)} of ${d.source.via}`))} ${denials.length === 1 ? 'denies' : 'deny'}`;
}

/** `\`sqs\``, or `455 of the 456 services` when the list is long (a `NotAction` over `Resource: "*"`). */
function serviceList(services: readonly string[], everything: number): string {
  if (services.length > 5) return `${services.length} of the ${everything} services`;
  return formatList([...services].sort().map((s) => `\`${s}\``));
}
