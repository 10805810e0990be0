import { describe, expect, it } from 'vitest';
import { seen } from '../helpers.js';
import { lintFixture, ruleTester } from '../rule-tester.js';

const RULE = 's3/object-access-not-scoped';

ruleTester.run(RULE, {
  valid: 'all',
  invalid: {
    // The consequence follows the object actions: their access level in the Service Authorization Reference, and
    // the S3 action (PutObject overwrites, DeleteObject deletes); PutObject with PutObjectTagging neither reads nor deletes.
    'access-wording.yaml': [
      {
        messageId: 'unscopedSignedIn',
        line: 35,
        column: 17,
        resource: 'AuthRole',
        message:
          "Role `AuthRole` may `s3:PutObject`, `s3:PutObjectTagging` on `${Media.Arn}/*` through inline policy `files`: every signed-in user can overwrite and retag every other user's objects. The role is the authenticated role of identity pool `IdentityPool`.",
      },
      {
        messageId: 'unscopedSignedIn',
        line: 41,
        column: 17,
        resource: 'AuthRole',
        message:
          "Role `AuthRole` may `s3:DeleteObject` on `${Media.Arn}/*` through inline policy `files`: every signed-in user can delete every other user's objects. The role is the authenticated role of identity pool `IdentityPool`.",
      },
      {
        messageId: 'unscopedSignedIn',
        line: 45,
        column: 17,
        resource: 'AuthRole',
        message:
          "Role `AuthRole` may `s3:PutObjectAcl`, `s3:GetObject` on `${Media.Arn}/*` through inline policy `files`: every signed-in user can read and change ACLs of every other user's objects. The role is the authenticated role of identity pool `IdentityPool`.",
      },
      {
        messageId: 'unscopedSignedIn',
        line: 51,
        column: 17,
        resource: 'AuthRole',
        message:
          "Role `AuthRole` may `s3:RestoreObject` on `${Media.Arn}/*` through inline policy `files`: every signed-in user can change every other user's objects. The role is the authenticated role of identity pool `IdentityPool`.",
      },
      {
        messageId: 'unscopedSignedIn',
        line: 55,
        column: 17,
        resource: 'AuthRole',
        message:
          "Role `AuthRole` may `s3:DeleteObject`, `s3:DeleteObjectAnnotation`, `s3:DeleteObjectTagging`, `s3:DeleteObjectVersion`, `s3:DeleteObjectVersionAnnotation`, `s3:DeleteObjectVersionTagging` and 32 more on `${Media.Arn}/*` through inline policy `files`: every signed-in user can read, overwrite, delete, retag and change ACLs of every other user's objects. The role is the authenticated role of identity pool `IdentityPool`.",
      },
      {
        messageId: 'unscopedWriteSignedIn',
        line: 59,
        column: 17,
        resource: 'AuthRole',
        severity: 'medium',
        message:
          "Role `AuthRole` may `s3:DeleteObject` on `${Media.Arn}/shared/*` through inline policy `files`: every signed-in user writes to the same shared keys and can delete the others' files. The role is the authenticated role of identity pool `IdentityPool`.",
      },
    ],
    // Reports raw account details.
    'authorization-details.json': [
      { messageId: 'unscopedDormant', line: 28, column: 15, resource: 'Cognito_PhotosAuth_Role' },
    ],
    // Reads `arn:aws:s3:::*` as every object of every bucket (IAM `*` crosses `/`).
    'bucket-pattern.yaml': [
      { messageId: 'unscopedReadSignedIn', line: 24, column: 17, resource: 'AuthRole', severity: 'medium' },
    ],
    // Does not report statements narrowed by object-tag or principal-tag conditions, and says when it ignored a condition.
    'conditions.yaml': [
      {
        messageId: 'unscopedSignedIn',
        line: 56,
        column: 17,
        resource: 'AuthRole',
        messageIncludes: ". The statement's condition on `aws:SourceIp` was not taken into account.",
      },
    ],
    // Subtracts an unconditional Deny (the read is left, medium) but not a conditional one.
    'deny.json': [
      {
        messageId: 'unscopedReadSignedIn',
        line: 32,
        column: 17,
        resource: 'AuthRole',
        severity: 'medium',
        messageIncludes: 'may `s3:GetObject` on',
        messageExcludes: 's3:PutObject',
      },
      {
        messageId: 'unscopedSignedIn',
        line: 34,
        column: 17,
        resource: 'AuthRole',
        messageIncludes: 'may `s3:DeleteObject`, `s3:GetObject` on',
      },
    ],
    // Is scaled: whole-bucket writes are critical for guest and public sign-up, high for authenticated, low
    // for group; internal roles are not reported.
    'exposure-scaling.yaml': [
      {
        messageId: 'unscopedGuest',
        line: 60,
        column: 17,
        resource: 'GuestRole',
        severity: 'critical',
        message:
          "Role `GuestRole` may `s3:PutObject`, `s3:GetObject` on `${Media.Arn}/*` through inline policy `media`: every visitor can read and overwrite every other user's objects. The role is the guest role of identity pool `PublicPool`.",
      },
      {
        messageId: 'unscopedGuest',
        line: 83,
        column: 17,
        resource: 'NoAudRole',
        severity: 'critical',
        message:
          "Role `NoAudRole` may `s3:PutObject`, `s3:GetObject` on `${Media.Arn}/*` through inline policy `media`: every visitor can read and overwrite every other user's objects. Anyone can assume the role by signing in to an identity pool of their own because its trust does not pin `aud`.",
      },
      {
        messageId: 'unscopedSignedIn',
        line: 108,
        column: 17,
        resource: 'SignUpRole',
        severity: 'critical',
        message:
          "Role `SignUpRole` may `s3:PutObject`, `s3:GetObject` on `${Media.Arn}/*` through inline policy `media`: every signed-in user can read and overwrite every other user's objects. The role is the authenticated role of identity pool `PublicPool`. Anyone can get the role by signing up to user pool `SignUpUserPool`.",
      },
      {
        messageId: 'unscopedSignedIn',
        line: 133,
        column: 17,
        resource: 'StaffRole',
        message:
          "Role `StaffRole` may `s3:PutObject`, `s3:GetObject` on `${Media.Arn}/*` through inline policy `media`: every signed-in user can read and overwrite every other user's objects. The role is the authenticated role of identity pool `StaffPool`.",
      },
      {
        messageId: 'unscopedGroup',
        line: 158,
        column: 17,
        resource: 'AdminsGroupRole',
        severity: 'low',
        message:
          "Role `AdminsGroupRole` may `s3:PutObject`, `s3:GetObject` on `${Media.Arn}/*` through inline policy `media`: every member of the group can read and overwrite every other user's objects. The role belongs to user pool group `AdminsGroup`.",
      },
    ],
    // Reports every key pattern that is not per-identity: high for writes, medium for shared-prefix writes and whole-bucket reads.
    'key-patterns.json': [
      { messageId: 'unscopedSignedIn', line: 33, column: 17, resource: 'AuthRole' }, // s3:DeleteObject on *
      { messageId: 'unscopedSignedIn', line: 34, column: 17, resource: 'AuthRole' }, // ${Media.Arn}/*
      // media-archive/*/avatar.png
      {
        messageId: 'unscopedSignedIn',
        line: 35,
        column: 17,
        resource: 'AuthRole',
        messageIncludes: 'on `arn:aws:s3:::media-archive/*/avatar.png`',
      },
      { messageId: 'unscopedSignedIn', line: 36, column: 17, resource: 'AuthRole', messageIncludes: 'on `*`' }, // NotResource
      // uploads/* written by everyone
      {
        messageId: 'unscopedWriteSignedIn',
        line: 37,
        column: 17,
        resource: 'AuthRole',
        severity: 'medium',
        messageIncludes:
          "every signed-in user writes to the same shared keys and can read and overwrite the others' files.",
      },
      // media-archive/* read-only
      {
        messageId: 'unscopedReadSignedIn',
        line: 38,
        column: 17,
        resource: 'AuthRole',
        severity: 'medium',
        messageIncludes: "every signed-in user can read every other user's objects.",
      },
      // ReadPublic (line 39) is s3/shared-prefix-access's; OwnFiles (line 40) is per-identity in all three forms.
    ],
    // docs/semantics.md#condition-keys-that-are-never-present: s3:prefix is carried only by s3:ListBucket and
    // s3:ListBucketVersions (Service Authorization Reference), and StringLike is false for an absent key.
    // Does not judge object actions a never-present condition key makes impossible; the same actions under …IfExists are reported.
    'never-present-keys.yaml': [
      { messageId: 'unscopedGuest', line: 48, column: 17, resource: 'GuestRole', severity: 'critical' },
    ],
    // Reports ${…:sub} sharing its path segment as unscoped, not as a shared prefix: docs/semantics.md#per-identity-key-pattern, it is not a
    // per-identity key pattern (the variable does not fill its own segment) and not a fixed prefix, so
    // writes are high and reads medium.
    'sub-not-alone.yaml': [
      { messageId: 'unscopedWriteSignedIn', line: 33, column: 17, resource: 'AuthRole' },
      { messageId: 'unscopedReadSignedIn', line: 36, column: 17, resource: 'AuthRole', severity: 'medium' },
    ],
  },
});

describe(`${RULE}: beyond its own findings`, () => {
  it('leaves no guest write on object actions a never-present condition key makes impossible; their s3:ListBucket is still judged', () => {
    const report = lintFixture(RULE, 'invalid/never-present-keys.yaml');
    // The PrefixOnObjects statement (line 35) can never allow s3:GetObject or s3:PutObject: no guest write
    // either. Its s3:ListBucket is still judged (an s3:prefix of `*` lists every key).
    const file = `test/fixtures/rules/${RULE}/invalid/never-present-keys.yaml`;
    expect(
      seen(report).filter((x) => x.ruleId === 'role/guest-write-access' || x.ruleId === 's3/list-not-scoped'),
    ).toEqual([
      {
        ruleId: 's3/list-not-scoped',
        messageId: 'openPrefixGuest',
        severity: 'high',
        file,
        line: 47,
        column: 23,
        resource: 'GuestRole',
      },
      {
        ruleId: 'role/guest-write-access',
        messageId: 'write',
        severity: 'high',
        file,
        line: 48,
        column: 17,
        resource: 'GuestRole',
      },
    ]);
  });
});
