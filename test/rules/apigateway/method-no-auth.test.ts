import { describe, expect, it } from 'vitest';
import { fixtureFiles, lintRuleFixture, seen } from '../helpers.js';

const RULE = 'apigateway/method-no-auth';
const f = (messageId: string, severity: string, file: string, line: number, column: number, resource: string) => ({
  ruleId: RULE,
  messageId,
  severity,
  file: `test/fixtures/rules/${RULE}/invalid/${file}`,
  line,
  column,
  resource,
});

describe(RULE, () => {
  it('is high on an API with an authorizer: NONE, absent, or a parameter defaulting to NONE; medium with an API key; never OPTIONS', () => {
    expect(seen(lintRuleFixture(RULE, 'invalid/orders.yaml'), RULE)).toEqual([
      f('open', 'high', 'orders.yaml', 50, 26, 'DeleteOrder'),
      // No AuthorizationType: reported at the method's Properties.
      f('open', 'high', 'orders.yaml', 54, 7, 'GetOrder'),
      f('open', 'high', 'orders.yaml', 63, 26, 'PutOrder'),
      f('apiKeyOnly', 'medium', 'orders.yaml', 70, 26, 'CreateOrder'),
    ]);
  });

  it('is medium when the API has no authorizer at all, high when the API is not in the template', () => {
    expect(seen(lintRuleFixture(RULE, 'invalid/public-api.json'), RULE)).toEqual([
      f('noAuthorizer', 'medium', 'public-api.json', 15, 30, 'Receive'),
      f('open', 'high', 'public-api.json', 24, 30, 'SharedApiMethod'),
    ]);
  });

  it('names the method by verb and full path, and the API', () => {
    const messages = lintRuleFixture(RULE, 'invalid/orders.yaml').findings.filter((x) => x.ruleId === RULE).map((x) => x.message);
    expect(messages[0]).toBe(
      'Method `DELETE /orders/{id}` of API `Orders` has `AuthorizationType: NONE` although the API has authorizer `CognitoAuthorizer`: anyone who can reach the API can call it.',
    );
    expect(messages[1]).toContain('has no `AuthorizationType` (API Gateway then uses `NONE`)');
    const imported = lintRuleFixture(RULE, 'invalid/public-api.json').findings.filter((x) => x.ruleId === RULE).map((x) => x.message);
    expect(imported[1]).toBe('Method `SharedApiMethod (ANY)` of API `Fn::ImportValue shared-api-id` has `AuthorizationType: NONE`: anyone who can reach the API can call it.');
  });

  it('records an unresolved AuthorizationType instead of guessing', () => {
    const report = lintRuleFixture(RULE, 'valid/protected.yaml');
    expect(report.notifications.filter((n) => n.ruleId === RULE).map((n) => n.message)).toEqual([
      'AuthorizationType of method ParameterisedOrder could not be resolved',
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
