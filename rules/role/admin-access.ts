import {
  adminGrant,
  defineRule,
  exposureOf,
  grantsOf,
  stepDown,
  survivesGuestScopeDown,
  undecidedWildcards,
  type Severity,
} from '../../src/rule-api.js';
import { formatActionList } from '../_shared/lists.js';
import { policySourceLabel } from '../_shared/policies.js';
import { DORMANT_GUEST_GRANT, exposurePhrase, holderOf } from '../_shared/exposure.js';

/** rules/role/admin-access.md: critical for guest and public sign-up exposure, high for authenticated, medium for group. */
const SEVERITY_BY_EXPOSURE: Record<string, Severity> = {
  guest: 'critical',
  'public-sign-up': 'critical',
  authenticated: 'high',
  group: 'medium',
};

export default defineRule({
  meta: {
    id: 'role/admin-access',
    description:
      'Identity-pool roles must not get administrator-level permissions (wildcards, permissions management, privilege escalation)',
    severity: 'critical',
    messages: {
      admin:
        'Role {{role}}, {{exposure}}, may {{actions}} through {{via}} ({{reasons}}): every {{who}} holds these credentials in the browser.',
    },
    notes: {
      dormant: DORMANT_GUEST_GRANT,
    },
    fix: "Grant identity-pool roles only the specific actions the app calls, on the user's own resources; never `*`, `<service>:*`, IAM or policy-changing actions.",
    references: [
      'https://docs.aws.amazon.com/cognito/latest/developerguide/iam-roles.html',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege',
      'https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html',
    ],
    tags: ['role', 'cognito'],
  },
  check(context) {
    for (const role of context.model.identityPoolRoles()) {
      const exposure = exposureOf(context.model, role);
      // A role no user can obtain today is one setting from live: reported, but not as if signed-in users held it.
      const severity = exposure.unobtainable ? 'medium' : SEVERITY_BY_EXPOSURE[exposure.level];
      if (!severity) continue;
      for (const grant of grantsOf(role)) {
        const admin = adminGrant(grant);
        if (!admin) {
          const undecided = undecidedWildcards(grant);
          if (undecided.length > 0)
            context.unresolved(
              `Role \`${role.name}\` may ${formatActionList(undecided, (a) => `\`${a}\``)} on a resource that could not be resolved: whether that includes a write depends on what the resource is.`,
              grant.statement.source,
            );
          continue;
        }
        // docs/semantics.md#guest-scope-down: a guest grant Cognito's session policy drops is one step lower, dormant.
        const dormant =
          exposure.level === 'guest' &&
          exposure.guestScopedDown &&
          grant.actions.length > 0 &&
          grant.actions.every((a) => !survivesGuestScopeDown(a.id));
        context.report({
          messageId: 'admin',
          data: {
            role: `\`${role.name}\``,
            exposure: exposurePhrase(exposure),
            actions: formatActionList(admin.actions, (a) => (a.startsWith('everything') ? a : `\`${a}\``)),
            via: policySourceLabel(grant.source.via),
            reasons: admin.reasons.join(', '),
            who: holderOf(exposure),
          },
          at: grant.statement.source,
          notes: dormant ? [{ id: 'dormant' as const }] : [],
          severity: dormant ? stepDown(severity) : severity,
          key: role.name,
        });
      }
    }
  },
});
