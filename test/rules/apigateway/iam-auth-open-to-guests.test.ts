import { describe, expect, it } from 'vitest';
import { fixtureFiles, lintRuleFixture, seen } from '../helpers.js';

const RULE = 'apigateway/iam-auth-open-to-guests';
const dir = `test/fixtures/rules/${RULE}/invalid`;

describe(RULE, () => {
  it('reports an AWS_IAM method and route the guest role may invoke, at their AuthorizationType, a step lower under the guest scope-down', () => {
    const report = lintRuleFixture(RULE, 'invalid/guest-invokes-api.yaml');
    expect(seen(report, RULE)).toEqual([
      { ruleId: RULE, messageId: 'open', severity: 'medium', file: `${dir}/guest-invokes-api.yaml`, line: 52, column: 26, resource: 'DeleteOrder' },
      { ruleId: RULE, messageId: 'open', severity: 'medium', file: `${dir}/guest-invokes-api.yaml`, line: 64, column: 26, resource: 'Reports' },
    ]);
    const [first] = report.findings.filter((f) => f.ruleId === RULE);
    expect(first?.message).toContain('`DELETE /orders` of API `Api` requires IAM authorization, but role `GuestRole`, the guest role of identity pool `Pool`, may `execute-api:Invoke` it');
    expect(first?.message).toContain('guest scope-down may drop this grant');
  });

  it('reports an OpenAPI operation secured by SigV4 (JSON), for a wildcard execute-api grant', () => {
    expect(seen(lintRuleFixture(RULE, 'invalid/openapi-sigv4.json'), RULE)).toEqual([
      { ruleId: RULE, messageId: 'open', severity: 'medium', file: `${dir}/openapi-sigv4.json`, line: 37, column: 62, resource: 'Api' },
    ]);
  });

  it.each(fixtureFiles(RULE, 'valid'))('reports nothing on valid/%s', (file) => {
    expect(seen(lintRuleFixture(RULE, `valid/${file}`), RULE)).toEqual([]);
  });
});
