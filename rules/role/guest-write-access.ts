import {
  defineRule,
  exposureOf,
  documentedGuestUse,
  grantsOf,
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
    },
    notes: {
      ...EXPOSURE_NOTES,
      dormant: DORMANT_GUEST_GRANT,
    },
    fix: 'Remove write and tagging actions from the guest role; give uploads to signed-in users under their own `${cognito-identity.amazonaws.com:sub}` prefix instead.',
    references: [
      'https://docs.aws.amazon.com/cognito/latest/developerguide/iam-roles.html',
      'https://docs.aws.amazon.com/cognito/latest/developerguide/identity-pools.html',
      'https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html',
      'https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch-RUM-get-started-authorization.html',
      'https://github.com/aws-samples/aws-lex-web-ui',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html',
    ],
    defersTo: ['role/admin-access', 'role/cognito-admin-actions', 'apigateway/iam-auth-open-to-guests'],
    tags: ['role', 'cognito', 'guest'],
  },
  check(context) {
    for (const role of context.model.identityPoolRoles()) {
      const exposure = exposureOf(context.model, role);
      if (!exposure.guestRole) continue;
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
        const uses = writes.map((a) => documentedGuestUse(a, grant.statement.resource));
        if (uses.every((u) => u !== undefined)) {
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
        context.report({
          messageId: 'write',
          data,
          notes: [...guestNotes, ...(dormant ? [{ id: 'dormant' as const }] : [])],
          at: grant.statement.source,
          severity,
          key: role.name,
        });
      }
    }
  },
});
