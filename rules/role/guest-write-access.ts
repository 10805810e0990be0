import {
  DORMANT_GUEST_GRANT,
  adminGrant,
  defineRule,
  exposureOf,
  exposurePhrase,
  formatActionList,
  grantsOf,
  HOLE,
  scalarAlternatives,
  templateText,
  stepDown,
  survivesGuestScopeDown,
  writeActions,
  type Severity,
} from '../../src/rule-api.js';

/** Telemetry ingestion AWS documents for guests (CloudWatch RUM, Pinpoint, Mobile Analytics). */
const TELEMETRY = new Set(['rum:putrumevents', 'mobiletargeting:putevents', 'mobiletargeting:updateendpoint', 'mobileanalytics:putevents']);

export default defineRule({
  meta: {
    id: 'role/guest-write-access',
    description: 'Guest (unauthenticated) roles must not be allowed write or tagging actions',
    severity: 'high',
    messages: {
      write: 'Role {{role}}, {{exposure}}, may {{actions}} through {{via}}: anyone on the internet can do this without signing in.{{dormant}}',
      telemetry: 'Role {{role}}, {{exposure}}, may {{actions}} on a specific resource through {{via}}: telemetry ingestion AWS documents for guests.',
    },
    fix: 'Remove write and tagging actions from the guest role; give uploads to signed-in users under their own `${cognito-identity.amazonaws.com:sub}` prefix instead.',
    references: [
      'https://docs.aws.amazon.com/cognito/latest/developerguide/iam-roles.html',
      'https://docs.aws.amazon.com/cognito/latest/developerguide/identity-pools.html',
      'https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html',
    ],
    tags: ['role', 'cognito', 'guest'],
  },
  check(context) {
    for (const role of context.model.identityPoolRoles()) {
      const exposure = exposureOf(context.model, role);
      if (!exposure.guestRole) continue;
      for (const grant of grantsOf(role)) {
        if (adminGrant(grant)) continue; // role/admin-access reports this statement
        // execute-api:Invoke is apigateway/iam-auth-open-to-guests' concern.
        const writes = writeActions(grant.actions).filter((a) => a.id.toLowerCase() !== 'execute-api:invoke');
        if (writes.length === 0) continue;
        const specificResource = (grant.statement.resource?.values ?? []).every((v) =>
          scalarAlternatives(v.value).every((alt) => {
            const s = templateText(alt);
            return s !== undefined && s !== '*' && s !== HOLE && !/:\*$/.test(s);
          }),
        );
        const telemetryOnly = specificResource && grant.statement.resource !== undefined && writes.every((a) => TELEMETRY.has(a.id.toLowerCase()));
        const data = {
          role: `\`${role.name}\``,
          actions: formatActionList(writes.map((a) => a.id)),
          via: grant.source.via,
          exposure: exposurePhrase(exposure, { guest: true }),
        };
        if (telemetryOnly) {
          context.report({ messageId: 'telemetry', data, at: grant.statement.source, severity: 'info', key: role.name });
          continue;
        }
        // Cognito's scope-down drops grants outside its session policy in the enhanced flow.
        const dormant = exposure.guestScopedDown && writes.every((a) => !survivesGuestScopeDown(a.id));
        const severity: Severity = dormant ? stepDown('high') : 'high';
        context.report({
          messageId: 'write',
          data: { ...data, dormant: dormant ? DORMANT_GUEST_GRANT : '' },
          at: grant.statement.source,
          severity,
          key: role.name,
        });
      }
    }
  },
});
