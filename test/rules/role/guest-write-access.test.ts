import { describe, expect, it } from 'vitest';
import { fixtureFiles, lintRuleFixture, seen } from '../helpers.js';

const RULE = 'role/guest-write-access';
const f = (messageId: string, severity: string, file: string, line: number, column: number, resource: string) => ({
  ruleId: RULE,
  messageId,
  severity,
  file: `test/fixtures/rules/${RULE}/invalid/${file}`,
  line,
  column,
  resource,
});
const messages = (file: string): string[] => lintRuleFixture(RULE, `invalid/${file}`).findings.filter((x) => x.ruleId === RULE).map((x) => x.message);

describe(RULE, () => {
  it('reports every Write or Tagging statement of a guest role, even under the identity prefix; execute-api:Invoke is not its concern; telemetry on a specific resource is info', () => {
    expect(seen(lintRuleFixture(RULE, 'invalid/writes.yaml'), RULE)).toEqual([
      f('write', 'high', 'writes.yaml', 34, 17, 'GuestRole'), // s3:PutObject on private/${sub}/*
      f('write', 'high', 'writes.yaml', 40, 17, 'GuestRole'), // s3:PutObjectTagging
      f('write', 'high', 'writes.yaml', 44, 17, 'GuestRole'), // dynamodb:PutItem, UpdateItem
      // ApiOnly (execute-api:Invoke, line 50) is not reported.
      f('write', 'high', 'writes.yaml', 55, 17, 'GuestRole'), // sns:Publish beside execute-api:Invoke
      f('telemetry', 'info', 'writes.yaml', 63, 17, 'GuestRole'), // Pinpoint on one app
      f('write', 'high', 'writes.yaml', 69, 17, 'GuestRole'), // Pinpoint on *
    ]);
  });

  it('lists the write actions only, and says what a guest can do', () => {
    const [own, tagging, scores, topic, telemetry, everywhere] = messages('writes.yaml');
    expect(own).toBe(
      'Role `GuestRole`, the guest role of identity pool `IdentityPool`, may `s3:PutObject` through inline policy `guest`: anyone on the internet can do this without signing in.',
    );
    expect(tagging).toContain('may `s3:PutObjectTagging`');
    expect(scores).toContain('may `dynamodb:PutItem`, `dynamodb:UpdateItem` through');
    expect(topic).toContain('may `sns:Publish` through');
    expect(topic).not.toContain('execute-api');
    expect(telemetry).toBe(
      'Role `GuestRole`, the guest role of identity pool `IdentityPool`, may `mobiletargeting:PutEvents`, `mobiletargeting:UpdateEndpoint` on a specific resource through inline policy `guest`: telemetry ingestion AWS documents for guests.',
    );
    expect(everywhere).toContain('may `mobiletargeting:PutEvents` through');
  });

  it('recognises the three kinds of guest role and reports a shared policy once per guest role', () => {
    expect(seen(lintRuleFixture(RULE, 'invalid/guest-kinds.json'), RULE)).toEqual([
      f('write', 'high', 'guest-kinds.json', 47, 29, 'NoAmrRole'),
      // FeedbackPolicy is attached to SlotGuestRole, NoAudGuestRole and NoAudSignedInRole; the last is no guest role.
      f('write', 'high', 'guest-kinds.json', 93, 13, 'FeedbackPolicy'),
      f('write', 'high', 'guest-kinds.json', 93, 13, 'FeedbackPolicy'),
    ]);
    const [noAmr, noAud, slot] = messages('guest-kinds.json');
    // Each message says why the role is a guest role (src/analysis/exposure.ts words the reason).
    expect(noAmr).toBe(
      'Role `NoAmrRole`, which guests of identity pool `KioskPool` can pick through the basic (classic) flow because its trust has no `amr` condition, may `sqs:SendMessage` through inline policy `orders`: anyone on the internet can do this without signing in.',
    );
    expect(noAud).toBe(
      "Role `NoAudGuestRole`, which any identity pool's guests can assume because its trust does not pin `aud`, may `dynamodb:PutItem` through policy `feedback`: anyone on the internet can do this without signing in.",
    );
    expect(slot).toBe(
      'Role `SlotGuestRole`, the guest role of identity pool `KioskPool`, may `dynamodb:PutItem` through policy `feedback`: anyone on the internet can do this without signing in.',
    );
  });

  it('applies the guest scope-down: writes outside it are one step lower and dormant, S3 writes are not lowered, a mixed statement takes the worst', () => {
    expect(seen(lintRuleFixture(RULE, 'invalid/guest-scope-down.yaml'), RULE)).toEqual([
      f('write', 'high', 'guest-scope-down.yaml', 28, 11, 'GuestRole'), // AWSIoTDataAccess, at the ManagedPolicyArns entry
      f('write', 'medium', 'guest-scope-down.yaml', 34, 17, 'GuestRole'), // events:PutEvents, ssm:PutParameter
      f('write', 'high', 'guest-scope-down.yaml', 40, 17, 'GuestRole'), // s3:PutObject
      f('write', 'high', 'guest-scope-down.yaml', 44, 17, 'GuestRole'), // events:PutEvents + s3:DeleteObject
    ]);
    const [iot, events, drafts, mixed] = messages('guest-scope-down.yaml');
    expect(iot).toContain('through AWS managed policy `AWSIoTDataAccess`');
    expect(iot).not.toContain('dormant');
    expect(events).toContain('may `events:PutEvents`, `ssm:PutParameter`');
    expect(events).toContain('The grant is dormant until the basic (classic) flow is enabled or the scope-down changes.');
    expect(drafts).not.toContain('dormant');
    expect(mixed).not.toContain('dormant');
  });

  // RULES.md: telemetry ingestion on a specific resource is info; a template of parts is judged by its
  // fixed parts (`appmonitor/${ApplicationName}` names one app monitor).
  it('judges a telemetry resource built with Fn::Sub by its fixed parts', () => {
    expect(seen(lintRuleFixture(RULE, 'invalid/telemetry-template-of-parts.yaml'), RULE)).toEqual([
      f('telemetry', 'info', 'telemetry-template-of-parts.yaml', 34, 17, 'RumGuestRole'),
    ]);
  });

  // RULES.md role/guest-write-access: one Lex bot alias or version (the Lex web UI), telemetry on one app
  // monitor or Pinpoint app, and telemetry actions with no resource type are info; `…:bot-alias/*`,
  // `…:bot-alias/<bot>/*`, `…:appmonitor/*`, `*` and an ARN with no fixed parts are not specific.
  it('reports the guest uses AWS documents as info when the ARN names one resource by its fixed parts', () => {
    expect(seen(lintRuleFixture(RULE, 'invalid/documented-guest-uses.yaml'), RULE)).toEqual([
      f('lexBot', 'info', 'documented-guest-uses.yaml', 38, 17, 'GuestRole'), // bot-alias/${BotId}/${BotAliasId}
      f('lexBot', 'info', 'documented-guest-uses.yaml', 43, 17, 'GuestRole'), // Lex V1 bot:OrderFlowers:prod
      f('write', 'high', 'documented-guest-uses.yaml', 48, 17, 'GuestRole'), // bot-alias/*
      f('write', 'high', 'documented-guest-uses.yaml', 53, 17, 'GuestRole'), // bot-alias/${BotId}/*
      f('write', 'high', 'documented-guest-uses.yaml', 58, 17, 'GuestRole'), // lex:StartConversation on *
      f('write', 'high', 'documented-guest-uses.yaml', 63, 17, 'GuestRole'), // appmonitor/*
      f('telemetryAnyResource', 'info', 'documented-guest-uses.yaml', 68, 17, 'GuestRole'), // personalize:PutEvents on *
      f('telemetry', 'info', 'documented-guest-uses.yaml', 73, 17, 'GuestRole'), // apps/${PinpointAppId}/*
      f('write', 'high', 'documented-guest-uses.yaml', 78, 17, 'GuestRole'), // lex beside s3:PutObject
      f('documented', 'info', 'documented-guest-uses.yaml', 85, 17, 'GuestRole'), // one app monitor and one bot alias
      f('write', 'high', 'documented-guest-uses.yaml', 92, 17, 'GuestRole'), // !Ref BotAliasArn: no fixed parts
    ]);
    const all = messages('documented-guest-uses.yaml');
    expect(all[0]).toBe(
      'Role `GuestRole`, the guest role of identity pool `IdentityPool`, may `lex:RecognizeText`, `lex:RecognizeUtterance` on one Amazon Lex bot alias or version through inline policy `guest`: the Lex web UI pattern, a guest talking to one bot.',
    );
    expect(all[6]).toBe(
      'Role `GuestRole`, the guest role of identity pool `IdentityPool`, may `personalize:PutEvents` through inline policy `guest`: telemetry ingestion AWS documents for guests, by actions that support no resource type (IAM grants them only on `*`).',
    );
  });

  it('reports a guest role of raw account details (no aud, amr admits guests)', () => {
    expect(seen(lintRuleFixture(RULE, 'invalid/authorization-details.json'), RULE)).toEqual([
      f('write', 'high', 'authorization-details.json', 26, 15, 'Cognito_GuestbookUnauth_Role'),
    ]);
    expect(messages('authorization-details.json')[0]).toContain('may `dynamodb:PutItem` through inline policy `guestbook-entries`');
  });

  it('reports writes whose resources can be of the actions\' resource types: wildcards, the type\'s template, a reference, unknown parts, mixed resources, typeless actions', () => {
    expect(seen(lintRuleFixture(RULE, 'invalid/resource-types.yaml'), RULE)).toEqual([
      f('write', 'high', 'resource-types.yaml', 48, 17, 'GuestRole'), // arn:aws:geo:*:*:*
      f('write', 'high', 'resource-types.yaml', 52, 17, 'GuestRole'), // …:geofence-collection/*
      f('write', 'high', 'resource-types.yaml', 56, 17, 'GuestRole'), // !GetAtt Zones.Arn
      f('write', 'high', 'resource-types.yaml', 60, 17, 'GuestRole'), // …:${ResourcePath}
      f('write', 'high', 'resource-types.yaml', 64, 17, 'GuestRole'), // tracker and collection
      f('write', 'high', 'resource-types.yaml', 73, 17, 'GuestRole'), // sns:CreatePlatformEndpoint has no resource type
      f('write', 'high', 'resource-types.yaml', 77, 17, 'GuestRole'), // arn:aws:geo:*:*:tracker/Assets
    ]);
    expect(messages('resource-types.yaml')[4]).toContain('may `geo:BatchPutGeofence`, `geo:BatchUpdateDevicePosition` through inline policy `guest`');
  });

  it('does not report writes none of the statement\'s resources can be a resource of (geofence writes on a tracker); s3/action-resource-mismatch still reports object writes on a bucket', () => {
    const report = lintRuleFixture(RULE, 'valid/inapplicable-resources.json');
    expect(seen(report, RULE)).toEqual([]);
    expect(seen(report, 'role/admin-access')).toEqual([]);
    expect(seen(report, 's3/action-resource-mismatch').map((x) => [x.line, x.column, x.resource])).toEqual([[106, 31, 'GuestRole']]);
  });

  it('does not report a statement that role/admin-access reports', () => {
    const report = lintRuleFixture(RULE, 'valid/not-guest-writes.yaml');
    expect(seen(report, 'role/admin-access').map((x) => x.line)).toEqual([51]);
    expect(seen(report, RULE)).toEqual([]);
  });

  it.each(fixtureFiles(RULE, 'valid'))('reports nothing on valid/%s', (file) => {
    expect(seen(lintRuleFixture(RULE, `valid/${file}`), RULE)).toEqual([]);
  });

  it('covers every invalid fixture', () => {
    expect(fixtureFiles(RULE, 'invalid')).toEqual([
      'authorization-details.json',
      'documented-guest-uses.yaml',
      'guest-kinds.json',
      'guest-scope-down.yaml',
      'resource-types.yaml',
      'telemetry-template-of-parts.yaml',
      'writes.yaml',
    ]);
  });
});
