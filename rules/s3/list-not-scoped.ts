import { defineRule, exposedRoles, prefixConditions, s3AccessOf, scaledSeverity } from '../../src/rule-api.js';
import { EXPOSURE_NOTES, exposureNotes, holderOf } from '../_shared/exposure.js';
import { formatActionList } from '../_shared/lists.js';

export default defineRule({
  meta: {
    id: 's3/list-not-scoped',
    description: 'Identity-pool roles may list a bucket only under their own prefix (an `s3:prefix` condition)',
    severity: 'medium',
    messages: {
      noPrefixGuest:
        "Role {{role}} may {{actions}} on {{resources}} with no `s3:prefix` condition: every visitor lists every key in the bucket, including other users' file names.",
      noPrefixSignedIn:
        "Role {{role}} may {{actions}} on {{resources}} with no `s3:prefix` condition: every signed-in user lists every key in the bucket, including other users' file names.",
      noPrefixGroup:
        "Role {{role}} may {{actions}} on {{resources}} with no `s3:prefix` condition: every member of the group lists every key in the bucket, including other users' file names.",
      noPrefixDormant:
        "Role {{role}} may {{actions}} on {{resources}} with no `s3:prefix` condition: every user who obtains it lists every key in the bucket, including other users' file names.",
      openPrefixGuest:
        'Role {{role}} may {{actions}} with `s3:prefix` `{{value}}` under `{{operator}}`, which matches every key: every visitor lists the whole bucket.',
      openPrefixSignedIn:
        'Role {{role}} may {{actions}} with `s3:prefix` `{{value}}` under `{{operator}}`, which matches every key: every signed-in user lists the whole bucket.',
      openPrefixGroup:
        'Role {{role}} may {{actions}} with `s3:prefix` `{{value}}` under `{{operator}}`, which matches every key: every member of the group lists the whole bucket.',
      openPrefixDormant:
        'Role {{role}} may {{actions}} with `s3:prefix` `{{value}}` under `{{operator}}`, which matches every key: every user who obtains it lists the whole bucket.',
      ineffective:
        'Role {{role}}: `s3:prefix` `{{value}}` under `{{operator}}` is compared literally (no wildcards), so this list permission never matches; use `StringLike`.',
    },
    notes: EXPOSURE_NOTES,
    fix: 'Add `"StringLike": {"s3:prefix": ["private/${cognito-identity.amazonaws.com:sub}/", "private/${cognito-identity.amazonaws.com:sub}/*"]}` to the `s3:ListBucket` statement.',
    fixIn: {
      terraform:
        'Add `condition { test = "StringLike" variable = "s3:prefix" values = ["private/$${cognito-identity.amazonaws.com:sub}/", "private/$${cognito-identity.amazonaws.com:sub}/*"] }` to the `s3:ListBucket` statement.',
    },
    references: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_examples_s3_cognito-bucket.html',
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/amazon-s3-policy-keys.html',
    ],
    defersTo: ['s3/action-resource-mismatch'],
    tags: ['s3', 'cognito'],
  },
  check(context) {
    for (const { role, exposure } of exposedRoles(context.model)) {
      for (const access of s3AccessOf(role)) {
        if (access.listActions.length === 0) continue;
        const onBuckets = access.resources.filter(
          (r) => r.parsed.kind === 'bucket' || r.parsed.kind === 'pattern' || r.parsed.kind === 'any',
        );
        if (onBuckets.length === 0) continue; // only object ARNs: s3/action-resource-mismatch
        const data = {
          role: `\`${role.name}\``,
          actions: formatActionList(access.listActions.map((a) => a.id)),
          resources: onBuckets
            .map((r) =>
              r.parsed.kind === 'bucket' || r.parsed.kind === 'pattern' ? `bucket \`${r.parsed.bucket.text}\`` : '`*`',
            )
            .join(', '),
        };
        // "medium, scaled" (docs/semantics.md#scaled-severity): one step up for guests and public sign-up, at most low for a group role.
        const severity = scaledSeverity('medium', exposure);
        const holder = holderOf(exposure);
        const notes = exposureNotes(exposure);
        const conditions = prefixConditions(access.statement);
        if (conditions.length === 0) {
          context.report({
            messageId: `noPrefix${holder}`,
            data,
            notes,
            at: access.statement.source,
            severity,
            key: role.name,
          });
          continue;
        }
        for (const { entry, values } of conditions) {
          for (const value of values) {
            if (value === undefined) continue;
            if (entry.operator.base === 'StringLike' && (value === '' || value.startsWith('*'))) {
              context.report({
                messageId: `openPrefix${holder}`,
                data: { ...data, value, operator: entry.operator.raw },
                notes,
                at: entry.source,
                severity,
                key: `${role.name}:${value}`,
              });
            } else if (
              (entry.operator.base === 'StringEquals' || entry.operator.base === 'StringEqualsIgnoreCase') &&
              value.includes('*')
            ) {
              context.report({
                messageId: 'ineffective',
                data: { role: data.role, value, operator: entry.operator.raw },
                at: entry.source,
                severity: 'low',
                key: `${role.name}:${value}`,
              });
            }
          }
        }
      }
    }
  },
});
