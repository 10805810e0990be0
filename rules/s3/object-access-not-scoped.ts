import {
  defineRule,
  describe,
  exposureOf,
  s3AccessOf,
  scaledSeverity,
  unscopedObjectAccess,
} from '../../src/rule-api.js';
import { policySourceLabel } from '../_shared/policies.js';
import { exposurePhrase, holderOf } from '../_shared/exposure.js';
import { formatActionList } from '../_shared/lists.js';

export default defineRule({
  meta: {
    id: 's3/object-access-not-scoped',
    description:
      "Identity-pool roles' S3 object access must be confined to each identity's own prefix (`${cognito-identity.amazonaws.com:sub}`)",
    severity: 'high',
    messages: {
      // By what the role may do: read the shared keys, write them, or write the whole bucket (so also read and delete).
      unscopedRead:
        "Role {{role}}, {{exposure}}, may {{actions}} on {{resources}} through {{via}}: every {{who}} can read every other user's objects.",
      unscopedWrite:
        "Role {{role}}, {{exposure}}, may {{actions}} on {{resources}} through {{via}}: every {{who}} writes to the same shared keys and can overwrite the others' files.",
      unscoped:
        "Role {{role}}, {{exposure}}, may {{actions}} on {{resources}} through {{via}}: every {{who}} can read, overwrite and delete every other user's objects.",
    },
    notes: {
      conditionsIgnored: "The statement's condition on {{keys}} was not taken into account.",
    },
    fix: 'Put `${cognito-identity.amazonaws.com:sub}` in a path segment of its own: `arn:aws:s3:::<bucket>/private/${cognito-identity.amazonaws.com:sub}/*` (inside `Fn::Sub` write `${!cognito-identity.amazonaws.com:sub}`).',
    references: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_examples_s3_cognito-bucket.html',
      'https://docs.aws.amazon.com/cognito/latest/developerguide/iam-roles.html',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html',
    ],
    tags: ['s3', 'cognito'],
  },
  check(context) {
    for (const role of context.model.identityPoolRoles()) {
      const exposure = exposureOf(context.model, role);
      if (exposure.level === 'internal') continue;
      for (const access of s3AccessOf(role)) {
        const unscoped = unscopedObjectAccess(access);
        if (!unscoped) continue;
        for (const value of unscoped.unresolved) {
          context.unresolved(
            `Role ${role.name}: the key of S3 resource ${describe(value.value)} could not be resolved.`,
            value.source,
          );
        }
        if (unscoped.resources.length === 0) continue;
        const { writes, wholeWrite, base } = unscoped;
        const shown = unscoped.resources.map((v) => describe(v.value));
        const actions = (
          writes.length ? [...writes, ...access.objectActions.filter((a) => !writes.includes(a))] : access.objectActions
        ).map((a) => a.id);
        const keys = [...new Set(access.otherConditions.map((c) => `\`${c.key}\``))];
        context.report({
          messageId: wholeWrite ? 'unscoped' : writes.length ? 'unscopedWrite' : 'unscopedRead',
          data: {
            role: `\`${role.name}\``,
            exposure: exposurePhrase(exposure),
            actions: formatActionList(actions),
            resources: shown.map((r) => `\`${r}\``).join(', '),
            via: policySourceLabel(access.grant.source.via),
            who: holderOf(exposure),
          },
          notes: keys.length ? [{ id: 'conditionsIgnored', data: { keys: keys.join(', ') } }] : [],
          at: access.statement.source,
          severity: scaledSeverity(base, exposure),
          key: role.name,
        });
      }
    }
  },
});
