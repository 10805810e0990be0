import { describe, expect, it } from 'vitest';
import { lintFixture, ruleTester } from '../rule-tester.js';

const RULE = 'user-pool/client-implicit-flow';

ruleTester.run(RULE, {
  valid: 'all',
  invalid: {
    // Reports what CDK writes for an app client without oAuth settings (excerpt of real synth output).
    'cdk-default-client.json': [
      {
        messageId: 'implicit',
        line: 57,
        column: 6,
        resource: 'UserPoolWebClient4C9370B0',
        cdkPath: 'WebApp/UserPool/WebClient/Resource',
      },
    ],
    // Reports the implicit grant in JSON.
    'implicit.json': [{ messageId: 'implicit', line: 11, column: 31, resource: 'LegacySpaClient' }],
    // Reports the implicit entry of an OAuth client, and an implicit entry chosen by Fn::If.
    'implicit.yaml': [
      {
        messageId: 'implicit',
        line: 18,
        column: 11,
        resource: 'WebClient',
        message:
          'App client `WebClient` of user pool `Users` allows the OAuth 2.0 implicit grant: the hosted UI returns tokens in the URL fragment of the redirect, where browser history, logs and scripts on the page can read them.',
      },
      { messageId: 'implicit', line: 29, column: 23, resource: 'DevClient' },
    ],
  },
  variants: [
    {
      name: 'reports the default client of the real CDK cloud assembly',
      paths: ['test/fixtures/corpus/cdk/a-secure-l2/cdk.out'],
      findings: [
        {
          messageId: 'implicit',
          file: 'test/fixtures/corpus/cdk/a-secure-l2/cdk.out/WebApp.template.json',
          line: 56,
          column: 6,
          resource: 'UserPoolWebClient4C9370B0',
          cdkPath: 'WebApp/UserPool/WebClient/Resource',
        },
      ],
    },
  ],
});

describe(`${RULE}: beyond findings`, () => {
  it('records flows it cannot resolve instead of guessing', () => {
    const report = lintFixture(RULE, 'valid/code-flow.yaml');
    expect(report.notifications.filter((n) => n.ruleId === RULE).map((n) => [n.kind, n.range?.start.line])).toEqual([
      ['unresolved', 35],
    ]);
  });
});
