import { describe, expect, it } from 'vitest';
import { fixtureFiles, lintRuleFixture, seen } from '../helpers.js';

const RULE = 'user-pool/open-signup-privileged';
const dir = `test/fixtures/rules/${RULE}/invalid`;

describe(RULE, () => {
  it('reports the authenticated role writing the whole bucket and a role chosen on a claim users write at sign-up', () => {
    const report = lintRuleFixture(RULE, 'invalid/self-signup-writes-bucket.yaml');
    // AdminCreateUserConfig is absent: the finding points at the pool's Properties.
    expect(seen(report, RULE)).toEqual([
      { ruleId: RULE, messageId: 'privileged', severity: 'high', file: `${dir}/self-signup-writes-bucket.yaml`, line: 7, column: 7, resource: 'Users' },
      { ruleId: RULE, messageId: 'privileged', severity: 'high', file: `${dir}/self-signup-writes-bucket.yaml`, line: 7, column: 7, resource: 'Users' },
    ]);
    const messages = report.findings.filter((f) => f.ruleId === RULE).map((f) => f.message);
    expect(messages).toEqual([
      expect.stringContaining('role `AuthRole` (its authenticated role), which may write S3 objects outside the user\'s own prefix (s3:PutObject)'),
      expect.stringContaining('role `OpsRole` (a role-mapping rule on a claim the user writes), which has administrator-level permissions'),
    ]);
  });

  it('reports at AllowAdminCreateUserOnly: false (JSON), for a whole-service wildcard', () => {
    expect(seen(lintRuleFixture(RULE, 'invalid/explicit-false.json'), RULE)).toEqual([
      { ruleId: RULE, messageId: 'privileged', severity: 'high', file: `${dir}/explicit-false.json`, line: 7, column: 39, resource: 'Users' },
    ]);
  });

  it.each(fixtureFiles(RULE, 'valid'))('reports nothing on valid/%s (admin-only sign-up; scoped authenticated role; group roles; claims users cannot write)', (file) => {
    expect(seen(lintRuleFixture(RULE, `valid/${file}`), RULE)).toEqual([]);
  });
});
