import { describe, expect, it } from 'vitest';
import { seen } from '../helpers.js';
import { lintFixture, ruleTester } from '../rule-tester.js';

const RULE = 'role/admin-access';

ruleTester.run(RULE, {
  valid: 'all',
  invalid: {
    // Names only the permissions-management actions a wildcard really grants on object ARNs: not the
    // bucket, access-point and account-level ones `s3:Put*` also expands to (a bucket name holds no `/`).
    'wildcard-beside-object-arns.yaml': [
      {
        messageId: 'adminSignedIn',
        line: 26,
        column: 17,
        resource: 'AuthRole',
        severity: 'high',
        message:
          'Role `AuthRole` may `s3:PutObjectAcl`, `s3:PutObjectVersionAcl` through inline policy `uploads`: every signed-in user holds these credentials in the browser. The access level of `s3:PutObjectAcl` and `s3:PutObjectVersionAcl` is Permissions management. The role is the authenticated role of identity pool `Pool`.',
      },
    ],
    // Reports *, NotAction, whole-service wildcards in any case, permissions management outside the
    // per-identity prefix and privilege escalation, one finding per statement, saying why each is administrator-level.
    'admin-statements.json': [
      // Action: *
      {
        messageId: 'adminSignedIn',
        line: 36,
        column: 17,
        resource: 'MemberRole',
        severity: 'high',
        messageIncludes:
          'may `*` through inline policy `member`: every signed-in user holds these credentials in the browser. `*` is every action of every service.',
      },
      // NotAction: s3:*
      {
        messageId: 'adminExceptSignedIn',
        line: 37,
        column: 17,
        resource: 'MemberRole',
        severity: 'high',
        messageIncludes: [
          'may do everything except `s3:*` through',
          '`NotAction` allows every action it does not list. The role',
        ],
      },
      // IAM:*
      {
        messageId: 'adminSignedIn',
        line: 38,
        column: 17,
        resource: 'MemberRole',
        severity: 'high',
        messageIncludes:
          'may `IAM:*` through inline policy `member`: every signed-in user holds these credentials in the browser. `IAM:*` is a whole-service wildcard.',
      },
      // s3:PutObjectAcl on media/* (not on private/${sub}/*, line 40)
      {
        messageId: 'adminSignedIn',
        line: 39,
        column: 17,
        resource: 'MemberRole',
        severity: 'high',
        messageIncludes:
          'may `s3:PutObjectAcl` through inline policy `member`: every signed-in user holds these credentials in the browser. The access level of `s3:PutObjectAcl` is Permissions management.',
      },
      // lambda:UpdateFunctionCode
      {
        messageId: 'adminSignedIn',
        line: 46,
        column: 17,
        resource: 'MemberRole',
        severity: 'high',
        messageIncludes:
          'may `lambda:UpdateFunctionCode` through inline policy `member`: every signed-in user holds these credentials in the browser. `lambda:UpdateFunctionCode` can lead to privilege escalation.',
        messageExcludes: 'lambda:InvokeFunction',
      },
      // An AWS::IAM::Policy attached to two identity-pool roles: once per role, the resource is the policy.
      {
        messageId: 'adminSignedIn',
        line: 86,
        column: 13,
        resource: 'SharedPolicy',
        severity: 'high',
        messageIncludes: [
          'Role `MemberRole` may `iam:PassRole` through policy `shared`: every signed-in user holds these credentials in the browser. `iam:PassRole` can lead to privilege escalation.',
        ],
      },
      {
        messageId: 'adminSignedIn',
        line: 86,
        column: 13,
        resource: 'SharedPolicy',
        severity: 'high',
        messageIncludes: 'Role `PartnerRole` may',
      },
      // A customer managed policy attached through ManagedPolicyArns.
      {
        messageId: 'adminSignedIn',
        line: 97,
        column: 13,
        resource: 'BucketAdminPolicy',
        severity: 'high',
        messageIncludes:
          'may `s3:PutBucketPolicy` through policy `BucketAdminPolicy`: every signed-in user holds these credentials in the browser. The access level of `s3:PutBucketPolicy` is Permissions management.',
      },
    ],
    // Reports identity-pool roles of raw get-account-authorization-details output, and not the Lambda role
    // with AdministratorAccess (thumbnailer-lambda). The AWS managed policy attached to `app-auth` is also
    // listed, with its document, in `Policies`: it reaches the role once (docs/semantics.md#granularity: one finding
    // per (rule, role, statement)), as the document in force in the account.
    'authorization-details.json': [
      {
        messageId: 'adminGuest',
        line: 29,
        column: 15,
        resource: 'legacy-app-unauth',
        messageExcludes: 'thumbnailer-lambda',
      },
      // The document in force is the one in the file (Policies[0], the default version).
      {
        messageId: 'adminDormant',
        line: 98,
        column: 27,
        resource: 'AdministratorAccess',
        severity: 'high',
        messageExcludes: 'thumbnailer-lambda',
      },
    ],
    // CDK writes ManagedPolicy.fromAwsManagedPolicyName as Fn::Join of "arn:", AWS::Partition and
    // ":iam::aws:policy/<name>": a template of parts judged by its fixed parts (docs/semantics.md#resolved-value).
    // Judges an AWS managed policy attached with the partition-neutral ARN CDK writes.
    'aws-managed-policy-partition.json': [
      { messageId: 'adminGuest', line: 27, column: 11, resource: 'GuestRole' },
      { messageId: 'adminGuest', line: 27, column: 11, resource: 'GuestRole' },
    ],
    // Judges an AWS managed policy by its document and reports it at the ManagedPolicyArns entry, one finding per admin statement.
    'aws-managed-policy.yaml': [
      {
        messageId: 'adminGuest',
        line: 28,
        column: 11,
        resource: 'GuestRole',
        messageIncludes: ['may `dynamodb:*`, `dax:*`', 'through AWS managed policy `AmazonDynamoDBFullAccess`'],
      },
      {
        messageId: 'adminGuest',
        line: 28,
        column: 11,
        resource: 'GuestRole',
        messageIncludes:
          'may `iam:PassRole` through AWS managed policy `AmazonDynamoDBFullAccess`: every visitor holds these credentials in the browser. `iam:PassRole` can lead to privilege escalation.',
      },
    ],
    // docs/semantics.md#condition-keys-that-are-never-present and role/admin-access: a wildcard counts by what it
    // can really allow. ForAllValues:, …IfExists and negated operators are true when the key is absent, and
    // ForAnyValue: on dynamodb:LeadingKeys still leaves item writes. Keeps reporting wildcards whose conditions can hold for their writes.
    'conditions-that-can-hold.yaml': [
      { messageId: 'adminGuest', line: 33, column: 17, resource: 'GuestRole' }, // ForAllValues:StringEquals dynamodb:LeadingKeys
      { messageId: 'adminGuest', line: 41, column: 17, resource: 'GuestRole' }, // ForAnyValue:StringEquals dynamodb:LeadingKeys
      { messageId: 'adminGuest', line: 49, column: 17, resource: 'GuestRole' }, // StringLikeIfExists s3:prefix
      { messageId: 'adminGuest', line: 57, column: 17, resource: 'GuestRole' }, // StringNotLike s3:prefix
    ],
    // Scales by exposure: critical for guest (unauthenticated slot or no aud) and public sign-up, high for
    // authenticated, medium for group, nothing for internal roles; names the exposure by why the role has
    // it, and who holds the credentials.
    'exposure-scaling.yaml': [
      {
        messageId: 'adminGuest',
        line: 59,
        column: 17,
        resource: 'GuestRole',
        message:
          'Role `GuestRole` may `dynamodb:*` through inline policy `tables`: every visitor holds these credentials in the browser. `dynamodb:*` is a whole-service wildcard. The role is the guest role of identity pool `PublicPool`.',
      },
      {
        messageId: 'adminGuest',
        line: 80,
        column: 17,
        resource: 'NoAudRole',
        message:
          'Role `NoAudRole` may `dynamodb:*` through inline policy `tables`: every visitor holds these credentials in the browser. `dynamodb:*` is a whole-service wildcard. Anyone can assume the role by signing in to an identity pool of their own because its trust does not pin `aud`.',
      },
      {
        messageId: 'adminSignedIn',
        line: 103,
        column: 17,
        resource: 'SignUpRole',
        message:
          'Role `SignUpRole` may `dynamodb:*` through inline policy `tables`: every signed-in user holds these credentials in the browser. `dynamodb:*` is a whole-service wildcard. The role is the authenticated role of identity pool `PublicPool`. Anyone can get the role by signing up to user pool `SignUpUserPool`.',
      },
      {
        messageId: 'adminSignedIn',
        line: 126,
        column: 17,
        resource: 'StaffRole',
        severity: 'high',
        message:
          'Role `StaffRole` may `dynamodb:*` through inline policy `tables`: every signed-in user holds these credentials in the browser. `dynamodb:*` is a whole-service wildcard. The role is the authenticated role of identity pool `StaffPool`.',
      },
      {
        messageId: 'adminGroup',
        line: 149,
        column: 17,
        resource: 'AdminsGroupRole',
        severity: 'medium',
        message:
          'Role `AdminsGroupRole` may `dynamodb:*` through inline policy `tables`: every member of the group holds these credentials in the browser. `dynamodb:*` is a whole-service wildcard. The role belongs to user pool group `AdminsGroup`.',
      },
    ],
    // docs/semantics.md#guest-scope-down: a guest grant outside Cognito's scope-down (iam:PassRole) is reported one
    // step lower, saying it is dormant, when every pool that hands the role out has AllowClassicFlow false;
    // dynamodb:* is inside the scope-down and stays critical.
    'guest-scope-down.yaml': [
      {
        messageId: 'adminGuest',
        line: 31,
        column: 17,
        resource: 'GuestRole',
        severity: 'high',
        messageIncludes: 'dormant until the basic (classic) flow is enabled',
      },
      { messageId: 'adminGuest', line: 35, column: 17, resource: 'GuestRole', messageExcludes: 'dormant' },
    ],
    // Reports a role no user can obtain today at medium, saying so.
    // The unauthenticated role of a pool outside the linted files: not a guest role (an unknown pool is not
    // guest-enabled), at the severity of an authenticated one, and never said to be refused by that pool.
    'guest-slot-of-pool-outside.yaml': [
      {
        messageId: 'adminDormant',
        line: 25,
        column: 17,
        resource: 'GuestRole',
        severity: 'high',
        message:
          'Role `GuestRole` may `dynamodb:*` through inline policy `everything`: every user who obtains it holds these credentials in the browser. `dynamodb:*` is a whole-service wildcard. The role is the unauthenticated role of an identity pool outside the linted files, which is not known to allow guests.',
      },
    ],
    'unobtainable.yaml': [
      {
        messageId: 'adminDormant',
        line: 25,
        column: 17,
        resource: 'GuestRole',
        severity: 'medium',
        messageIncludes: 'No user can obtain the role today because identity pool `Pool` does not allow guests.',
      },
    ],
  },
});

describe(`${RULE}: beyond its own findings`, () => {
  it('leaves a wildcard over a read-only service to role/broad-read', () => {
    const report = lintFixture(RULE, 'valid/read-only-wildcards.json');
    expect(seen(report, 'role/broad-read')).toEqual([
      {
        ruleId: 'role/broad-read',
        messageId: 'broadGuest',
        severity: 'medium', // medium scaled to high for guests, one step lower under the guest scope-down
        file: `test/fixtures/rules/${RULE}/valid/read-only-wildcards.json`,
        line: 33,
        column: 17,
        resource: 'GuestRole',
      },
    ]);
  });

  it('stays silent on a whole-service wildcard on a resource that cannot be resolved, and notes it (docs/semantics.md#resolved-value)', () => {
    const report = lintFixture(RULE, 'valid/unresolved-resource.yaml');
    const notes = report.notifications.filter((n) => n.kind === 'unresolved' && n.ruleId === RULE);
    expect(notes.map((n) => [n.range?.start.line, n.range?.start.column, n.message])).toEqual([
      [
        34,
        17,
        'Role `GuestRole` may `cognito-sync:*` on a resource that could not be resolved: whether that includes a write depends on what the resource is.',
      ],
    ]);
  });
});
