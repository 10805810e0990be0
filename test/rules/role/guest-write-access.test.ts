import { describe, expect, it } from 'vitest';
import { seen } from '../helpers.js';
import { lintFixture, ruleTester } from '../rule-tester.js';

const RULE = 'role/guest-write-access';

ruleTester.run(RULE, {
  valid: 'all',
  invalid: {
    // A `Deny` with `NotAction` removes only what its list does not name (valid/denied-except.yaml: it names
    // only `s3:GetObject`, so the write is denied).
    'denied-except-listed.yaml': [
      {
        messageId: 'write',
        line: 25,
        column: 17,
        resource: 'GuestRole',
        severity: 'high',
        message:
          'Role `GuestRole` may `s3:PutObject` through inline policy `guest`: anyone on the internet can do this without signing in. The role is the guest role of identity pool `Pool`.',
      },
    ],
    // Reports a guest role of raw account details (no aud, amr admits guests).
    'authorization-details.json': [
      {
        messageId: 'write',
        line: 26,
        column: 15,
        resource: 'Cognito_GuestbookUnauth_Role',
        messageIncludes: 'may `dynamodb:PutItem` through inline policy `guestbook-entries`',
      },
    ],
    // rules/role/guest-write-access.md: one Lex bot alias or version (the Lex web UI), telemetry on one app
    // monitor or Pinpoint app, and telemetry actions with no resource type are info; `…:bot-alias/*`,
    // `…:bot-alias/<bot>/*`, `…:appmonitor/*`, `*` and an ARN with no fixed parts are not specific.
    // Reports the guest uses AWS documents as info when the ARN names one resource by its fixed parts.
    'documented-guest-uses.yaml': [
      // bot-alias/${BotId}/${BotAliasId}
      {
        messageId: 'lexBot',
        line: 38,
        column: 17,
        resource: 'GuestRole',
        severity: 'info',
        message:
          'Role `GuestRole` may `lex:RecognizeText`, `lex:RecognizeUtterance` on one Amazon Lex bot alias or version through inline policy `guest`: the Lex web UI pattern, a guest talking to one bot. The role is the guest role of identity pool `IdentityPool`.',
      },
      { messageId: 'lexBot', line: 43, column: 17, resource: 'GuestRole', severity: 'info' }, // Lex V1 bot:OrderFlowers:prod
      { messageId: 'write', line: 48, column: 17, resource: 'GuestRole' }, // bot-alias/*
      { messageId: 'write', line: 53, column: 17, resource: 'GuestRole' }, // bot-alias/${BotId}/*
      { messageId: 'write', line: 58, column: 17, resource: 'GuestRole' }, // lex:StartConversation on *
      { messageId: 'write', line: 63, column: 17, resource: 'GuestRole' }, // appmonitor/*
      // personalize:PutEvents on *
      {
        messageId: 'telemetryAnyResource',
        line: 68,
        column: 17,
        resource: 'GuestRole',
        severity: 'info',
        message:
          'Role `GuestRole` may `personalize:PutEvents` through inline policy `guest`: telemetry ingestion AWS documents for guests, by actions that support no resource type (IAM grants them only on `*`). The role is the guest role of identity pool `IdentityPool`.',
      },
      { messageId: 'telemetry', line: 73, column: 17, resource: 'GuestRole', severity: 'info' }, // apps/${PinpointAppId}/*
      { messageId: 'write', line: 78, column: 17, resource: 'GuestRole' }, // lex beside s3:PutObject
      { messageId: 'documented', line: 85, column: 17, resource: 'GuestRole', severity: 'info' }, // one app monitor and one bot alias
      { messageId: 'write', line: 92, column: 17, resource: 'GuestRole' }, // !Ref BotAliasArn: no fixed parts
      // appsync:GraphQL on types other than Mutation: public reads of one API, told apart but high (a Write action).
      {
        messageId: 'graphqlRead',
        line: 97,
        column: 17,
        resource: 'GuestRole',
        message:
          'Role `GuestRole` may `appsync:GraphQL` on queries, subscriptions and types of a GraphQL API, no mutation, through inline policy `guest`: anyone on the internet can call them without signing in (IAM counts `appsync:GraphQL` as a write whatever the field). The role is the guest role of identity pool `IdentityPool`.',
      },
      // A mutation beside the reads: high, naming the mutation.
      {
        messageId: 'graphqlWrite',
        line: 105,
        column: 17,
        resource: 'GuestRole',
        message:
          'Role `GuestRole` may `appsync:GraphQL` on mutation fields `createPost` of a GraphQL API through inline policy `guest`: anyone on the internet can change its data without signing in. The role is the guest role of identity pool `IdentityPool`.',
      },
      // …/types/* and …/types/${BotId}/*: mutations, which ones not known.
      {
        messageId: 'graphqlWriteAny',
        line: 112,
        column: 17,
        resource: 'GuestRole',
        message:
          'Role `GuestRole` may `appsync:GraphQL` on mutations of a GraphQL API through inline policy `guest`: anyone on the internet can change its data without signing in. The role is the guest role of identity pool `IdentityPool`.',
      },
    ],
    // Recognises the three kinds of guest role and reports a shared policy once per guest role; each message
    // says why the role is a guest role (src/analysis/exposure.ts words the reason).
    'guest-kinds.json': [
      {
        messageId: 'write',
        line: 47,
        column: 29,
        resource: 'NoAmrRole',
        message:
          'Role `NoAmrRole` may `sqs:SendMessage` through inline policy `orders`: anyone on the internet can do this without signing in. Guests of identity pool `KioskPool` can pick the role through the basic (classic) flow because its trust has no `amr` condition.',
      },
      // FeedbackPolicy is attached to SlotGuestRole, NoAudGuestRole and NoAudSignedInRole; the last is no guest role.
      {
        messageId: 'write',
        line: 93,
        column: 13,
        resource: 'FeedbackPolicy',
        message:
          "Role `NoAudGuestRole` may `dynamodb:PutItem` through policy `feedback`: anyone on the internet can do this without signing in. Any identity pool's guests can assume the role because its trust does not pin `aud`.",
      },
      {
        messageId: 'write',
        line: 93,
        column: 13,
        resource: 'FeedbackPolicy',
        message:
          'Role `SlotGuestRole` may `dynamodb:PutItem` through policy `feedback`: anyone on the internet can do this without signing in. The role is the guest role of identity pool `KioskPool`.',
      },
    ],
    // Applies the guest scope-down: writes outside it are one step lower and dormant, S3 writes are not
    // lowered, a mixed statement takes the worst.
    'guest-scope-down.yaml': [
      // AWSIoTDataAccess, at the ManagedPolicyArns entry
      {
        messageId: 'write',
        line: 28,
        column: 11,
        resource: 'GuestRole',
        messageIncludes: 'through AWS managed policy `AWSIoTDataAccess`',
        messageExcludes: 'dormant',
      },
      // events:PutEvents, ssm:PutParameter
      {
        messageId: 'write',
        line: 34,
        column: 17,
        resource: 'GuestRole',
        severity: 'medium',
        messageIncludes: [
          'may `events:PutEvents`, `ssm:PutParameter`',
          'The grant is dormant until the basic (classic) flow is enabled or the scope-down changes.',
        ],
      },
      { messageId: 'write', line: 40, column: 17, resource: 'GuestRole', messageExcludes: 'dormant' }, // s3:PutObject
      { messageId: 'write', line: 44, column: 17, resource: 'GuestRole', messageExcludes: 'dormant' }, // events:PutEvents + s3:DeleteObject
    ],
    // Reports writes whose resources can be of the actions' resource types: wildcards, the type's template,
    // a reference, unknown parts, mixed resources, typeless actions.
    'resource-types.yaml': [
      { messageId: 'write', line: 48, column: 17, resource: 'GuestRole' }, // arn:aws:geo:*:*:*
      { messageId: 'write', line: 52, column: 17, resource: 'GuestRole' }, // …:geofence-collection/*
      { messageId: 'write', line: 56, column: 17, resource: 'GuestRole' }, // !GetAtt Zones.Arn
      { messageId: 'write', line: 60, column: 17, resource: 'GuestRole' }, // …:${ResourcePath}
      // tracker and collection
      {
        messageId: 'write',
        line: 64,
        column: 17,
        resource: 'GuestRole',
        messageIncludes: 'may `geo:BatchPutGeofence`, `geo:BatchUpdateDevicePosition` through inline policy `guest`',
      },
      { messageId: 'write', line: 73, column: 17, resource: 'GuestRole' }, // sns:CreatePlatformEndpoint has no resource type
      { messageId: 'write', line: 77, column: 17, resource: 'GuestRole' }, // arn:aws:geo:*:*:tracker/Assets
    ],
    // rules/role/guest-write-access.md: telemetry ingestion on a specific resource is info; a template of parts is judged by its
    // fixed parts (`appmonitor/${ApplicationName}` names one app monitor).
    'telemetry-template-of-parts.yaml': [
      { messageId: 'telemetry', line: 34, column: 17, resource: 'RumGuestRole', severity: 'info' },
    ],
    // Reports every Write or Tagging statement of a guest role, even under the identity prefix;
    // execute-api:Invoke is not its concern; telemetry on a specific resource is info. Lists the write
    // actions only, and says what a guest can do.
    // An action named as such on a resource that cannot be resolved is taken to apply; the wildcard beside it is not listed.
    'unresolved-resource-named.yaml': [
      {
        messageId: 'write',
        line: 33,
        column: 17,
        resource: 'GuestRole',
        message:
          'Role `GuestRole` may `s3:PutObject` through inline policy `uploads`: anyone on the internet can do this without signing in. The role is the guest role of identity pool `IdentityPool`.',
      },
    ],
    'writes.yaml': [
      // s3:PutObject on private/${sub}/*
      {
        messageId: 'write',
        line: 34,
        column: 17,
        resource: 'GuestRole',
        message:
          'Role `GuestRole` may `s3:PutObject` through inline policy `guest`: anyone on the internet can do this without signing in. The role is the guest role of identity pool `IdentityPool`.',
      },
      { messageId: 'write', line: 40, column: 17, resource: 'GuestRole', messageIncludes: 'may `s3:PutObjectTagging`' }, // s3:PutObjectTagging
      // dynamodb:PutItem, UpdateItem
      {
        messageId: 'write',
        line: 44,
        column: 17,
        resource: 'GuestRole',
        messageIncludes: 'may `dynamodb:PutItem`, `dynamodb:UpdateItem` through',
      },
      // ApiOnly (execute-api:Invoke, line 50) is not reported.
      // sns:Publish beside execute-api:Invoke
      {
        messageId: 'write',
        line: 55,
        column: 17,
        resource: 'GuestRole',
        messageIncludes: 'may `sns:Publish` through',
        messageExcludes: 'execute-api',
      },
      // Pinpoint on one app
      {
        messageId: 'telemetry',
        line: 63,
        column: 17,
        resource: 'GuestRole',
        severity: 'info',
        message:
          'Role `GuestRole` may `mobiletargeting:PutEvents`, `mobiletargeting:UpdateEndpoint` on a specific resource through inline policy `guest`: telemetry ingestion AWS documents for guests. The role is the guest role of identity pool `IdentityPool`.',
      },
      // Pinpoint on *
      {
        messageId: 'write',
        line: 69,
        column: 17,
        resource: 'GuestRole',
        messageIncludes: 'may `mobiletargeting:PutEvents` through',
      },
    ],
  },
});

