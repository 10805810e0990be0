import {
  defineRule,
  exposedRoles,
  grantsOf,
  describe,
  HOLE,
  isPerIdentityKey,
  reportedByParentRule,
  type ActionInfo,
  type ConditionEntry,
  scaledSeverity,
  scalarAlternatives,
  stepDown,
  survivesGuestScopeDown,
  templateText,
} from '../../src/rule-api.js';
import { policySourceLabel } from '../_shared/policies.js';
import { DORMANT_GUEST_GRANT, EXPOSURE_NOTES, exposureNotes, holderOf } from '../_shared/exposure.js';
import { formatActionList } from '../_shared/lists.js';

/**
 * `*`, or an ARN whose resource part is a whole-service wildcard: `*`, `table/*`, or `table*` (IAM's
 * `*` crosses `/`, so `table*` matches every `table/<name>` and more).
 */
function isBroadResource(resource: string): boolean {
  if (resource === '*') return true;
  const parts = resource.split(':');
  if (parts.length < 6 || parts[0] !== 'arn') return false;
  const resourcePart = parts.slice(5).join(':');
  return !resourcePart.includes(HOLE) && /^(\*|[^/:*?]+[/:]?\*)$/.test(resourcePart);
}

/**
 * `dynamodb:LeadingKeys` pinned to the identity (`${cognito-identity.amazonaws.com:sub}`), or a tag
 * condition (`aws:ResourceTag/…`, `aws:PrincipalTag/…`): the read reaches only the caller's own data.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_examples_dynamodb_items.html
 */
function narrowsToCaller(entry: ConditionEntry): boolean {
  if (/^aws:(resourcetag|principaltag)\//.test(entry.keyLower)) return true;
  if (entry.keyLower !== 'dynamodb:leadingkeys' || entry.operator.base.startsWith('StringNot')) return false;
  return (
    entry.values.length > 0 &&
    entry.values.every((v) =>
      scalarAlternatives(v.value).every((alt) => {
        const text = templateText(alt);
        return text !== undefined && isPerIdentityKey(text);
      }),
    )
  );
}

/**
 * A Read or List action that always reads a resource of the account: one with a resource type the
 * Service Authorization Reference marks required (its asterisk). An action whose resource types are
 * all optional (`translate:TranslateText`: terminology, parallel-data; `polly:SynthesizeSpeech`:
 * lexicon) is also called with none of them, is then authorised against `*` alone and reads no stored
 * data: it is treated like `rekognition:DetectLabels`, which has no resource type.
 *
 * The reference also marks optional the resource types of which a request names one ("Some actions
 * support multiple resource types. If the resource type is optional (not indicated as required), then
 * you can choose to use one of the optional resource types"): S3 bucket reads list `accesspoint` and
 * `bucket`, both optional, because a request names the bucket or one of its access points. The data
 * cannot tell those from optional extras, so S3 keeps its resource types (its object reads and
 * `ListBucket` are the s3/ rules').
 * https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-points-policies.html
 */
function readsStoredResources(action: ActionInfo): boolean {
  if (!action.accessLevels.has('Read') && !action.accessLevels.has('List')) return false;
  if (action.service === 's3')
    return (
      action.resourceTypes.length > 0 && !action.resourceTypes.includes('object') && !/^ListBucket/i.test(action.name)
    );
  return action.requiredResourceTypes.length > 0;
}

export default defineRule({
  meta: {
    id: 'role/broad-read',
    description: 'Identity-pool roles should not read or list every resource of a service',
    severity: 'medium',
    messages: {
      broadGuest:
        'Role {{role}} may {{actions}} on {{resources}} through {{via}}: every visitor can read all of it, not only their own data.',
      broadSignedIn:
        'Role {{role}} may {{actions}} on {{resources}} through {{via}}: every signed-in user can read all of it, not only their own data.',
      broadGroup:
        'Role {{role}} may {{actions}} on {{resources}} through {{via}}: every member of the group can read all of it, not only their own data.',
      broadDormant:
        'Role {{role}} may {{actions}} on {{resources}} through {{via}}: every user who obtains it can read all of it, not only their own data.',
    },
    notes: {
      ...EXPOSURE_NOTES,
      conditionsIgnored: "The statement's condition on {{keys}} was not taken into account.",
      dormant: DORMANT_GUEST_GRANT,
    },
    fix: 'Scope the resource to what the user owns (for DynamoDB, a `dynamodb:LeadingKeys` condition on `${cognito-identity.amazonaws.com:sub}`), or to the specific resources the app reads.',
    fixIn: {
      terraform:
        'Scope `resources` to what the user owns (for DynamoDB, the table\'s ARN with `condition { test = "ForAllValues:StringEquals" variable = "dynamodb:LeadingKeys" values = ["$${cognito-identity.amazonaws.com:sub}"] }`), or to the specific resources the app reads.',
    },
    references: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_examples_dynamodb_items.html',
      'https://docs.aws.amazon.com/cognito/latest/developerguide/iam-roles.html',
      'https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html',
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-points-policies.html',
    ],
    defersTo: ['role/admin-access'],
    tags: ['role', 'cognito'],
  },
  check(context) {
    for (const { role, exposure } of exposedRoles(context.model)) {
      for (const grant of grantsOf(role)) {
        if (reportedByParentRule('role/broad-read', context.model, role, grant)) continue; // docs/semantics.md#granularity
        // Judged by the fixed parts (`text`), shown as the template writes it (`shown`, src/values describe).
        const resources: Array<{ text: string; shown: string }> = grant.statement.notResource
          ? [{ text: '*', shown: '*' }]
          : (grant.statement.resource?.values ?? []).flatMap((v) =>
              scalarAlternatives(v.value).flatMap((alt) => {
                const text = templateText(alt);
                return text === undefined ? [] : [{ text, shown: describe(alt) }];
              }),
            );
        const broad = resources.filter((r) => isBroadResource(r.text));
        if (broad.length === 0) continue;
        const reads = grant.actions.filter(readsStoredResources);
        if (reads.length === 0) continue;
        // Conditions that confine the reads to the caller's own items or tagged resources narrow the
        // grant (the documented DynamoDB per-user pattern); any other condition keeps the finding, said.
        if (grant.statement.conditions.some(narrowsToCaller)) continue;
        const others = [...new Set(grant.statement.conditions.map((c) => `\`${c.key}\``))];
        const dormant =
          exposure.level === 'guest' && exposure.guestScopedDown && reads.every((a) => !survivesGuestScopeDown(a.id));
        context.report({
          messageId: `broad${holderOf(exposure)}`,
          data: {
            role: `\`${role.name}\``,
            actions: formatActionList(reads.map((a) => a.id)),
            resources: broad.map((r) => `\`${r.shown}\``).join(', '),
            via: policySourceLabel(grant.source.via),
          },
          at: grant.statement.source,
          notes: [
            ...exposureNotes(exposure),
            ...(others.length ? [{ id: 'conditionsIgnored' as const, data: { keys: others.join(', ') } }] : []),
            ...(dormant ? [{ id: 'dormant' as const }] : []),
          ],
          severity: dormant ? stepDown(scaledSeverity('medium', exposure)) : scaledSeverity('medium', exposure),
          key: role.name,
        });
      }
    }
  },
});
