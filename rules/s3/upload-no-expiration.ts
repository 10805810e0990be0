import { bucketWrites, defineRule, type BucketWrite } from '../../src/rule-api.js';

/** Prefixes named like a temporary area. */
const TEMPORARY = /^(tmp|temp|uploads?|incoming)\//i;

export default defineRule({
  meta: {
    id: 's3/upload-no-expiration',
    description: 'Buckets that guests write, or temporary upload prefixes, need a lifecycle rule that expires the objects',
    severity: 'low',
    messages: {
      guest: 'Bucket {{bucket}} can be written by guest role {{role}}{{where}}, and no enabled lifecycle rule expires those objects: anonymous uploads pile up for ever (and are billed).',
      temporary: 'Bucket {{bucket}} receives uploads under `{{prefix}}` from role {{role}}, and no enabled lifecycle rule expires them: temporary uploads never clean themselves up.',
    },
    fix: 'Add a lifecycle rule: `LifecycleConfiguration: {Rules: [{Id: expire-uploads, Status: Enabled, Prefix: uploads/, ExpirationInDays: 1}]}` (CDK: `lifecycleRules: [{prefix: "uploads/", expiration: Duration.days(1)}]`).',
    references: [
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-lifecycle-mgmt.html',
      'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-bucket-rule.html',
    ],
    tags: ['s3'],
  },
  check(context) {
    const seen = new Set<string>();
    for (const write of bucketWrites(context.model)) {
      const temporary = TEMPORARY.test(write.prefix);
      if (!write.guest && !temporary) continue;
      if (expires(write)) continue;
      const key = `${write.bucket.name}\u0000${write.prefix}\u0000${write.guest}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const lifecycle = write.bucket.templateResource.properties['LifecycleConfiguration'] !== undefined;
      const at = lifecycle
        ? { doc: write.bucket.source.doc, pointer: `${write.bucket.templateResource.propertiesPointer}/LifecycleConfiguration` }
        : write.bucket.propertiesSource;
      const data = { bucket: `\`${write.bucket.name}\``, role: `\`${write.role.name}\``, prefix: write.prefix, where: write.prefix ? ` under \`${write.prefix}\`` : '' };
      context.report({ messageId: write.guest ? 'guest' : 'temporary', data, at, key: `${write.prefix}:${write.guest}` });
    }
  },
});

/** Is there an enabled expiration rule whose prefix covers every key the role writes? */
function expires(write: BucketWrite): boolean {
  return write.bucket.lifecycleRules.some(
    (rule) => rule.enabled === true && rule.expires && rule.prefix !== undefined && write.prefix.startsWith(rule.prefix),
  );
}
