import { describe, expect, it } from 'vitest';
import { lintFixture, ruleTester } from '../rule-tester.js';

const RULE = 'identity-pool/guest-access';

ruleTester.run(RULE, {
  valid: 'all',
  invalid: {
    // With `NotAction`, the riskiest grant is every action but those listed; with two guest roles, a note names its role.
    'not-action.yaml': [
      {
        messageId: 'grantExcept',
        line: 6,
        column: 39,
        resource: 'KioskPool',
        message:
          'Identity pool `KioskPool` gives anyone on the internet guest credentials for role `BlueGuestRole` or `GreenGuestRole`, whose riskiest grant is every action except `iam:*` and `organizations:*` on `*`. The grant is in role `GreenGuestRole`. With the basic flow on, guests get its full grants.',
      },
    ],
    // Finds the guest role across stacks: pool by Fn::ImportValue, role and grant in a nested stack.
    'cross-stack': [
      {
        messageId: 'grant',
        file: 'cdk.out/ProdAuth1550ED5A.template.json',
        line: 7,
        column: 39,
        resource: 'IdentityPool',
        cdkPath: 'Prod/Auth/IdentityPool',
        messageIncludes:
          'role `GuestRole`, whose riskiest grant is `s3:PutObject` on `${UploadBucket.Arn}/*`. The same statement allows 1 more action.',
      },
    ],
    // Ranks a whole-service wildcard above reads, through an attached AWS::IAM::Policy (JSON).
    'guests.json': [
      {
        messageId: 'grant',
        line: 5,
        column: 57,
        resource: 'MapPool',
        messageIncludes:
          'whose riskiest grant is `dynamodb:*` on `arn:aws:dynamodb:us-east-1:111122223333:table/Scores`',
      },
    ],
    // The riskiest grant applies to the statement's resources: not `cognito-sync:*` on an API's ARN,
    // nor on a resource that cannot be resolved beside an action of another service.
    'riskiest-applies.yaml': [
      {
        messageId: 'grant',
        line: 13,
        column: 39,
        resource: 'IdentityPool',
        messageIncludes:
          'role `GuestRole`, whose riskiest grant is `execute-api:Invoke` on `arn:${AWS::Partition}:execute-api:${AWS::Region}:${AWS::AccountId}:abc123/*/*/*`.',
      },
      {
        messageId: 'grant',
        line: 17,
        column: 39,
        resource: 'ImportedPool',
        messageIncludes: 'role `ImportedGuestRole`, whose riskiest grant is `execute-api:Invoke` on `<?>`.',
      },
    ],
    // Reports AllowUnauthenticatedIdentities: true at the value, naming the guest role and its riskiest grant.
    'guests.yaml': [
      {
        messageId: 'grant',
        line: 8,
        column: 39,
        resource: 'UploadPool',
        message:
          'Identity pool `UploadPool` gives anyone on the internet guest credentials for role `UploadGuestRole`, whose riskiest grant is `s3:PutObject` on `arn:aws:s3:::media-bucket/*`. The same statement allows 1 more action. In the enhanced flow Cognito narrows guest credentials with its session policy.',
      },
      // An undecided Fn::If: each guest role is named with the condition value that attaches it.
      {
        messageId: 'noGrants',
        line: 44,
        column: 39,
        resource: 'KioskPool',
        message:
          'Identity pool `KioskPool` gives anyone on the internet guest credentials for role `BlueGuestRole`, which has no grants in the linted files (when condition `Blue` is true).',
      },
      {
        messageId: 'noGrants',
        line: 44,
        column: 39,
        resource: 'KioskPool',
        message:
          'Identity pool `KioskPool` gives anyone on the internet guest credentials for role `GreenGuestRole`, which has no grants in the linted files (when condition `Blue` is false).',
      },
      { messageId: 'noRole', line: 84, column: 39, resource: 'EmptyPool' },
    ],
    // A role in the guest slot whose trust refuses guest tokens (amr for signed-in users only, aud of
    // another pool) is not said to give guests credentials.
    'refused.yaml': [
      {
        messageId: 'refused',
        line: 7,
        column: 39,
        resource: 'AppPool',
        message:
          "Identity pool `AppPool` allows guests, but the trust of its unauthenticated role `SignedInOnlyRole` does not admit the pool's guest tokens, so guests get an identity ID and no AWS credentials.",
      },
      {
        messageId: 'refused',
        line: 41,
        column: 39,
        resource: 'KioskPool',
        message:
          "Identity pool `KioskPool` allows guests, but the trust of its unauthenticated role `OtherPoolGuestRole` does not admit the pool's guest tokens, so guests get an identity ID and no AWS credentials.",
      },
    ],
  },
});

describe(`${RULE}: beyond findings`, () => {
  it('records a parameter-driven flag as unresolved', () => {
    expect(lintFixture(RULE, 'valid/no-guests.yaml').notifications.filter((n) => n.ruleId === RULE)).toEqual([
      expect.objectContaining({
        kind: 'unresolved',
        message: 'Identity pool ParameterPool: AllowUnauthenticatedIdentities is not statically known.',
      }),
    ]);
  });

  it('notes, rather than reports, a pool whose attachment has roles that cannot be resolved', () => {
    const report = lintFixture(RULE, 'valid/unreadable-roles.yaml');
    const notes = report.notifications.filter((n) => n.ruleId === RULE);
    expect(notes.map((n) => [n.kind, n.range?.start.line, n.range?.start.column, n.message])).toEqual([
      [
        'unresolved',
        17,
        9,
        'Identity pool IdentityPool allows guests, and which role its attachment `Attachment` gives them could not be resolved.',
      ],
    ]);
  });
});
