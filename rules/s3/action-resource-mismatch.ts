import {
  defineRule,
  isListBucketAction,
  isObjectAction,
  knownString,
  s3AccessOf,
  scalarAlternatives,
} from '../../src/rule-api.js';
import { formatActionList } from '../_shared/lists.js';

export default defineRule({
  meta: {
    id: 's3/action-resource-mismatch',
    description:
      'S3 object actions need object ARNs (`bucket/key`), bucket actions need bucket ARNs: otherwise the statement grants nothing',
    severity: 'medium',
    messages: {
      objectOnBucket:
        "Role {{role}}: {{actions}} act on objects, but the statement names only the bucket ARN {{resources}}, so it grants nothing; add `/*` or the user's prefix to the resource.",
      bucketOnObject:
        'Role {{role}}: {{actions}} act on the bucket, but the statement names only object ARNs {{resources}}, so it grants nothing; use the bucket ARN with an `s3:prefix` condition.',
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
        if (onlyBuckets && objectOnly.length > 0) {
          context.report({
            messageId: 'objectOnBucket',
            data: {
              role: `\`${role.name}\``,
              actions: formatActionList(objectOnly.map((a) => a.id)),
              resources: names('bucket'),
            },
            at: access.statement.resource?.source ?? access.statement.source,
            key: role.name,
          });
        } else if (onlyObjects && lists.length > 0) {
          context.report({
            messageId: 'bucketOnObject',
            data: {
              role: `\`${role.name}\``,
              actions: formatActionList(lists.map((a) => a.id)),
              resources: names('object'),
            },
            at: access.statement.resource?.source ?? access.statement.source,
            key: role.name,
          });
        }
      }
    }
  },
});
