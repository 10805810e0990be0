import { ruleTester } from '../rule-tester.js';

ruleTester.run('s3/shared-prefix-access', {
  // valid/sub-not-alone.yaml: `protected/${cognito-identity.amazonaws.com:sub}-x/*` holds the identity
  // variable; its page: this rule is for a fixed prefix *without* ${cognito-identity.amazonaws.com:sub}, the
  // key is s3/object-access-not-scoped's.
  // valid/literal-prefix-wildcard.yaml: `StringEquals` with `reports/*` never matches (compared literally).
  valid: ['literal-prefix-wildcard.yaml', 'not-shared-reads.yaml', 'sub-not-alone.yaml'],
  invalid: {
    // A `StringEquals` `s3:prefix` without a wildcard is a literal prefix every user may list under.
    'literal-prefix.yaml': [
      {
        messageId: 'shared',
        line: 29,
        column: 48,
        resource: 'AuthRole',
        severity: 'low',
        message:
          'Role `AuthRole` may read every object under `reports/` in bucket `media`, shared by all its users. The role is the authenticated role of identity pool `Pool`.',
      },
    ],
    // Reports Amplify's public/ and protected/ levels once per (role, bucket, prefix), at the first resource,
    // low even for the guest role, naming the convention.
    'amplify-levels.yaml': [
      // public/*
      {
        messageId: 'shared',
        line: 44,
        column: 21,
        resource: 'AuthRole',
        message:
          "Role `AuthRole` may read every object under `public/` in bucket `${Storage}`, shared by all its users. The role is the authenticated role of identity pool `IdentityPool`. This is Amplify's public level: readable by every user of the app.",
      },
      // protected/*; the ListBucket prefixes add nothing
      {
        messageId: 'shared',
        line: 45,
        column: 21,
        resource: 'AuthRole',
        messageIncludes:
          "This is Amplify's protected level: every user reads everyone's files, each writes only their own.",
      },
      // public/* (again at line 87: not repeated)
      {
        messageId: 'shared',
        line: 80,
        column: 27,
        resource: 'GuestRole',
        messageIncludes: ['Role `GuestRole` may read', 'The role is the guest role of identity pool `IdentityPool`.'],
      },
      { messageId: 'shared', line: 86, column: 21, resource: 'GuestRole' }, // protected/*
    ],
    // Reports raw account details.
    'authorization-details.json': [
      { messageId: 'shared', line: 28, column: 86, resource: 'amplify-shop-prod-authRole' },
    ],
    // Reports other fixed prefixes by object ARN or ListBucket prefix, for group roles too, without naming a convention.
    'fixed-prefix.json': [
      // premium/*
      {
        messageId: 'shared',
        line: 36,
        column: 119,
        resource: 'SubscriberRole',
        message:
          'Role `SubscriberRole` may read every object under `premium/` in bucket `content-bucket`, shared by all its users. The role is the authenticated role of identity pool `IdentityPool`.',
      },
      // s3:prefix catalog/
      {
        messageId: 'shared',
        line: 42,
        column: 65,
        resource: 'SubscriberRole',
        messageIncludes: 'under `catalog/` in bucket `content-bucket`',
      },
      // drafts/*, group role: still low
      {
        messageId: 'shared',
        line: 80,
        column: 88,
        resource: 'EditorsRole',
        message:
          'Role `EditorsRole` may read every object under `drafts/` in bucket `content-bucket`, shared by all its users. The role belongs to user pool group `EditorsGroup`.',
      },
      // inbox/* is written too (s3/object-access-not-scoped); shared/* is narrowed by an object tag.
    ],
  },
});
