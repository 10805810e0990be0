import { describe, expect, it } from 'vitest';
import { fixtureFiles, lintRuleFixture, seen } from '../helpers.js';

const RULE = 'apigateway/jwt-issuer-invalid';
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
  it('reports an ARN, a trailing slash, http and a missing region, at the Issuer', () => {
    expect(seen(lintRuleFixture(RULE, 'invalid/issuers.yaml'), RULE)).toEqual([
      f('arn', 'issuers.yaml', 23, 17, 'ArnIssuer'),
      f('trailingSlash', 'issuers.yaml', 33, 17, 'TrailingSlash'),
      f('http', 'issuers.yaml', 43, 17, 'PlainHttp'),
      f('noRegion', 'issuers.yaml', 53, 17, 'NoRegion'),
    ]);
  });

  it('judges SAM OAuth2 authorizers (lower-case JwtConfiguration keys)', () => {
    expect(seen(lintRuleFixture(RULE, 'invalid/sam.json'), RULE)).toEqual([f('malformed', 'sam.json', 16, 47, 'HttpApi')]);
  });

  it('shows the issuer as written', () => {
    const messages = lintRuleFixture(RULE, 'invalid/issuers.yaml').findings.filter((x) => x.ruleId === RULE).map((x) => x.message);
    expect(messages[3]).toBe(
      'JWT authorizer `NoRegion` of HTTP API `HttpApi` has issuer `https://cognito-idp.amazonaws.com/${UserPool}` without the region: Cognito tokens carry `https://cognito-idp.<region>.amazonaws.com/<userPoolId>`, so no token matches it.',
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
