import { describe, expect, it } from 'vitest';
import { fixtureFiles, lintPaths, lintRuleFixture, seen } from '../helpers.js';

const RULE = 'user-pool/client-insecure-callback';
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
  it('reports each http:// callback or logout URL whose host is not localhost, at the URL', () => {
    expect(seen(lintRuleFixture(RULE, 'invalid/http.yaml'), RULE)).toEqual([
      f('callback', 'http.yaml', 18, 11, 'WebClient'),
      f('callback', 'http.yaml', 19, 11, 'WebClient'),
      f('callback', 'http.yaml', 20, 11, 'WebClient'),
      f('logout', 'http.yaml', 23, 11, 'WebClient'),
    ]);
  });

  it('judges a URL built from parts by its fixed parts: a generated host is never localhost', () => {
    expect(seen(lintRuleFixture(RULE, 'invalid/http.json'), RULE)).toEqual([f('callback', 'http.json', 13, 11, 'WebClient'), f('logout', 'http.json', 15, 24, 'WebClient')]);
  });

  it('names the URL as written', () => {
    const messages = lintRuleFixture(RULE, 'invalid/http.yaml').findings.filter((x) => x.ruleId === RULE).map((x) => x.message);
    expect(messages[0]).toBe(
      'App client `WebClient` of user pool `Users` accepts the callback URL `http://app.example.com/callback` over plain HTTP: authorization codes and tokens reach it unencrypted, readable and replaceable by anyone on the network path.',
    );
    expect(messages[1]).toContain('`http://${SiteBucket}.s3-website-${AWS::Region}.amazonaws.com/callback`');
    expect(messages[3]).toBe(
      'App client `WebClient` of user pool `Users` accepts the sign-out URL `HTTP://App.Example.com/` over plain HTTP: users are sent to it unencrypted, where anyone on the network path can replace the page.',
    );
  });

  it('reports nothing on the real CDK synth output (https://example.com)', () => {
    expect(seen(lintPaths(['test/fixtures/corpus/cdk/a-secure-l2/cdk.out']), RULE)).toEqual([]);
  });

  it('records URLs whose host it cannot see instead of guessing', () => {
    const report = lintRuleFixture(RULE, 'valid/https.yaml');
    expect(report.notifications.filter((n) => n.ruleId === RULE).map((n) => [n.kind, n.range?.start.line])).toEqual([['unresolved', 24]]);
  });

  it.each(fixtureFiles(RULE, 'valid'))('reports nothing on valid/%s', (file) => {
    expect(seen(lintRuleFixture(RULE, `valid/${file}`), RULE)).toEqual([]);
  });
});
