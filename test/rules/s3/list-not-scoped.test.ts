import { describe, expect, it } from 'vitest';
import { fixtureFiles, lintRuleFixture, seen } from '../helpers.js';

const RULE = 's3/list-not-scoped';
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
  it('reports no s3:prefix condition at the statement, a * or empty StringLike prefix at the condition, and a wildcard under StringEquals as ineffective (low)', () => {
    expect(seen(lintRuleFixture(RULE, 'invalid/prefixes.yaml'), RULE)).toEqual([
      f('noPrefix', 'medium', 'prefixes.yaml', 33, 17, 'AuthRole'),
      f('noPrefix', 'medium', 'prefixes.yaml', 37, 17, 'AuthRole'), // s3:ListBucketVersions on *
      f('openPrefix', 'medium', 'prefixes.yaml', 47, 32, 'AuthRole'), // '*'
      f('openPrefix', 'medium', 'prefixes.yaml', 55, 23, 'AuthRole'), // '' beside the user's own prefix
      f('ineffective', 'low', 'prefixes.yaml', 63, 32, 'AuthRole'), // StringEquals private/${sub}/*
      // OwnPrefix (line 64): the user's prefix under StringLike, and public/* (s3/shared-prefix-access's).
    ]);
  });

  it('says what each case means', () => {
    const [noCondition, versions, star, , literal] = messages('prefixes.yaml');
    expect(noCondition).toBe(
      "Role `AuthRole`, the authenticated role of identity pool `IdentityPool`, may `s3:ListBucket` on bucket `${Storage}` with no `s3:prefix` condition: every signed-in user lists every key in the bucket, including other users' file names.",
    );
    expect(versions).toContain('may `s3:ListBucketVersions` on `*` with no `s3:prefix` condition');
    expect(star).toBe(
      'Role `AuthRole`, the authenticated role of identity pool `IdentityPool`, may `s3:ListBucket` with `s3:prefix` `*` under `StringLike`, which matches every key: every signed-in user lists the whole bucket.',
    );
    expect(literal).toBe(
      'Role `AuthRole`: `s3:prefix` `private/${cognito-identity.amazonaws.com:sub}/*` under `StringEquals` is compared literally (no wildcards), so this list permission never matches; use `StringLike`.',
    );
  });

  it('is scaled: raised for a guest role (high), at most low for a group role, a shared managed policy reported once per role', () => {
    expect(seen(lintRuleFixture(RULE, 'invalid/scaled.json'), RULE)).toEqual([
      f('noPrefix', 'high', 'scaled.json', 61, 25, 'ListPolicy'),
      f('noPrefix', 'low', 'scaled.json', 61, 25, 'ListPolicy'),
    ]);
    const [guest, group] = messages('scaled.json');
    expect(guest).toContain('Role `GuestRole`, the guest role of identity pool `IdentityPool`, may');
    expect(group).toBe(
      "Role `ModeratorsRole`, the role of user pool group `ModeratorsGroup`, may `s3:ListBucket` on bucket `community-uploads` with no `s3:prefix` condition: every member of the group lists every key in the bucket, including other users' file names.",
    );
  });

  it('reports raw account details', () => {
    expect(seen(lintRuleFixture(RULE, 'invalid/authorization-details.json'), RULE)).toEqual([
      f('noPrefix', 'medium', 'authorization-details.json', 28, 15, 'Cognito_DocsAuth_Role'),
    ]);
  });

  it.each(fixtureFiles(RULE, 'valid'))('reports nothing on valid/%s', (file) => {
    expect(seen(lintRuleFixture(RULE, `valid/${file}`), RULE)).toEqual([]);
  });

  it('covers every invalid fixture', () => {
    expect(fixtureFiles(RULE, 'invalid')).toEqual(['authorization-details.json', 'prefixes.yaml', 'scaled.json']);
  });
});
