import {
  defineRule,
  isListBucketAction,
  isObjectAction,
  knownString,
  s3AccessOf,
  scalarAlternatives,
  type ActionInfo,
} from '../../src/rule-api.js';
import { formatList } from '../_shared/lists.js';

export default defineRule({
  meta: {
    id: 's3/action-resource-mismatch',
    description:
      'S3 object actions need object ARNs (`bucket/key`), bucket actions need bucket ARNs: otherwise those actions grant nothing',
    severity: 'medium',
    messages: {
      // Only the mismatched actions grant nothing: the note names the statement's actions that do apply.
      objectOnBucket:
        "Role {{role}} gets no {{actions}} from this statement: S3 authorizes object actions on object ARNs (`bucket/key`), and the statement names only bucket ARNs {{resources}}; add `/*` or the user's prefix to the resource.",
      bucketOnObject:
        'Role {{role}} gets no {{actions}} from this statement: S3 authorizes listing on the bucket ARN, and the statement names only object ARNs {{resources}}; use the bucket ARN with an `s3:prefix` condition.',
    },
    notes: {
      othersApply: 'The statement does grant {{others}} on these resources.',
    },
    fix: 'Put object actions (`s3:GetObject`, `s3:PutObject`) on `arn:aws:s3:::<bucket>/<key pattern>` and `s3:ListBucket` on `arn:aws:s3:::<bucket>`, in separate statements.',
    fixIn: {
      terraform:
        'Put object actions (`s3:GetObject`, `s3:PutObject`) on `"${aws_s3_bucket.<name>.arn}/<key pattern>"` and `s3:ListBucket` on `aws_s3_bucket.<name>.arn`, in separate `statement` blocks.',
    },
    references: [
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/s3-arn-format.html',
      'https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazons3.html',
    ],
    tags: ['s3'],
  },
  check(context) {
    for (const role of context.model.roles) {
      for (const access of s3AccessOf(role)) {
        const kinds = new Set(access.resources.map((r) => r.parsed.kind));
        const names = (kind: string): string =>
          access.resources
            .filter((r) => r.parsed.kind === kind)
            .map(
              (r) =>
                `\`${r.parsed.kind === 'bucket' || r.parsed.kind === 'object' ? (r.parsed.kind === 'object' ? `${r.parsed.bucket.text}/${r.parsed.key}` : r.parsed.bucket.text) : ''}\``,
            )
            .join(', ');
        if (access.resources.length === 0) continue;
        const onlyBuckets = [...kinds].every((k) => k === 'bucket');
        const onlyObjects = [...kinds].every((k) => k === 'object');
        // Judge the actions as written: a wildcard (`s3:Get*`) that also names bucket actions is not a mistake.
        const named = new Set(
          (access.statement.action?.values ?? [])
            .flatMap((v) => scalarAlternatives(v.value).map(knownString))
            .filter((p): p is string => p !== undefined && !/[*?]/.test(p))
            .map((p) => p.toLowerCase()),
        );
        // The grant leaves out what its resources cannot be (the statement allows it nothing): judge those too.
        const objectOnly = [...access.objectActions, ...access.inapplicable.filter(isObjectAction)].filter(
          (a) => !a.resourceTypes.includes('bucket') && named.has(a.id.toLowerCase()),
        );
        const lists = [...access.listActions, ...access.inapplicable.filter(isListBucketAction)].filter((a) =>
          named.has(a.id.toLowerCase()),
        );
        // What the statement does grant on its resources, besides the mismatched actions.
        const othersApply = (mismatched: readonly ActionInfo[]) => {
          const others = [...access.objectActions, ...access.listActions, ...access.bucketActions].filter(
            (a) => !mismatched.includes(a),
          );
          return others.length
            ? [
                {
                  id: 'othersApply' as const,
                  data: {
                    others: formatList(
                      others.map((a) => `\`${a.id}\``),
                      6,
                    ),
                  },
                },
              ]
            : [];
        };
        if (onlyBuckets && objectOnly.length > 0) {
          context.report({
            messageId: 'objectOnBucket',
            data: {
              role: `\`${role.name}\``,
              actions: formatList(
                objectOnly.map((a) => `\`${a.id}\``),
                6,
              ),
              resources: names('bucket'),
            },
            notes: othersApply(objectOnly),
            at: access.statement.resource?.source ?? access.statement.source,
            key: role.name,
          });
        } else if (onlyObjects && lists.length > 0) {
          context.report({
            messageId: 'bucketOnObject',
            data: {
              role: `\`${role.name}\``,
              actions: formatList(
                lists.map((a) => `\`${a.id}\``),
                6,
              ),
              resources: names('object'),
            },
            notes: othersApply(lists),
            at: access.statement.resource?.source ?? access.statement.source,
            key: role.name,
          });
        }
      }
    }
  },
});
