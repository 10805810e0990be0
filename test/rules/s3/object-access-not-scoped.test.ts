import { describe, expect, it } from 'vitest';
import { fixtureFiles, lintRuleFixture, seen } from '../helpers.js';

const RULE = 's3/object-access-not-scoped';
const f = (severity: string, file: string, line: number, column: number, resource: string) => ({
  ruleId: RULE,
  messageId: 'unscoped',
  severity,
  file: `test/fixtures/rules/${RULE}/invalid/${file}`,
  line,
  column,
  resource,
});
const messages = (file: string): string[] => lintRuleFixture(RULE, `invalid/${file}`).findings.filter((x) => x.ruleId === RULE).map((x) => x.message);

describe(RULE, () => {
  it('is scaled: whole-bucket writes are critical for guest and public sign-up, high for authenticated, low for group; internal roles are not reported', () => {
    expect(seen(lintRuleFixture(RULE, 'invalid/exposure-scaling.yaml'), RULE)).toEqual([
      f('critical', 'exposure-scaling.yaml', 60, 17, 'GuestRole'),
      f('critical', 'exposure-scaling.yaml', 83, 17, 'NoAudRole'),
      f('critical', 'exposure-scaling.yaml', 108, 17, 'SignUpRole'),
      f('high', 'exposure-scaling.yaml', 133, 17, 'StaffRole'),
      f('low', 'exposure-scaling.yaml', 158, 17, 'AdminsGroupRole'),
    ]);
    const tail = (who: string) => ` may \`s3:PutObject\`, \`s3:GetObject\` on \`\${Media.Arn}/*\` through inline policy \`media\`: every ${who} can read, overwrite and delete every other user's objects.`;
    expect(messages('exposure-scaling.yaml')).toEqual([
      'Role `GuestRole`, the guest role of identity pool `PublicPool`,' + tail('visitor'),
      'Role `NoAudRole`, which anyone can assume by signing in to an identity pool of their own because its trust does not pin `aud`,' + tail('visitor'),
      'Role `SignUpRole`, the authenticated role of identity pool `PublicPool`, open to anyone who signs up to user pool `SignUpUserPool`,' + tail('signed-in user'),
      'Role `StaffRole`, the authenticated role of identity pool `StaffPool`,' + tail('signed-in user'),
      'Role `AdminsGroupRole`, the role of user pool group `AdminsGroup`,' + tail('member of the group'),
    ]);
  });

  it('reports every key pattern that is not per-identity: high for writes, medium for shared-prefix writes and whole-bucket reads', () => {
    expect(seen(lintRuleFixture(RULE, 'invalid/key-patterns.json'), RULE)).toEqual([
      f('high', 'key-patterns.json', 33, 17, 'AuthRole'), // s3:DeleteObject on *
      f('high', 'key-patterns.json', 34, 17, 'AuthRole'), // ${Media.Arn}/*
      f('high', 'key-patterns.json', 35, 17, 'AuthRole'), // media-archive/*/avatar.png
      f('high', 'key-patterns.json', 36, 17, 'AuthRole'), // NotResource
      f('medium', 'key-patterns.json', 37, 17, 'AuthRole'), // uploads/* written by everyone
      f('medium', 'key-patterns.json', 38, 17, 'AuthRole'), // media-archive/* read-only
      // ReadPublic (line 39) is s3/shared-prefix-access's; OwnFiles (line 40) is per-identity in all three forms.
    ]);
    const [, , leading, notResource, shared, read] = messages('key-patterns.json');
    expect(leading).toContain('on `arn:aws:s3:::media-archive/*/avatar.png`');
    expect(notResource).toContain('on `*`');
    expect(shared).toContain("every signed-in user writes to the same shared keys and can overwrite the others' files.");
    expect(read).toContain("every signed-in user can read every other user's objects.");
  });

  it('does not report statements narrowed by object-tag or principal-tag conditions, and says when it ignored a condition', () => {
    expect(seen(lintRuleFixture(RULE, 'invalid/conditions.yaml'), RULE)).toEqual([f('high', 'conditions.yaml', 56, 17, 'AuthRole')]);
    expect(messages('conditions.yaml')[0]).toContain("(the statement's condition on `aws:SourceIp` was not taken into account)");
  });

  it('subtracts an unconditional Deny (the read is left, medium) but not a conditional one', () => {
    expect(seen(lintRuleFixture(RULE, 'invalid/deny.json'), RULE)).toEqual([f('medium', 'deny.json', 32, 17, 'AuthRole'), f('high', 'deny.json', 34, 17, 'AuthRole')]);
    const [gallery, archive] = messages('deny.json');
    expect(gallery).toContain('may `s3:GetObject` on');
    expect(gallery).not.toContain('s3:PutObject');
    expect(archive).toContain('may `s3:DeleteObject`, `s3:GetObject` on');
  });

  // BUG: src/iam/s3-resources.ts keyScope() takes the text before the first wildcard as a fixed
  // prefix even when it holds a policy variable, so `private/${cognito-identity.amazonaws.com:sub}-x/*` is a
  // "fixed-prefix": the write is reported medium as "the same shared keys" and the read goes to
  // s3/shared-prefix-access. RULES.md: it is not a per-identity key pattern (the variable does not fill
  // its own segment) and not a fixed prefix, so writes are high and reads medium, here.
  it('reports ${…:sub} sharing its path segment as unscoped, not as a shared prefix', () => {
    expect(seen(lintRuleFixture(RULE, 'invalid/sub-not-alone.yaml'), RULE)).toEqual([
      f('high', 'sub-not-alone.yaml', 33, 17, 'AuthRole'),
      f('medium', 'sub-not-alone.yaml', 36, 17, 'AuthRole'),
    ]);
  });

  // RULES.md "Condition keys that are never present": s3:prefix is carried only by s3:ListBucket and
  // s3:ListBucketVersions (Service Authorization Reference), and StringLike is false for an absent key.
  it('does not judge object actions a never-present condition key makes impossible; the same actions under …IfExists are reported', () => {
    const report = lintRuleFixture(RULE, 'invalid/never-present-keys.yaml');
    expect(seen(report, RULE)).toEqual([f('critical', 'never-present-keys.yaml', 48, 17, 'GuestRole')]);
    // The PrefixOnObjects statement (line 35) can never allow s3:GetObject or s3:PutObject: no guest write
    // either. Its s3:ListBucket is still judged (an s3:prefix of `*` lists every key).
    expect(seen(report).filter((x) => x.ruleId === 'role/guest-write-access' || x.ruleId === 's3/list-not-scoped')).toEqual([
      { ruleId: 's3/list-not-scoped', messageId: 'openPrefix', severity: 'high', file: `test/fixtures/rules/${RULE}/invalid/never-present-keys.yaml`, line: 47, column: 23, resource: 'GuestRole' },
      { ruleId: 'role/guest-write-access', messageId: 'write', severity: 'high', file: `test/fixtures/rules/${RULE}/invalid/never-present-keys.yaml`, line: 48, column: 17, resource: 'GuestRole' },
    ]);
  });

  it('reports raw account details', () => {
    expect(seen(lintRuleFixture(RULE, 'invalid/authorization-details.json'), RULE)).toEqual([
      f('high', 'authorization-details.json', 28, 15, 'Cognito_PhotosAuth_Role'),
    ]);
  });

  it.each(fixtureFiles(RULE, 'valid'))('reports nothing on valid/%s', (file) => {
    expect(seen(lintRuleFixture(RULE, `valid/${file}`), RULE)).toEqual([]);
  });

  it('reads `arn:aws:s3:::*` as every object of every bucket (IAM `*` crosses `/`)', () => {
    const file = `test/fixtures/rules/${RULE}/invalid/bucket-pattern.yaml`;
    expect(seen(lintRuleFixture(RULE, 'invalid/bucket-pattern.yaml'), RULE)).toEqual([
      { ruleId: RULE, messageId: 'unscoped', severity: 'medium', file, line: 24, column: 17, resource: 'AuthRole' },
    ]);
  });

  it('covers every invalid fixture', () => {
    expect(fixtureFiles(RULE, 'invalid')).toEqual([
      'authorization-details.json',
      'bucket-pattern.yaml',
      'conditions.yaml',
      'deny.json',
      'exposure-scaling.yaml',
      'key-patterns.json',
      'never-present-keys.yaml',
      'sub-not-alone.yaml',
    ]);
  });
});
