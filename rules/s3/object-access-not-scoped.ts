import {
  defineRule,
  describe,
  exposedRoles,
  s3AccessOf,
  scaledSeverity,
  unscopedObjectAccess,
  type ActionInfo,
} from '../../src/rule-api.js';
import { policySourceLabel } from '../_shared/policies.js';
import { EXPOSURE_NOTES, exposureNotes, holderOf } from '../_shared/exposure.js';
import { formatActionList, formatList } from '../_shared/lists.js';

/**
 * What object actions let a user do to someone else's object, in the order a message lists them
 * ({{access}}: a list of these verbs, as {{actions}} is a list of action IDs): by the action's access
 * level in the Service Authorization Reference (Read and List read, Tagging retags) and, for Write and
 * Permissions management, by the S3 action (`s3:PutObject` and `s3:ReplicateObject` write an
 * object's content, `s3:DeleteObject` and `s3:DeleteObjectVersion` remove it, `s3:PutObjectAcl` and
 * `s3:PutObjectVersionAcl` set who else may read or write it). A write none of these name
 * (`s3:RestoreObject`, `s3:PutObjectRetention`, `s3:AbortMultipartUpload` …) is `change` when no
 * other write is listed: https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazons3.html
 */
const ACCESS: ReadonlyArray<readonly [string, (action: ActionInfo) => boolean]> = [
  ['read', (a) => a.accessLevels.has('Read') || a.accessLevels.has('List')],
  ['overwrite', (a) => /^s3:(PutObject|ReplicateObject)$/i.test(a.id)],
  ['delete', (a) => /^s3:(DeleteObject|DeleteObjectVersion)$/i.test(a.id)],
  ['retag', (a) => a.accessLevels.has('Tagging')],
  ['change ACLs of', (a) => /^s3:(PutObjectAcl|PutObjectVersionAcl)$/i.test(a.id)],
];

/** `read, overwrite and delete`: what the actions let a user do (ACCESS), each once, in ACCESS's order. */
function accessOf(actions: readonly ActionInfo[]): string {
  const verbs = ACCESS.filter(([, applies]) => actions.some(applies)).map(([verb]) => verb);
  const unnamed = actions.some((a) => !ACCESS.some(([, applies]) => applies(a)));
  if (unnamed && !verbs.some((verb) => verb !== 'read')) verbs.push('change');
  return formatList(verbs);
}

export default defineRule({
  meta: {
    id: 's3/object-access-not-scoped',
    description:
      "Identity-pool roles' S3 object access must be confined to each identity's own prefix (`${cognito-identity.amazonaws.com:sub}`)",
    severity: 'high',
    messages: {
      // By what the role may do: read the shared keys, write them, or write the whole bucket. {{access}} lists what
      // the statement's object actions let a user do to another user's objects (ACCESS below), e.g. `overwrite and retag`.
      unscopedReadGuest:
        "Role {{role}} may {{actions}} on {{resources}} through {{via}}: every visitor can {{access}} every other user's objects.",
      unscopedReadSignedIn:
        "Role {{role}} may {{actions}} on {{resources}} through {{via}}: every signed-in user can {{access}} every other user's objects.",
      unscopedReadGroup:
        "Role {{role}} may {{actions}} on {{resources}} through {{via}}: every member of the group can {{access}} every other user's objects.",
      unscopedReadDormant:
        "Role {{role}} may {{actions}} on {{resources}} through {{via}}: every user who obtains it can {{access}} every other user's objects.",
      unscopedWriteGuest:
        "Role {{role}} may {{actions}} on {{resources}} through {{via}}: every visitor writes to the same shared keys and can {{access}} the others' files.",
      unscopedWriteSignedIn:
        "Role {{role}} may {{actions}} on {{resources}} through {{via}}: every signed-in user writes to the same shared keys and can {{access}} the others' files.",
      unscopedWriteGroup:
        "Role {{role}} may {{actions}} on {{resources}} through {{via}}: every member of the group writes to the same shared keys and can {{access}} the others' files.",
      unscopedWriteDormant:
        "Role {{role}} may {{actions}} on {{resources}} through {{via}}: every user who obtains it writes to the same shared keys and can {{access}} the others' files.",
      unscopedGuest:
        "Role {{role}} may {{actions}} on {{resources}} through {{via}}: every visitor can {{access}} every other user's objects.",
      unscopedSignedIn:
        "Role {{role}} may {{actions}} on {{resources}} through {{via}}: every signed-in user can {{access}} every other user's objects.",
      unscopedGroup:
        "Role {{role}} may {{actions}} on {{resources}} through {{via}}: every member of the group can {{access}} every other user's objects.",
      unscopedDormant:
        "Role {{role}} may {{actions}} on {{resources}} through {{via}}: every user who obtains it can {{access}} every other user's objects.",
    },
    notes: {
      ...EXPOSURE_NOTES,
      conditionsIgnored: "The statement's condition on {{keys}} was not taken into account.",
    },
    fix: 'Put `${cognito-identity.amazonaws.com:sub}` in a path segment of its own: `arn:aws:s3:::<bucket>/private/${cognito-identity.amazonaws.com:sub}/*` (inside `Fn::Sub` write `${!cognito-identity.amazonaws.com:sub}`).',
    fixIn: {
      terraform:
        'Put the identity in a path segment of its own: `"${aws_s3_bucket.<name>.arn}/private/$${cognito-identity.amazonaws.com:sub}/*"` (`$${…}` keeps Terraform from reading the IAM variable).',
    },
    references: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_examples_s3_cognito-bucket.html',
      'https://docs.aws.amazon.com/cognito/latest/developerguide/iam-roles.html',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html',
    ],
    tags: ['s3', 'cognito'],
  },
  check(context) {
    for (const { role, exposure } of exposedRoles(context.model)) {
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
          messageId: `${wholeWrite ? 'unscoped' : writes.length ? 'unscopedWrite' : 'unscopedRead'}${holderOf(exposure)}`,
          data: {
            role: `\`${role.name}\``,
            actions: formatActionList(actions),
            access: accessOf(access.objectActions),
            resources: shown.map((r) => `\`${r}\``).join(', '),
            via: policySourceLabel(access.grant.source.via),
          },
          notes: [
            ...exposureNotes(exposure),
            ...(keys.length ? [{ id: 'conditionsIgnored' as const, data: { keys: keys.join(', ') } }] : []),
          ],
          at: access.statement.source,
          severity: scaledSeverity(base, exposure),
          key: role.name,
        });
      }
    }
  },
});
