import { describe, expect, it } from 'vitest';
import { fixtureFiles, lintRuleFixture, seen } from '../helpers.js';

const RULE = 's3/shared-prefix-access';
const f = (file: string, line: number, column: number, resource: string) => ({
  ruleId: RULE,
  messageId: 'shared',
  severity: 'low',
  file: `test/fixtures/rules/${RULE}/invalid/${file}`,
  line,
  column,
  resource,
});
const messages = (file: string): string[] => lintRuleFixture(RULE, `invalid/${file}`).findings.filter((x) => x.ruleId === RULE).map((x) => x.message);

describe(RULE, () => {
  it("reports Amplify's public/ and protected/ levels once per (role, bucket, prefix), at the first resource, low even for the guest role", () => {
    expect(seen(lintRuleFixture(RULE, 'invalid/amplify-levels.yaml'), RULE)).toEqual([
      f('amplify-levels.yaml', 44, 21, 'AuthRole'), // public/*
      f('amplify-levels.yaml', 45, 21, 'AuthRole'), // protected/*; the ListBucket prefixes add nothing
      f('amplify-levels.yaml', 80, 27, 'GuestRole'), // public/* (again at line 87: not repeated)
      f('amplify-levels.yaml', 86, 21, 'GuestRole'), // protected/*
    ]);
  });

  it('names the convention', () => {
    const [authPublic, authProtected, guestPublic] = messages('amplify-levels.yaml');
    expect(authPublic).toBe(
      "Role `AuthRole`, the authenticated role of identity pool `IdentityPool`, may read every object under `public/` in bucket `${Storage}`, shared by all its users (Amplify's public level: readable by every user of the app).",
    );
    expect(authProtected).toContain("(Amplify's protected level: every user reads everyone's files, each writes only their own)");
    expect(guestPublic).toContain('Role `GuestRole`, the guest role of identity pool `IdentityPool`, may read');
  });

  it('reports other fixed prefixes by object ARN or ListBucket prefix, for group roles too, without naming a convention', () => {
    expect(seen(lintRuleFixture(RULE, 'invalid/fixed-prefix.json'), RULE)).toEqual([
      f('fixed-prefix.json', 36, 119, 'SubscriberRole'), // premium/*
      f('fixed-prefix.json', 42, 65, 'SubscriberRole'), // s3:prefix catalog/
      f('fixed-prefix.json', 80, 88, 'EditorsRole'), // drafts/*, group role: still low
      // inbox/* is written too (s3/object-access-not-scoped); shared/* is narrowed by an object tag.
    ]);
    const [premium, catalog, drafts] = messages('fixed-prefix.json');
    expect(premium).toBe('Role `SubscriberRole`, the authenticated role of identity pool `IdentityPool`, may read every object under `premium/` in bucket `content-bucket`, shared by all its users.');
    expect(catalog).toContain('under `catalog/` in bucket `content-bucket`');
    expect(drafts).toBe('Role `EditorsRole`, the role of user pool group `EditorsGroup`, may read every object under `drafts/` in bucket `content-bucket`, shared by all its users.');
  });

  it('reports raw account details', () => {
    expect(seen(lintRuleFixture(RULE, 'invalid/authorization-details.json'), RULE)).toEqual([f('authorization-details.json', 28, 86, 'amplify-shop-prod-authRole')]);
  });

  it.each(fixtureFiles(RULE, 'valid').filter((file) => file !== 'sub-not-alone.yaml'))('reports nothing on valid/%s', (file) => {
    expect(seen(lintRuleFixture(RULE, `valid/${file}`), RULE)).toEqual([]);
  });

  // BUG: src/iam/s3-resources.ts keyScope() returns `fixed-prefix` for
  // `protected/${cognito-identity.amazonaws.com:sub}-x/*` (the text before the first wildcard, variable
  // included), so this rule reports a prefix that holds the identity variable. RULES.md: this rule is for
  // a fixed prefix *without* ${cognito-identity.amazonaws.com:sub}; the key is s3/object-access-not-scoped's.
  it('reports nothing on valid/sub-not-alone.yaml', () => {
    expect(seen(lintRuleFixture(RULE, 'valid/sub-not-alone.yaml'), RULE)).toEqual([]);
  });

  it('covers every fixture', () => {
    expect(fixtureFiles(RULE, 'invalid')).toEqual(['amplify-levels.yaml', 'authorization-details.json', 'fixed-prefix.json']);
    expect(fixtureFiles(RULE, 'valid')).toEqual(['not-shared-reads.yaml', 'sub-not-alone.yaml']);
  });
});
