import { bucketWrites, defineRule, knownString, scalarAlternatives } from '../../src/rule-api.js';
import { propertyName } from '../_shared/properties.js';

const WRITE_METHODS = new Set(['PUT', 'POST', 'DELETE']);

export default defineRule({
  meta: {
    id: 's3/cors-wildcard-origin',
    description: 'A bucket that identity-pool roles write should not accept cross-origin writes from every origin',
    severity: 'low',
    messages: {
      wildcard:
        'Bucket {{bucket}}, written by role {{role}}, lets any website send {{methods}} requests (`{{property}}: ["*"]`): a page on another origin can drive uploads with a visitor\'s credentials.',
    },
    fix: "List the app's own origins in `AllowedOrigins` (e.g. `https://app.example.com`), keeping `http://localhost:<port>` only for development stacks.",
    fixIn: {
      terraform:
        'List the app\'s own origins in `allowed_origins` of the `cors_rule` of `aws_s3_bucket_cors_configuration` (e.g. `"https://app.example.com"`), keeping `http://localhost:<port>` only for development workspaces.',
    },
    references: [
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/ManageCorsUsing.html',
      'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-bucket-corsrule.html',
    ],
    tags: ['s3', 'cors'],
  },
  check(context) {
    const writers = new Map<string, { bucket: (typeof context.model.buckets)[number]; roles: string[] }>();
    for (const write of bucketWrites(context.model)) {
      const key = `${write.bucket.source.doc.file}#${write.bucket.source.pointer}`;
      const entry = writers.get(key) ?? { bucket: write.bucket, roles: [] };
      if (!entry.roles.includes(write.role.name)) entry.roles.push(write.role.name);
      writers.set(key, entry);
    }
    for (const { bucket, roles } of writers.values()) {
      for (const rule of bucket.corsRules) {
        const star = rule.allowedOrigins.find((o) => scalarAlternatives(o.value).some((v) => knownString(v) === '*'));
        if (!star) continue;
        const methods = rule.allowedMethods
          .flatMap((m) => scalarAlternatives(m.value).map(knownString))
          .filter((m): m is string => m !== undefined && WRITE_METHODS.has(m.toUpperCase()));
        if (methods.length === 0) continue;
        context.report({
          messageId: 'wildcard',
          data: {
            bucket: `\`${bucket.name}\``,
            role: roles.map((r) => `\`${r}\``).join(', '),
            methods: methods.join('/'),
            property: propertyName(star, 'AllowedOrigins'),
          },
          at: star.source,
        });
      }
    }
  },
});
