import { describe, expect, it } from 'vitest';
import { fixtureFiles, lintRuleFixture, seen } from '../helpers.js';

const RULE = 's3/cors-wildcard-origin';
const f = (file: string, line: number, column: number, resource: string) => ({
  ruleId: RULE,
  messageId: 'wildcard',
  severity: 'low',
  file: `test/fixtures/rules/${RULE}/invalid/${file}`,
  line,
  column,
  resource,
});
const messages = (file: string): string[] => lintRuleFixture(RULE, `invalid/${file}`).findings.filter((x) => x.ruleId === RULE).map((x) => x.message);

describe(RULE, () => {
  it('reports each CORS rule with a * origin and PUT, POST or DELETE on a bucket an identity-pool role writes, at the * origin', () => {
    expect(seen(lintRuleFixture(RULE, 'invalid/wildcard-put.yaml'), RULE)).toEqual([
      f('wildcard-put.yaml', 13, 17, 'Uploads'), // * with GET/PUT
      f('wildcard-put.yaml', 31, 17, 'Uploads'), // * beside https://admin.example.com, DELETE
      // Assets has the same * / PUT rule, but identity-pool roles only read it.
    ]);
    const [put, del] = messages('wildcard-put.yaml');
    expect(put).toBe(
      'Bucket `Uploads`, written by role `AuthRole`, lets any website send PUT requests (`AllowedOrigins: ["*"]`): a page on another origin can drive uploads with a visitor\'s credentials.',
    );
    expect(del).toContain('send DELETE requests');
  });

  it("reports the Amplify default rule once, naming every role that writes the bucket", () => {
    expect(seen(lintRuleFixture(RULE, 'invalid/amplify-default.json'), RULE)).toEqual([f('amplify-default.json', 13, 34, 'S3Bucket')]);
    expect(messages('amplify-default.json')[0]).toContain('written by role `AuthRole`, `UnauthRole`, lets any website send PUT/POST/DELETE requests');
  });

  it.each(fixtureFiles(RULE, 'valid'))('reports nothing on valid/%s', (file) => {
    expect(seen(lintRuleFixture(RULE, `valid/${file}`), RULE)).toEqual([]);
  });

  it('covers every invalid fixture', () => {
    expect(fixtureFiles(RULE, 'invalid')).toEqual(['amplify-default.json', 'wildcard-put.yaml']);
  });
});
