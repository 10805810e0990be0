import { describe, expect, it } from 'vitest';
import { fixtureFiles, lintPaths, lintRuleFixture, seen } from '../helpers.js';

const RULE = 'user-pool/client-implicit-flow';
const f = (file: string, line: number, column: number, resource: string, cdkPath?: string) => ({
  ruleId: RULE,
  messageId: 'implicit',
  severity: 'low',
  file: file.startsWith('test/') ? file : `test/fixtures/rules/${RULE}/invalid/${file}`,
  line,
  column,
  resource,
  ...(cdkPath ? { cdkPath } : {}),
});

describe(RULE, () => {
  it('reports the implicit entry of an OAuth client, and an implicit entry chosen by Fn::If', () => {
    expect(seen(lintRuleFixture(RULE, 'invalid/implicit.yaml'), RULE)).toEqual([f('implicit.yaml', 18, 11, 'WebClient'), f('implicit.yaml', 29, 23, 'DevClient')]);
  });

  it('reports the implicit grant in JSON', () => {
    expect(seen(lintRuleFixture(RULE, 'invalid/implicit.json'), RULE)).toEqual([f('implicit.json', 11, 31, 'LegacySpaClient')]);
  });

  it('reports what CDK writes for an app client without oAuth settings (excerpt of real synth output)', () => {
    expect(seen(lintRuleFixture(RULE, 'invalid/cdk-default-client.json'), RULE)).toEqual([
      f('cdk-default-client.json', 57, 6, 'UserPoolWebClient4C9370B0', 'WebApp/UserPool/WebClient/Resource'),
    ]);
  });

  it('reports the default client of the real CDK cloud assembly', () => {
    const file = 'test/fixtures/corpus/cdk/a-secure-l2/cdk.out/WebApp.template.json';
    expect(seen(lintPaths(['test/fixtures/corpus/cdk/a-secure-l2/cdk.out']), RULE)).toEqual([f(file, 56, 6, 'UserPoolWebClient4C9370B0', 'WebApp/UserPool/WebClient/Resource')]);
  });

  it('names the client and its pool', () => {
    const [finding] = lintRuleFixture(RULE, 'invalid/implicit.yaml').findings.filter((x) => x.ruleId === RULE);
    expect(finding?.message).toBe(
      'App client `WebClient` of user pool `Users` allows the OAuth 2.0 implicit grant: the hosted UI returns tokens in the URL fragment of the redirect, where browser history, logs and scripts on the page can read them.',
    );
  });

  it('records flows it cannot resolve instead of guessing', () => {
    const report = lintRuleFixture(RULE, 'valid/code-flow.yaml');
    expect(report.notifications.filter((n) => n.ruleId === RULE).map((n) => [n.kind, n.range?.start.line])).toEqual([['unresolved', 35]]);
  });

  it.each(fixtureFiles(RULE, 'valid'))('reports nothing on valid/%s', (file) => {
    expect(seen(lintRuleFixture(RULE, `valid/${file}`), RULE)).toEqual([]);
  });
});
