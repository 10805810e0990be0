import { ruleTester } from '../rule-tester.js';

ruleTester.run('s3/list-not-scoped', {
  valid: 'all',
  invalid: {
    // Reports raw account details.
    'authorization-details.json': [{ messageId: 'noPrefix', line: 28, column: 15, resource: 'Cognito_DocsAuth_Role' }],
    // Reports no s3:prefix condition at the statement, a * or empty StringLike prefix at the condition, and a wildcard under StringEquals as ineffective (low).
    'prefixes.yaml': [
      {
        messageId: 'noPrefix',
        line: 33,
        column: 17,
        resource: 'AuthRole',
        message:
          "Role `AuthRole`, the authenticated role of identity pool `IdentityPool`, may `s3:ListBucket` on bucket `${Storage}` with no `s3:prefix` condition: every signed-in user lists every key in the bucket, including other users' file names.",
      },
      // s3:ListBucketVersions on *
      {
        messageId: 'noPrefix',
        line: 37,
        column: 17,
        resource: 'AuthRole',
        messageIncludes: 'may `s3:ListBucketVersions` on `*` with no `s3:prefix` condition',
      },
      // '*'
      {
        messageId: 'openPrefix',
        line: 47,
        column: 32,
        resource: 'AuthRole',
        message:
          'Role `AuthRole`, the authenticated role of identity pool `IdentityPool`, may `s3:ListBucket` with `s3:prefix` `*` under `StringLike`, which matches every key: every signed-in user lists the whole bucket.',
      },
      { messageId: 'openPrefix', line: 55, column: 23, resource: 'AuthRole' }, // '' beside the user's own prefix
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
        messageId: 'noPrefix',
        line: 61,
        column: 25,
        resource: 'ListPolicy',
        severity: 'high',
        messageIncludes: 'Role `GuestRole`, the guest role of identity pool `IdentityPool`, may',
      },
      {
        messageId: 'noPrefix',
        line: 61,
        column: 25,
        resource: 'ListPolicy',
        severity: 'low',
        message:
          "Role `ModeratorsRole`, the role of user pool group `ModeratorsGroup`, may `s3:ListBucket` on bucket `community-uploads` with no `s3:prefix` condition: every member of the group lists every key in the bucket, including other users' file names.",
      },
    ],
  },
});
