import { describe, expect, it } from 'vitest';
import { fixtureFiles, lintRuleFixture, seen } from '../helpers.js';

const RULE = 'apigateway/route-no-auth';
const f = (messageId: string, file: string, line: number, column: number, resource: string) => ({
  ruleId: RULE,
  messageId,
  severity: 'high',
  file: `test/fixtures/rules/${RULE}/invalid/${file}`,
  line,
  column,
  resource,
});

describe(RULE, () => {
  it('reports NONE and absent AuthorizationType, $default included, never an OPTIONS route', () => {
    expect(seen(lintRuleFixture(RULE, 'invalid/http-api.yaml'), RULE)).toEqual([
      f('open', 'http-api.yaml', 39, 26, 'Reindex'),
      // No AuthorizationType: reported at the route's Properties.
      f('openDefault', 'http-api.yaml', 43, 7, 'CatchAll'),
    ]);
  });

  it('counts a JWT authorizer defined in the OpenAPI Body of the API', () => {
    expect(seen(lintRuleFixture(RULE, 'invalid/openapi-body.json'), RULE)).toEqual([f('open', 'openapi-body.json', 37, 30, 'ExportRoute')]);
  });

  it('names the route key, the API and its JWT authorizer', () => {
    const messages = lintRuleFixture(RULE, 'invalid/http-api.yaml').findings.filter((x) => x.ruleId === RULE).map((x) => x.message);
    expect(messages).toEqual([
      'Route `POST /admin/reindex` of HTTP API `HttpApi` has `AuthorizationType: NONE` although the API has JWT authorizer `JwtAuthorizer`: anyone who can reach the API can call it.',
      'Route `$default` of HTTP API `HttpApi` has no `AuthorizationType` (API Gateway then uses `NONE`) although the API has JWT authorizer `JwtAuthorizer`: every request that matches no other route reaches its integration without a token.',
    ]);
  });

  it.each(fixtureFiles(RULE, 'valid'))('reports nothing on valid/%s', (file) => {
    expect(seen(lintRuleFixture(RULE, `valid/${file}`), RULE)).toEqual([]);
  });

  it.each([...fixtureFiles(RULE, 'valid').map((x) => `valid/${x}`), ...fixtureFiles(RULE, 'invalid').map((x) => `invalid/${x}`)])(
    '%s is a readable template',
    (file) => {
      const report = lintRuleFixture(RULE, file);
      expect(seen(report, 'input/parse-error')).toEqual([]);
      expect(report.notifications.filter((n) => n.kind === 'internal')).toEqual([]);
    },
  );
});
