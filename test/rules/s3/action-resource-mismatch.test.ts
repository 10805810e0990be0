import { describe, expect, it } from 'vitest';
import { fixtureFiles, lintRuleFixture, seen } from '../helpers.js';

const RULE = 's3/action-resource-mismatch';
const f = (messageId: string, file: string, line: number, column: number, resource: string) => ({
  ruleId: RULE,
  messageId,
  severity: 'medium',
  file: `test/fixtures/rules/${RULE}/invalid/${file}`,
  line,
  column,
  resource,
});
const messages = (file: string): string[] => lintRuleFixture(RULE, `invalid/${file}`).findings.filter((x) => x.ruleId === RULE).map((x) => x.message);

describe(RULE, () => {
  it('reports object actions on bucket ARNs only and ListBucket on object ARNs only, at the Resource element, for every role', () => {
    expect(seen(lintRuleFixture(RULE, 'invalid/mismatch.yaml'), RULE)).toEqual([
      f('objectOnBucket', 'mismatch.yaml', 37, 27, 'AuthRole'),
      f('objectOnBucket', 'mismatch.yaml', 42, 19, 'AuthRole'),
      f('bucketOnObject', 'mismatch.yaml', 47, 27, 'AuthRole'),
      f('bucketOnObject', 'mismatch.yaml', 51, 27, 'AuthRole'),
      f('objectOnBucket', 'mismatch.yaml', 69, 27, 'ThumbnailerRole'), // not an identity-pool role: the statement still grants nothing
    ]);
  });

  it('names the actions and the ARNs and says how to fix the resource', () => {
    const [objects, twoBuckets, list, ownPrefix] = messages('mismatch.yaml');
    expect(objects).toBe(
      "Role `AuthRole`: `s3:GetObject`, `s3:PutObject` act on objects, but the statement names only the bucket ARN `${Media}`, so it grants nothing; add `/*` or the user's prefix to the resource.",
    );
    expect(twoBuckets).toContain('`s3:DeleteObject`');
    expect(twoBuckets).toContain('`media-archive`, `${Media}`');
    expect(list).toBe(
      'Role `AuthRole`: `s3:ListBucket` act on the bucket, but the statement names only object ARNs `${Media}/*`, so it grants nothing; use the bucket ARN with an `s3:prefix` condition.',
    );
    expect(ownPrefix).toContain('`${Media}/private/${cognito-identity.amazonaws.com:sub}/*`');
  });

  it('reports raw account details', () => {
    expect(seen(lintRuleFixture(RULE, 'invalid/authorization-details.json'), RULE)).toEqual([
      f('bucketOnObject', 'authorization-details.json', 31, 29, 'Cognito_NotesAuth_Role'),
    ]);
  });

  // BUG: rules/s3/action-resource-mismatch.ts reports object actions on a bucket ARN only when every S3
  // action of the statement is an object action (and ListBucket on object ARNs only when the statement has
  // no object action), so the most common form of the mistake — `[s3:ListBucket, s3:GetObject]` on the
  // bucket ARN, or on `bucket/*` — is never reported. Its page: object actions on a bucket ARN only, or
  // ListBucket on object ARNs only, grant nothing (AWS: list_amazons3.html resource types), whatever else
  // the statement names.
  it('reports the mismatched half of a statement that names ListBucket and GetObject together', () => {
    expect(seen(lintRuleFixture(RULE, 'invalid/mixed-statement.json'), RULE)).toEqual([
      f('objectOnBucket', 'mixed-statement.json', 32, 114, 'AuthRole'),
      f('bucketOnObject', 'mixed-statement.json', 33, 115, 'AuthRole'),
    ]);
  });

  it.each(fixtureFiles(RULE, 'valid'))('reports nothing on valid/%s', (file) => {
    expect(seen(lintRuleFixture(RULE, `valid/${file}`), RULE)).toEqual([]);
  });

  it('covers every invalid fixture', () => {
    expect(fixtureFiles(RULE, 'invalid')).toEqual(['authorization-details.json', 'mismatch.yaml', 'mixed-statement.json']);
  });
});
