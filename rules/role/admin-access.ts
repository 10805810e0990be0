import {
  adminGrant,
  defineRule,
  exposureOf,
  grantsOf,
  stepDown,
  survivesGuestScopeDown,
  undecidedWildcards,
} from '../../src/rule-api.js';
import { ADMIN_REASON_NOTES, adminReasonNotes } from '../_shared/admin.js';
import { formatActionList, formatList } from '../_shared/lists.js';
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
    // By who holds the role, and by whether the grant is a list of actions or everything but those `NotAction` lists;
    // why it is administrator-level is a note after the message (rules/_shared/admin.ts).
    messages: {
      adminGuest:
        'Role {{role}} may {{actions}} through {{via}}: every visitor holds these credentials in the browser.',
      adminSignedIn:
        'Role {{role}} may {{actions}} through {{via}}: every signed-in user holds these credentials in the browser.',
      adminGroup:
        'Role {{role}} may {{actions}} through {{via}}: every member of the group holds these credentials in the browser.',
      adminDormant:
        'Role {{role}} may {{actions}} through {{via}}: every user who obtains it holds these credentials in the browser.',
      adminExceptGuest:
        'Role {{role}} may do everything except {{excluded}} through {{via}}: every visitor holds these credentials in the browser.',
      adminExceptSignedIn:
        'Role {{role}} may do everything except {{excluded}} through {{via}}: every signed-in user holds these credentials in the browser.',
      adminExceptGroup:
        'Role {{role}} may do everything except {{excluded}} through {{via}}: every member of the group holds these credentials in the browser.',
      adminExceptDormant:
        'Role {{role}} may do everything except {{excluded}} through {{via}}: every user who obtains it holds these credentials in the browser.',
    },
    notes: {
      ...ADMIN_REASON_NOTES,
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
        const names = { role: `\`${role.name}\``, via: policySourceLabel(grant.source.via) };
        context.report({
          ...(admin.except
            ? {
                messageId: `adminExcept${holderOf(exposure)}` as const,
                data: { ...names, excluded: formatList(admin.except.map((a) => `\`${a}\``)) },
              }
            : {
                messageId: `admin${holderOf(exposure)}` as const,
                data: { ...names, actions: formatActionList(admin.actions) },
              }),
          at: grant.statement.source,
          notes: [
            ...adminReasonNotes(admin),
            ...exposureNotes(exposure),
            ...(dormant ? [{ id: 'dormant' as const }] : []),
          ],
          severity: dormant ? stepDown(severity) : severity,
          key: role.name,
        });
      }
    }
  },
});
