import { ruleTester } from '../rule-tester.js';

ruleTester.run('s3/list-not-scoped', {
  valid: 'all',
  invalid: {
    // Reports raw account details.
    'authorization-details.json': [
      { messageId: 'noPrefixDormant', line: 28, column: 15, resource: 'Cognito_DocsAuth_Role' },
    ],
    // Reports no s3:prefix condition at the statement, a * or empty StringLike prefix at the condition, and a wildcard under StringEquals as ineffective (low).
    'prefixes.yaml': [
      {
        messageId: 'noPrefixSignedIn',
        line: 33,
        column: 17,
        resource: 'AuthRole',
        message:
          "Role `AuthRole` may `s3:ListBucket` on bucket `${Storage}` with no `s3:prefix` condition: every signed-in user lists every key in the bucket, including other users' file names. The role is the authenticated role of identity pool `IdentityPool`.",
      },
      // s3:ListBucketVersions on *
      {
        messageId: 'noPrefixSignedIn',
        line: 37,
        column: 17,
        resource: 'AuthRole',
        messageIncludes: 'may `s3:ListBucketVersions` on `*` with no `s3:prefix` condition',
      },
      // '*'
      {
        messageId: 'openPrefixSignedIn',
        line: 47,
        column: 32,
        resource: 'AuthRole',
        message:
          'Role `AuthRole` may `s3:ListBucket` with `s3:prefix` `*` under `StringLike`, which matches every key: every signed-in user lists the whole bucket. The role is the authenticated role of identity pool `IdentityPool`.',
      },
      { messageId: 'openPrefixSignedIn', line: 55, column: 23, resource: 'AuthRole' }, // '' beside the user's own prefix
      // StringEquals private/${sub}/*
      {
        messageId: 'ineffective',
        line: 63,
        column: 32,
        resource: 'AuthRole',
        severity: 'low',
        message:
          'Role `AuthRole`: `s3:prefix` `private/${cognito-identity.amazonaws.com:sub}/*` under `StringEquals` is compared literally (no wildcards), so this list permission never matches; use `StringLike`.',
      },
      // OwnPrefix (line 64): the user's prefix under StringLike, and public/* (s3/shared-prefix-access's).
    ],
    // Is scaled: raised for a guest role (high), at most low for a group role, a shared managed policy reported once per role.
    'scaled.json': [
      {
        messageId: 'noPrefixGuest',
        line: 61,
        column: 25,
        resource: 'ListPolicy',
        severity: 'high',
        messageIncludes: ['Role `GuestRole` may', 'The role is the guest role of identity pool `IdentityPool`.'],
      },
      {
        messageId: 'noPrefixGroup',
        line: 61,
        column: 25,
        resource: 'ListPolicy',
        severity: 'low',
        message:
          "Role `ModeratorsRole` may `s3:ListBucket` on bucket `community-uploads` with no `s3:prefix` condition: every member of the group lists every key in the bucket, including other users' file names. The role belongs to user pool group `ModeratorsGroup`.",
      },
    ],
  },
});
