import {
  defineRule,
  guestRoles,
  documentedGuestUse,
  grantsOf,
  graphqlMutations,
  reportedByParentRule,
  stepDown,
  survivesGuestScopeDown,
  actionPatterns,
  guestWrites,
  type Severity,
} from '../../src/rule-api.js';
import { policySourceLabel } from '../_shared/policies.js';
import { DORMANT_GUEST_GRANT, EXPOSURE_NOTES, exposureNotes } from '../_shared/exposure.js';
import { formatActionList } from '../_shared/lists.js';

export default defineRule({
  meta: {
    id: 'role/guest-write-access',
    description: 'Guest (unauthenticated) roles must not be allowed write or tagging actions',
    severity: 'high',
    messages: {
      write: 'Role {{role}} may {{actions}} through {{via}}: anyone on the internet can do this without signing in.',
      telemetry:
        'Role {{role}} may {{actions}} on a specific resource through {{via}}: telemetry ingestion AWS documents for guests.',
      telemetryAnyResource:
        'Role {{role}} may {{actions}} through {{via}}: telemetry ingestion AWS documents for guests, by actions that support no resource type (IAM grants them only on `*`).',
      lexBot:
        'Role {{role}} may {{actions}} on one Amazon Lex bot alias or version through {{via}}: the Lex web UI pattern, a guest talking to one bot.',
      documented:
        'Role {{role}} may {{actions}} through {{via}}: telemetry ingestion and talking to one Amazon Lex bot, the guest uses AWS documents.',
      graphqlWrite:
        'Role {{role}} may {{actions}} on mutation fields {{mutations}} of a GraphQL API through {{via}}: anyone on the internet can change its data without signing in.',
      graphqlWriteAny:
        'Role {{role}} may {{actions}} on mutations of a GraphQL API through {{via}}: anyone on the internet can change its data without signing in.',
      graphqlRead:
        'Role {{role}} may {{actions}} on queries, subscriptions and types of a GraphQL API, no mutation, through {{via}}: anyone on the internet can call them without signing in (IAM counts `appsync:GraphQL` as a write whatever the field).',
    },
    notes: {
      ...EXPOSURE_NOTES,
      dormant: DORMANT_GUEST_GRANT,
    },
    fix: 'Remove write and tagging actions from the guest role; give uploads to signed-in users under their own `${cognito-identity.amazonaws.com:sub}` prefix instead.',
    fixIn: {
      terraform:
        "Remove write and tagging `actions` from the guest role's policies; give uploads to signed-in users under their own `$${cognito-identity.amazonaws.com:sub}` prefix instead.",
    },
    references: [
      'https://docs.aws.amazon.com/cognito/latest/developerguide/iam-roles.html',
      'https://docs.aws.amazon.com/cognito/latest/developerguide/identity-pools.html',
      'https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html',
      'https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch-RUM-get-started-authorization.html',
      'https://github.com/aws-samples/aws-lex-web-ui',
      'https://docs.aws.amazon.com/appsync/latest/devguide/security-authz.html',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html',
    ],
    defersTo: ['role/admin-access', 'role/cognito-admin-actions', 'apigateway/iam-auth-open-to-guests'],
    tags: ['role', 'cognito', 'guest'],
  },
  check(context) {
    for (const { role, exposure } of guestRoles(context.model)) {
      for (const grant of grantsOf(role)) {
        // docs/semantics.md#granularity: role/admin-access and role/cognito-admin-actions report this statement.
        if (reportedByParentRule('role/guest-write-access', context.model, role, grant)) continue;
        // execute-api:Invoke is apigateway/iam-auth-open-to-guests' concern.
        const notInvoke = (a: { id: string }) => a.id.toLowerCase() !== 'execute-api:invoke';
        const guest = guestWrites(grant);
        const writes = guest.writes.filter(notInvoke);
        const undecided = guest.undecided.filter(notInvoke);
        if (writes.length === 0) {
          if (undecided.length > 0)
            context.unresolved(
              `Guest role \`${role.name}\` may ${formatActionList(actionPatterns(grant).filter((p) => /[*?]/.test(p)))} on a resource that could not be resolved: whether that includes a write depends on what the resource is.`,
              grant.statement.source,
            );
          continue;
        }
        const data = {
          role: `\`${role.name}\``,
          actions: formatActionList(writes.map((a) => a.id)),
          via: policySourceLabel(grant.source.via),
        };
        const guestNotes = exposureNotes(exposure, { guest: true });
        // What AWS documents for guests (src/data/guest-documented.json) is info, when every write is
        // one of those uses on the resource it names: one app monitor, one Pinpoint app, one Lex bot alias.
        // GraphQL reads (no Mutation field) are told apart in the message but stay at the rule's severity:
        // RULES lists telemetry and Lex as the documented guest uses, and `appsync:GraphQL` is a Write action.
        const found = writes.map((a) => documentedGuestUse(a, grant.statement.resource));
        const uses = found.flatMap((u) => (u ? [u] : []));
        const allDocumented = uses.length === found.length;
        if (allDocumented && uses.every((u) => u.kind === 'graphql')) {
          context.report({
            messageId: 'graphqlRead',
            data,
            notes: guestNotes,
            at: grant.statement.source,
            key: role.name,
          });
          continue;
        }
        // GraphQL reads beside telemetry or Lex in one statement: no message says both, so it stays a write.
        if (allDocumented && uses.every((u) => u.kind !== 'graphql')) {
          const lex = uses.some((u) => u.kind === 'lex');
          const telemetry = uses.some((u) => u.kind === 'telemetry');
          const messageId =
            lex && telemetry
              ? 'documented'
              : lex
                ? 'lexBot'
                : uses.every((u) => u.resourceLess)
                  ? 'telemetryAnyResource'
                  : 'telemetry';
          context.report({
            messageId,
            data,
            notes: guestNotes,
            at: grant.statement.source,
            severity: 'info',
            key: role.name,
          });
          continue;
        }
        // Cognito's scope-down drops grants outside its session policy in the enhanced flow.
        const dormant = exposure.guestScopedDown && writes.every((a) => !survivesGuestScopeDown(a.id));
        const severity: Severity = dormant ? stepDown('high') : 'high';
        // A GraphQL API's writes are its mutations: name them (AppSync IAM authorization, one ARN per field).
        const mutations = writes.every((a) => a.id.toLowerCase() === 'appsync:graphql')
          ? graphqlMutations(grant.statement.resource)
          : undefined;
        const common = {
          notes: [...guestNotes, ...(dormant ? [{ id: 'dormant' as const }] : [])],
          at: grant.statement.source,
          severity,
          key: role.name,
        };
        if (mutations?.includes('*')) context.report({ messageId: 'graphqlWriteAny', data, ...common });
        else if (mutations && mutations.length > 0)
          context.report({
            messageId: 'graphqlWrite',
            data: { ...data, mutations: formatActionList(mutations) },
            ...common,
          });
        else context.report({ messageId: 'write', data, ...common });
      }
    }
  },
});
