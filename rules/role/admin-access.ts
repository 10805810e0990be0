import {
  adminGrant,
  defineRule,
  exposureOf,
  grantsOf,
  stepDown,
  survivesGuestScopeDown,
  undecidedWildcards,
} from '../../src/rule-api.js';
import { formatActionList } from '../_shared/lists.js';
import { policySourceLabel } from '../_shared/policies.js';
import {
  ADMIN_SEVERITY_BY_EXPOSURE,
  DORMANT_GUEST_GRANT,
  EXPOSURE_NOTES,
  exposureNotes,
  holderOf,
} from '../_shared/exposure.js';

export default defineRule({
  meta: {
    id: 'role/admin-access',
    description:
      'Identity-pool roles must not get administrator-level permissions (wildcards, permissions management, privilege escalation)',
    severity: 'critical',
    messages: {
      adminGuest:
        'Role {{role}} may {{actions}} through {{via}} ({{reasons}}): every visitor holds these credentials in the browser.',
      adminSignedIn:
        'Role {{role}} may {{actions}} through {{via}} ({{reasons}}): every signed-in user holds these credentials in the browser.',
      adminGroup:
        'Role {{role}} may {{actions}} through {{via}} ({{reasons}}): every member of the group holds these credentials in the browser.',
      adminDormant:
        'Role {{role}} may {{actions}} through {{via}} ({{reasons}}): every user who obtains it holds these credentials in the browser.',
    },
    notes: {
      ...EXPOSURE_NOTES,
      dormant: DORMANT_GUEST_GRANT,
    },
    fix: "Grant identity-pool roles only the specific actions the app calls, on the user's own resources; never `*`, `<service>:*`, IAM or policy-changing actions.",
    fixIn: {
      terraform:
        'Grant identity-pool roles only the specific `actions` the app calls, on `resources` of the user\'s own (`$${cognito-identity.amazonaws.com:sub}` in HCL source); never `"*"`, `"<service>:*"`, IAM or policy-changing actions.',
    },
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
      const severity = exposure.unobtainable ? 'medium' : ADMIN_SEVERITY_BY_EXPOSURE[exposure.level];
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
          messageId: `admin${holderOf(exposure)}`,
          data: {
            role: `\`${role.name}\``,
            actions: formatActionList(admin.actions, (a) => (a.startsWith('everything') ? a : `\`${a}\``)),
            via: policySourceLabel(grant.source.via),
            reasons: admin.reasons.join(', '),
          },
          at: grant.statement.source,
          notes: [...exposureNotes(exposure), ...(dormant ? [{ id: 'dormant' as const }] : [])],
          severity: dormant ? stepDown(severity) : severity,
          key: role.name,
        });
      }
    }
  },
});
