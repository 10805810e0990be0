import { describe, expect, it } from 'vitest';
import { fixtureFiles, lintRuleFixture, seen } from '../helpers.js';

const RULE = 's3/upload-no-expiration';
const f = (messageId: string, file: string, line: number, column: number, resource: string) => ({
  ruleId: RULE,
  messageId,
  severity: 'low',
  file: `test/fixtures/rules/${RULE}/invalid/${file}`,
  line,
  column,
  resource,
});
const messages = (file: string): string[] => lintRuleFixture(RULE, `invalid/${file}`).findings.filter((x) => x.ruleId === RULE).map((x) => x.message);

describe(RULE, () => {
  it('reports buckets guests write with no enabled rule expiring the written prefix: at Properties without lifecycle rules, else at LifecycleConfiguration', () => {
    expect(seen(lintRuleFixture(RULE, 'invalid/guest-writes.yaml'), RULE)).toEqual([
      f('guest', 'guest-writes.yaml', 10, 7, 'GuestUploads'), // no LifecycleConfiguration
      f('guest', 'guest-writes.yaml', 18, 9, 'Drops'), // Status: Disabled
      f('guest', 'guest-writes.yaml', 26, 9, 'Inbox'), // expires uploads/, guests write inbox/
      f('guest', 'guest-writes.yaml', 37, 9, 'Versioned'), // only noncurrent versions and multipart uploads
      // Expiring: its enabled rule for guest/ covers guest/${sub}/.
    ]);
    const [own, disabled, inbox] = messages('guest-writes.yaml');
    expect(own).toBe(
      'Bucket `GuestUploads` can be written under `private/` by role `GuestRole`, the guest role of identity pool `IdentityPool`, and no enabled lifecycle rule expires those objects: anonymous uploads pile up for ever (and are billed).',
    );
    expect(disabled).toContain('Bucket `Drops` can be written by role `GuestRole`, the guest role of identity pool `IdentityPool`, and no enabled');
    expect(inbox).toContain('under `inbox/`');
  });

  it('reports the temporary prefixes signed-in users write that no enabled rule expires (not tmp/, which expires, nor private/)', () => {
    const found = seen(lintRuleFixture(RULE, 'invalid/temporary-prefixes.json'), RULE);
    expect([...new Set(found.map((x) => JSON.stringify(x)))]).toEqual([JSON.stringify(f('temporary', 'temporary-prefixes.json', 8, 35, 'Workspace'))]);
    const text = messages('temporary-prefixes.json').join('\n');
    expect(text).toContain('Bucket `Workspace` receives uploads under ');
    expect(text).toContain('`Incoming/`');
    expect(text).toContain('`uploads/`');
    expect(text).toContain('from role `AuthRole`, and no enabled lifecycle rule expires them: temporary uploads never clean themselves up.');
    expect(messages('temporary-prefixes.json').join('\n')).not.toMatch(/`tmp\/`|`private\/`/);
  });

  // BUG (same as overlapping-writes below): two findings at the same LifecycleConfiguration, one per
  // prefix. RULES.md granularity: one finding per (rule, resource, offending property).
  it('reports the temporary prefixes of one bucket in one finding', () => {
    expect(seen(lintRuleFixture(RULE, 'invalid/temporary-prefixes.json'), RULE)).toEqual([f('temporary', 'temporary-prefixes.json', 8, 35, 'Workspace')]);
  });

  // BUG: src/dialects/cloudformation/buckets.ts reads a lifecycle rule's scope from `Prefix` only and ignores `TagFilters`
  // (and `ObjectSizeGreaterThan`/`ObjectSizeLessThan`), so a tag-filtered rule counts as expiring the whole
  // bucket. AWS (aws-properties-s3-bucket-rule.html, object-lifecycle-mgmt.html): a rule with a tag filter
  // applies only to objects carrying the tags; guest uploads without them never expire.
  it('does not count a tag-filtered rule as expiring the uploads', () => {
    expect(seen(lintRuleFixture(RULE, 'invalid/tag-filter.yaml'), RULE)).toEqual([f('guest', 'tag-filter.yaml', 10, 9, 'GuestUploads')]);
  });

  // BUG: rules/s3/upload-no-expiration.ts de-duplicates on `${bucket.name}\0${prefix}\0${guest}`, and
  // bucket.name is the logical ID, so the second of two stacks with the same logical IDs (CDK stages,
  // nested stacks, a directory of environments) is never reported. RULES.md: one finding per bucket.
  it('reports each stack of a run, even when stacks share logical IDs', () => {
    expect(seen(lintRuleFixture(RULE, 'invalid/two-stages'), RULE)).toEqual([
      f('guest', 'two-stages/dev.yaml', 9, 7, 'UploadBucket'),
      f('guest', 'two-stages/prod.yaml', 9, 7, 'UploadBucket'),
    ]);
  });

  // BUG: rules/s3/upload-no-expiration.ts keys findings on (bucket, prefix, guest), so one bucket gets
  // several findings at the same LifecycleConfiguration/Properties position — here the same guest role
  // writing `Drops/*` and `Drops/uploads/*`. RULES.md granularity: one finding per (rule, resource,
  // offending property); the uncovered prefixes belong in that one message.
  it('reports a bucket once however many of its prefixes are written', () => {
    expect(seen(lintRuleFixture(RULE, 'invalid/overlapping-writes.yaml'), RULE)).toEqual([f('guest', 'overlapping-writes.yaml', 7, 5, 'Drops')]);
  });

  it.each(fixtureFiles(RULE, 'valid').filter((file) => file !== 'unknown-status.yaml'))('reports nothing on valid/%s', (file) => {
    expect(seen(lintRuleFixture(RULE, `valid/${file}`), RULE)).toEqual([]);
  });

  // BUG: src/dialects/cloudformation/buckets.ts turns an unresolved `Status` into enabled: 'unknown', and expires() in
  // rules/s3/upload-no-expiration.ts treats it like `Disabled`. RULES.md "Resolved value": an unknown value
  // never satisfies a firing condition; the rule must stay silent and record an unresolved notification.
  it('reports nothing on valid/unknown-status.yaml (Status is a parameter without default)', () => {
    expect(seen(lintRuleFixture(RULE, 'valid/unknown-status.yaml'), RULE)).toEqual([]);
  });

  it('covers every fixture', () => {
    expect(fixtureFiles(RULE, 'invalid')).toEqual(['guest-writes.yaml', 'overlapping-writes.yaml', 'tag-filter.yaml', 'temporary-prefixes.json', 'two-stages']);
    expect(fixtureFiles(RULE, 'valid')).toEqual(['expiring.yaml', 'unknown-status.yaml']);
  });
});