describe(`${RULE}: beyond its own findings`, () => {
  it("does not report writes none of the statement's resources can be a resource of (geofence writes on a tracker); s3/action-resource-mismatch still reports object writes on a bucket", () => {
    const report = lintFixture(RULE, 'valid/inapplicable-resources.json');
    expect(seen(report, 'role/admin-access')).toEqual([]);
    expect(seen(report, 's3/action-resource-mismatch').map((x) => [x.line, x.column, x.resource])).toEqual([
      [106, 31, 'GuestRole'],
    ]);
  });

  it('does not report a statement that role/admin-access reports', () => {
    const report = lintFixture(RULE, 'valid/not-guest-writes.yaml');
    expect(seen(report, 'role/admin-access').map((x) => x.line)).toEqual([51]);
  });

  it('stays silent on writes only a wildcard names on a resource that cannot be resolved, and notes it (docs/semantics.md#resolved-value)', () => {
    const report = lintFixture(RULE, 'valid/unresolved-resource.yaml');
    expect(seen(report, 'role/admin-access')).toEqual([]);
    const notes = report.notifications.filter((n) => n.kind === 'unresolved' && n.ruleId === RULE);
    expect(notes.map((n) => [n.range?.start.line, n.range?.start.column, n.message])).toEqual([
      [
        34,
        17,
        'Guest role `GuestRole` may `cognito-sync:*` on a resource that could not be resolved: whether that includes a write depends on what the resource is.',
      ],
    ]);
  });
});
