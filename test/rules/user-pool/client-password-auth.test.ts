import { describe, expect, it } from 'vitest';
import { fixtureFiles, lintPaths, lintRuleFixture, seen } from '../helpers.js';

const RULE = 'user-pool/client-password-auth';
const f = (file: string, line: number, column: number, resource: string) => ({
  ruleId: RULE,
  messageId: 'passwordAuth',
  severity: 'low',
  file: `test/fixtures/rules/${RULE}/invalid/${file}`,
  line,
  column,
  resource,
});

describe(RULE, () => {
  it('reports ALLOW_USER_PASSWORD_AUTH and the legacy USER_PASSWORD_AUTH at the entry', () => {
    expect(seen(lintRuleFixture(RULE, 'invalid/password-auth.yaml'), RULE)).toEqual([f('password-auth.yaml', 14, 11, 'WebClient'), f('password-auth.yaml', 20, 27, 'LegacyClient')]);
  });

  it('reports it in JSON', () => {
    expect(seen(lintRuleFixture(RULE, 'invalid/password-auth.json'), RULE)).toEqual([f('password-auth.json', 8, 31, 'MobileClient')]);
  });

  it('names the flow, the client and its pool', () => {
    const messages = lintRuleFixture(RULE, 'invalid/password-auth.yaml').findings.filter((x) => x.ruleId === RULE).map((x) => x.message);
    expect(messages[1]).toBe(
      "App client `LegacyClient` of user pool `Users` allows `USER_PASSWORD_AUTH`: the app sends the user's password to Cognito in the request instead of proving it with SRP.",
    );
  });

  it('reports nothing on the real CDK synth output (SRP and refresh only)', () => {
    expect(seen(lintPaths(['test/fixtures/corpus/cdk/a-secure-l2/cdk.out']), RULE)).toEqual([]);
  });

  it.each(fixtureFiles(RULE, 'valid'))('reports nothing on valid/%s', (file) => {
    expect(seen(lintRuleFixture(RULE, `valid/${file}`), RULE)).toEqual([]);
  });
});
