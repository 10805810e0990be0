import { describe, expect, it } from 'vitest';
import { fixtureFiles, lintRuleFixture, seen } from '../helpers.js';

const RULE = 'apigateway/sam-no-default-authorizer';
const f = (messageId: string, file: string, line: number, column: number, resource: string) => ({
  ruleId: RULE,
  messageId,
  severity: 'medium',
  file: `test/fixtures/rules/${RULE}/invalid/${file}`,
  line,
  column,
  resource,
});

describe(RULE, () => {
  it('reports a SAM Api with Cognito authorizers and no default (at its Auth), and Authorizer: NONE on a non-OPTIONS event', () => {
    expect(seen(lintRuleFixture(RULE, 'invalid/api.yaml'), RULE)).toEqual([
      f('noDefault', 'api.yaml', 12, 9, 'OrdersApi'),
      f('explicitNone', 'api.yaml', 73, 27, 'AdminFunction'),
    ]);
  });

  it('reports a SAM HttpApi with a Cognito JWT authorizer and no default, a bare event being its $default route', () => {
    expect(seen(lintRuleFixture(RULE, 'invalid/http-api.json'), RULE)).toEqual([
      f('noDefault', 'http-api.json', 11, 17, 'FilesApi'),
      f('explicitNone', 'http-api.json', 47, 151, 'Function'),
    ]);
  });

  it('lists the open events, leaving out OPTIONS and events with their own authorizer', () => {
    const messages = lintRuleFixture(RULE, 'invalid/api.yaml').findings.filter((x) => x.ruleId === RULE).map((x) => x.message);
    expect(messages).toEqual([
      'API `OrdersApi` defines Cognito authorizer `Cognito` but no `DefaultAuthorizer`, so function events that set no `Auth.Authorizer` are open to anyone: `GET /orders` (`OrdersFunction.List`), `DELETE /orders/{id}` (`OrdersFunction.Delete`).',
      'Function event `AdminFunction.Purge` (`POST /purge` on API `AdminApi`) sets `Auth.Authorizer: NONE`, which removes the default authorizer `Cognito`: anyone can call it.',
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
