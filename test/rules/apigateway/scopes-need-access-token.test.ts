import { describe, expect, it } from 'vitest';
import { fixtureFiles, lintRuleFixture, seen } from '../helpers.js';

const RULE = 'apigateway/scopes-need-access-token';
const f = (messageId: string, file: string, line: number, column: number, resource: string) => ({
  ruleId: RULE,
  messageId,
  severity: 'info',
  file: `test/fixtures/rules/${RULE}/invalid/${file}`,
  line,
  column,
  resource,
});

describe(RULE, () => {
  it('reports AuthorizationScopes on a COGNITO_USER_POOLS method, at the scopes', () => {
    expect(seen(lintRuleFixture(RULE, 'invalid/rest.yaml'), RULE)).toEqual([f('method', 'rest.yaml', 28, 9, 'GetOrders')]);
  });

  it('reports scopes of a SAM Cognito authorizer, of a SAM event using one, and of an OpenAPI Cognito requirement', () => {
    expect(seen(lintRuleFixture(RULE, 'invalid/sam-and-openapi.json'), RULE)).toEqual([
      f('samAuthorizer', 'sam-and-openapi.json', 15, 102, 'Api'),
      f('samEvent', 'sam-and-openapi.json', 29, 129, 'Function'),
      f('operation', 'sam-and-openapi.json', 49, 69, 'SpecApi'),
    ]);
  });

  it('says which token the client must send', () => {
    const [message] = lintRuleFixture(RULE, 'invalid/rest.yaml').findings.filter((x) => x.ruleId === RULE).map((x) => x.message);
    expect(message).toBe(
      'Method `GET /` of API `Orders` requires scopes `orders/read`: API Gateway then accepts only access tokens, so a client that sends the ID token gets 401 Unauthorized.',
    );
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
