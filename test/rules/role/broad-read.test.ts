import { describe, expect, it } from 'vitest';
import { seen } from '../helpers.js';
import { lintFixture, ruleTester } from '../rule-tester.js';

const RULE = 'role/broad-read';

ruleTester.run(RULE, {
  valid: ['narrowed-by-conditions.yaml', 'optional-resource-types.yaml', 's3-object-arns.yaml', 'scoped-reads.yaml'],
  invalid: {
    // Reports a customer managed policy of raw account details at its default version.
    'authorization-details.json': [
      {
        messageId: 'broadDormant',
        line: 39,
        column: 27,
        resource: 'reports-read',
        message:
          'Role `Cognito_ReportsAuth_Role` may `dynamodb:Scan`, `dynamodb:GetItem` on `arn:aws:dynamodb:us-east-1:111122223333:table/*` through policy `reports-read`: every user who obtains it can read all of it, not only their own data. No identity pool in the linted files hands the role out.',
      },
    ],
    // Is scaled: high for guest and public sign-up, medium for authenticated, low for group, nothing for
    // internal roles; names the exposure, the actions and the broad resource.
    'exposure-scaling.yaml': [
      // Resource: *
      {
        messageId: 'broadGuest',
        line: 59,
        column: 17,
        resource: 'GuestRole',
        severity: 'high',
        message:
          'Role `GuestRole` may `dynamodb:GetItem`, `dynamodb:Query` on `*` through inline policy `read-tables`: every visitor can read all of it, not only their own data. The role is the guest role of identity pool `PublicPool`.',
      },
      // arn:aws:dynamodb:*:*:table/*
      {
        messageId: 'broadGuest',
        line: 82,
        column: 17,
        resource: 'NoAudRole',
        severity: 'high',
        messageIncludes: 'on `arn:aws:dynamodb:*:*:table/*`',
      },
      { messageId: 'broadSignedIn', line: 107, column: 17, resource: 'SignUpRole', severity: 'high' }, // arn:aws:dynamodb:us-east-1:111122223333:table/*
      // NotResource
      {
        messageId: 'broadSignedIn',
        line: 132,
        column: 17,
        resource: 'StaffRole',
        messageIncludes: [
          'Role `StaffRole` may',
          'on `*`',
          'The role is the authenticated role of identity pool `StaffPool`.',
        ],
      },
      {
        messageId: 'broadGroup',
        line: 157,
        column: 17,
        resource: 'AdminsGroupRole',
        severity: 'low',
        messageIncludes: 'every member of the group',
      },
    ],
    // docs/semantics.md#guest-scope-down: a guest read outside Cognito's scope-down (every Secrets Manager secret)
    // is reported one step lower, saying it is dormant, when every pool that hands the role out has
    // AllowClassicFlow false; a read inside the scope-down (DynamoDB) keeps its full scaled severity.
    'guest-scope-down.yaml': [
      { messageId: 'broadGuest', line: 31, column: 17, resource: 'GuestRole', messageIncludes: 'dormant' },
      { messageId: 'broadGuest', line: 35, column: 17, resource: 'GuestRole', severity: 'high' },
    ],
    // Keeps statements whose conditions it does not understand (LeadingKeys on a fixed key, aws:SourceIp), and says so.
    'not-narrowed.yaml': [
      {
        messageId: 'broadSignedIn',
        line: 25,
        column: 17,
        resource: 'AuthRole',
        messageIncludes: ". The statement's condition on `dynamodb:LeadingKeys` was not taken into account.",
      },
      {
        messageId: 'broadSignedIn',
        line: 31,
        column: 17,
        resource: 'AuthRole',
        messageIncludes: ". The statement's condition on `aws:SourceIp` was not taken into account.",
      },
    ],
    // Takes a type name followed by `*` (`table*`) as every resource of the type, not a prefix below it (`table/app/*`).
    'prefix-wildcard.yaml': [{ messageId: 'broadSignedIn', line: 25, column: 17, resource: 'AuthRole' }],
    // Lists only actions with a resource type the reference marks required; S3 bucket reads (accesspoint or bucket) stay.
    // polly:SynthesizeSpeech (lexicon optional) and translate:TranslateText (terminology, parallel-data optional) are not listed.
    'required-resource-types.json': [
      {
        messageId: 'broadSignedIn',
        line: 32,
        column: 17,
        resource: 'AuthRole',
        messageIncludes: 'may `polly:GetLexicon` on `*`',
      },
      {
        messageId: 'broadSignedIn',
        line: 38,
        column: 17,
        resource: 'AuthRole',
        messageIncludes: 'may `rekognition:DetectCustomLabels`, `rekognition:DescribeProjectVersions` on `*`',
      },
      {
        messageId: 'broadSignedIn',
        line: 44,
        column: 17,
        resource: 'AuthRole',
        messageIncludes: 'may `dynamodb:GetItem` on `*`',
      },
      {
        messageId: 'broadSignedIn',
        line: 50,
        column: 17,
        resource: 'AuthRole',
        messageIncludes: 'may `s3:GetBucketCORS`, `s3:GetBucketLocation` on `*`',
      },
    ],
    // Lists only Read/List actions with resource types, and leaves S3 object reads and ListBucket to the s3/ rules.
    // dynamodb:PutItem is a write, rekognition:DetectLabels accepts only *.
    'resource-forms.json': [
      {
        messageId: 'broadSignedIn',
        line: 32,
        column: 17,
        resource: 'AuthRole',
        messageIncludes: 'may `dynamodb:GetItem` on `*`',
      },
      {
        messageId: 'broadSignedIn',
        line: 38,
        column: 17,
        resource: 'AuthRole',
        messageIncludes:
          'may `secretsmanager:GetSecretValue` on `arn:aws:secretsmanager:us-east-1:111122223333:secret:*`',
      },
      {
        messageId: 'broadSignedIn',
        line: 44,
        column: 17,
        resource: 'AuthRole',
        messageIncludes: 'may `s3:GetBucketPolicy` on `*`',
      },
    ],
    // Judges an ARN built with Fn::Sub or Fn::Join by its fixed parts: `!Sub arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/*`
    // (the usual way to write it) is a whole-service wildcard whatever the region and account (docs/semantics.md#resolved-value).
    // The resource is shown as the template writes it (`${AWS::Partition}`, not `<?>`).
    'template-of-parts.yaml': [
      {
        messageId: 'broadSignedIn',
        line: 30,
        column: 17,
        resource: 'AuthRole',
        message:
          'Role `AuthRole` may `dynamodb:Query` on `arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/*` through inline policy `read-tables`: every signed-in user can read all of it, not only their own data. The role is the authenticated role of identity pool `IdentityPool`.',
      },
      {
        messageId: 'broadSignedIn',
        line: 33,
        column: 17,
        resource: 'AuthRole',
        message:
          'Role `AuthRole` may `dynamodb:GetItem` on `arn:aws:dynamodb:${AWS::Region}:${AWS::AccountId}:table/*` through inline policy `read-tables`: every signed-in user can read all of it, not only their own data. The role is the authenticated role of identity pool `IdentityPool`.',
      },
    ],
    // Reports a role no one can obtain today at most low (identity-pool/unused-guest-role is the finding about it):
    // src/analysis/exposure.ts `unobtainable`: still reported (one setting makes it live), but not at the severity of a
    // role users hold. `amr` admits only guest tokens and the pool issues none: the message says the grant reaches
    // no one today and names no signed-in user.
    'unused-guest-role.yaml': [
      {
        messageId: 'broadDormant',
        line: 31,
        column: 17,
        resource: 'UnauthenticatedRole',
        severity: 'low',
        message:
          'Role `UnauthenticatedRole` may `dynamodb:GetItem` on `*` through inline policy `read`: every user who obtains it can read all of it, not only their own data. No user can obtain the role today because identity pool `IdentityPool` does not allow guests.',
        messageExcludes: 'every signed-in user',
      },
    ],
  },
});

describe(`${RULE}: beyond its own findings`, () => {
  it('does not report a statement that role/admin-access reports', () => {
    const report = lintFixture(RULE, 'valid/scoped-reads.yaml');
    expect(seen(report, 'role/admin-access').map((x) => x.line)).toEqual([66, 71]);
  });

  it('does not report reads whose resource types are all optional (translate:TranslateText, polly:SynthesizeSpeech)', () => {
    expect(seen(lintFixture(RULE, 'valid/optional-resource-types.yaml'))).toEqual([
      // Only the pool's own low finding; no role/broad-read.
      {
        ruleId: 'identity-pool/guest-access',
        messageId: expect.any(String),
        severity: 'low',
        file: `test/fixtures/rules/${RULE}/valid/optional-resource-types.yaml`,
        line: 12,
        column: 39,
        resource: 'IdentityPool',
      },
    ]);
  });
});
