import { bucketWrites, defineRule, exposureOf, tri, type BucketWrite, type Tri } from '../../src/rule-api.js';
import { formatList } from '../_shared/lists.js';
import { EXPOSURE_NOTES, exposureNotes } from '../_shared/exposure.js';

/** Prefixes named like a temporary area. */
const TEMPORARY = /^(tmp|temp|uploads?|incoming)\//i;

export default defineRule({
  meta: {
    id: 's3/upload-no-expiration',
    description:
      'Buckets that guests write, or temporary upload prefixes, need a lifecycle rule that expires the objects',
    severity: 'low',
    // One guest role is named, and its exposure note says why guests hold it; several are listed.
    messages: {
      guestAnywhere:
        'Bucket {{bucket}} can be written by role {{role}}, and no enabled lifecycle rule expires those objects: anonymous uploads pile up for ever (and are billed).',
      guest:
        'Bucket {{bucket}} can be written under {{prefixes}} by role {{role}}, and no enabled lifecycle rule expires those objects: anonymous uploads pile up for ever (and are billed).',
      guestAnywhereMany:
        'Bucket {{bucket}} can be written by roles {{roles}}, which guests can obtain, and no enabled lifecycle rule expires those objects: anonymous uploads pile up for ever (and are billed).',
      guestMany:
        'Bucket {{bucket}} can be written under {{prefixes}} by roles {{roles}}, which guests can obtain, and no enabled lifecycle rule expires those objects: anonymous uploads pile up for ever (and are billed).',
      temporary:
        'Bucket {{bucket}} receives uploads under `{{prefix}}` from role {{role}}, and no enabled lifecycle rule expires them: temporary uploads never clean themselves up.',
    },
    notes: EXPOSURE_NOTES,
    fix: 'Add a lifecycle rule: `LifecycleConfiguration: {Rules: [{Id: expire-uploads, Status: Enabled, Prefix: uploads/, ExpirationInDays: 1}]}` (CDK: `lifecycleRules: [{prefix: "uploads/", expiration: Duration.days(1)}]`).',
    fixIn: {
      terraform:
        'Add an `aws_s3_bucket_lifecycle_configuration` with `rule { id = "expire-uploads" status = "Enabled" filter { prefix = "uploads/" } expiration { days = 1 } }` for the bucket.',
    },
    references: [
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-lifecycle-mgmt.html',
      'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-bucket-rule.html',
    ],
    tags: ['s3'],
  },
  check(context) {
    // One finding per bucket (docs/semantics.md#granularity), listing what no rule expires.
    const byBucket = new Map<BucketWrite['bucket'], { guest: BucketWrite[]; temporary: BucketWrite[] }>();
    for (const write of bucketWrites(context.model)) {
      const temporary = TEMPORARY.test(write.prefix);
      if (!write.guest && !temporary) continue;
      const verdict = expires(write);
      if (verdict === true) continue;
      if (verdict === 'unknown') {
        context.unresolved(
          `Bucket ${write.bucket.name}: whether a lifecycle rule expires \`${write.prefix || '*'}\` could not be resolved.`,
          write.bucket.propertiesSource,
        );
        continue;
      }
      const entry = byBucket.get(write.bucket) ?? { guest: [], temporary: [] };
      (write.guest ? entry.guest : entry.temporary).push(write);
      byBucket.set(write.bucket, entry);
    }
    for (const [bucket, { guest, temporary }] of byBucket) {
      const writes = guest.length ? guest : temporary;
      const at = bucket.lifecycleConfigurationSource ?? bucket.propertiesSource;
      const roles = [...new Set(writes.map((w) => `\`${w.role.name}\``))].join(', ');
      const prefixes = [...new Set(writes.map((w) => w.prefix))];
      const bucketName = `\`${bucket.name}\``;
      if (guest.length === 0) {
        context.report({
          messageId: 'temporary',
          data: { bucket: bucketName, role: roles, prefix: prefixes.join('`, `') },
          at,
        });
      } else {
        const guestRoles = [...new Set(guest.map((w) => w.role))];
        const anywhere = prefixes.includes('');
        const listed = prefixes.map((p) => `\`${p}\``).join(', ');
        if (guestRoles.length === 1) {
          const role = guestRoles[0]!;
          const data = { bucket: bucketName, role: `\`${role.name}\`` };
          const notes = exposureNotes(exposureOf(context.model, role), { guest: true });
          if (anywhere) context.report({ messageId: 'guestAnywhere', data, notes, at });
          else context.report({ messageId: 'guest', data: { ...data, prefixes: listed }, notes, at });
        } else {
          const data = { bucket: bucketName, roles: formatList(guestRoles.map((r) => `\`${r.name}\``)) };
          if (anywhere) context.report({ messageId: 'guestAnywhereMany', data, at });
          else context.report({ messageId: 'guestMany', data: { ...data, prefixes: listed }, at });
        }
      }
    }
  },
});

/** Is there an enabled expiration rule whose prefix covers every key the role writes? 'unknown' when a rule that would cover it cannot be read. */
function expires(write: BucketWrite): Tri {
  return tri.any(
    write.bucket.lifecycleRules.map((rule): Tri => {
      if (!rule.expires || rule.filtered) return false;
      if (rule.prefix === undefined) return 'unknown';
      return write.prefix.startsWith(rule.prefix) ? rule.enabled : false;
    }),
  );
}
