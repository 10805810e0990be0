import { describe, expect, it } from 'vitest';
import { fixtureFiles, lintRuleFixture, seen } from '../helpers.js';

const RULE = 'apigateway/jwt-audience-invalid';
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
  it('reports a missing (at JwtConfiguration) or empty Audience, and each wrong entry at the entry', () => {
    expect(seen(lintRuleFixture(RULE, 'invalid/audiences.yaml'), RULE)).toEqual([
      f('missing', 'audiences.yaml', 29, 9, 'NoAudience'),
      f('empty', 'audiences.yaml', 39, 19, 'EmptyAudience'),
      f('wildcard', 'audiences.yaml', 51, 13, 'Mixed'),
      f('userPool', 'audiences.yaml', 52, 13, 'Mixed'),
      f('otherPool', 'audiences.yaml', 53, 13, 'Mixed'),
    ]);
  });

  it('recognises a literal user pool ID in a SAM OAuth2 authorizer', () => {
    expect(seen(lintRuleFixture(RULE, 'invalid/sam.json'), RULE)).toEqual([f('userPool', 'sam.json', 16, 30, 'HttpApi')]);
  });

  it('names the client, its pool and the issuer\'s pool', () => {
    const messages = lintRuleFixture(RULE, 'invalid/audiences.yaml').findings.filter((x) => x.ruleId === RULE).map((x) => x.message);
    expect(messages[4]).toBe(
      'JWT authorizer `Mixed` of HTTP API `HttpApi` lists app client `PartnerClient` of user pool `PartnerPool` in `Audience`, but its issuer is user pool `UserPool`: no token is valid for both.',
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
