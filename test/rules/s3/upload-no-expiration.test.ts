import { ruleTester } from '../rule-tester.js';

ruleTester.run('s3/upload-no-expiration', {
  // valid/unknown-status.yaml: `Status` is a parameter without default. docs/semantics.md#resolved-value: an
  // unknown value never satisfies a firing condition, so the rule stays silent.
  valid: ['expiring.yaml', 'unknown-status.yaml'],
  invalid: {
    // Reports buckets guests write with no enabled rule expiring the written prefix: at Properties without
    // lifecycle rules, else at LifecycleConfiguration. Expiring: its enabled rule for guest/ covers guest/${sub}/.
    'guest-writes.yaml': [
      // no LifecycleConfiguration
      {
        messageId: 'guest',
        line: 10,
        column: 7,
        resource: 'GuestUploads',
        message:
          'Bucket `GuestUploads` can be written under `private/` by role `GuestRole`, and no enabled lifecycle rule expires those objects: anonymous uploads pile up for ever (and are billed). The role is the guest role of identity pool `IdentityPool`.',
      },
      // Status: Disabled
      {
        messageId: 'guestAnywhere',
        line: 18,
        column: 9,
        resource: 'Drops',
        messageIncludes: 'Bucket `Drops` can be written by role `GuestRole`, and no enabled',
      },
      { messageId: 'guest', line: 26, column: 9, resource: 'Inbox', messageIncludes: 'under `inbox/`' }, // expires uploads/, guests write inbox/
      { messageId: 'guestAnywhere', line: 37, column: 9, resource: 'Versioned' }, // only noncurrent versions and multipart uploads
    ],
    // A bucket is reported once however many of its prefixes are written (here the same guest role writes
    // `Drops/*` and `Drops/uploads/*`). docs/semantics.md#granularity: one finding per (rule, resource, offending
    // property); the uncovered prefixes belong in that one message.
    // Two guest roles write one bucket: one finding lists them.
    'two-guest-roles.yaml': [
      {
        messageId: 'guestMany',
        line: 6,
        column: 5,
        resource: 'Drops',
        message:
          'Bucket `Drops` can be written under `uploads/` by roles `WebGuestRole` and `KioskGuestRole`, which guests can obtain, and no enabled lifecycle rule expires those objects: anonymous uploads pile up for ever (and are billed).',
      },
    ],
    'overlapping-writes.yaml': [{ messageId: 'guestAnywhere', line: 7, column: 5, resource: 'Drops' }],
    // A tag-filtered rule does not expire the uploads. AWS (aws-properties-s3-bucket-rule.html,
    // object-lifecycle-mgmt.html): a rule with a tag filter applies only to objects carrying the tags;
    // guest uploads without them never expire.
    'tag-filter.yaml': [{ messageId: 'guest', line: 10, column: 9, resource: 'GuestUploads' }],
    // Reports the temporary prefixes signed-in users write that no enabled rule expires (not tmp/, which
    // expires, nor private/), all of one bucket in one finding.
    'temporary-prefixes.json': [
      {
        messageId: 'temporary',
        line: 8,
        column: 35,
        resource: 'Workspace',
        messageIncludes: [
          'Bucket `Workspace` receives uploads under ',
          '`Incoming/`',
          '`uploads/`',
          'from role `AuthRole`, and no enabled lifecycle rule expires them: temporary uploads never clean themselves up.',
        ],
        messageExcludes: ['`tmp/`', '`private/`'],
      },
    ],
    // Reports each stack of a run, even when stacks share logical IDs (CDK stages, nested stacks, a
    // directory of environments). Its page: one finding per bucket.
    'two-stages': [
      { messageId: 'guest', file: 'dev.yaml', line: 9, column: 7, resource: 'UploadBucket' },
      { messageId: 'guest', file: 'prod.yaml', line: 9, column: 7, resource: 'UploadBucket' },
    ],
  },
});
