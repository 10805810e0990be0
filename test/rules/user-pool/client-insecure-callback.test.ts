import { describe, expect, it } from 'vitest';
import { lintFixture, ruleTester } from '../rule-tester.js';

const RULE = 'user-pool/client-insecure-callback';

ruleTester.run(RULE, {
  valid: 'all',
  invalid: {
    // Judges a URL built from parts by its fixed parts: a generated host is never localhost.
    'http.json': [
      { messageId: 'callback', line: 13, column: 11, resource: 'WebClient' },
      { messageId: 'logout', line: 15, column: 24, resource: 'WebClient' },
    ],
    // Reports each http:// callback or logout URL whose host is not localhost, at the URL.
    'http.yaml': [
      {
        messageId: 'callback',
        line: 18,
        column: 11,
        resource: 'WebClient',
        message:
          'App client `WebClient` of user pool `Users` accepts the callback URL `http://app.example.com/callback` over plain HTTP: authorization codes and tokens reach it unencrypted, readable and replaceable by anyone on the network path.',
      },
      {
        messageId: 'callback',
        line: 19,
        column: 11,
        resource: 'WebClient',
        messageIncludes: '`http://${SiteBucket}.s3-website-${AWS::Region}.amazonaws.com/callback`',
      },
      { messageId: 'callback', line: 20, column: 11, resource: 'WebClient' },
      {
        messageId: 'logout',
        line: 23,
        column: 11,
        resource: 'WebClient',
        message:
          'App client `WebClient` of user pool `Users` accepts the sign-out URL `HTTP://App.Example.com/` over plain HTTP: users are sent to it unencrypted, where anyone on the network path can replace the page.',
      },
    ],
  },
  variants: [
    {
      name: 'reports nothing on the real CDK synth output (https://example.com)',
      paths: ['test/fixtures/corpus/cdk/a-secure-l2/cdk.out'],
      findings: [],
    },
  ],
});

describe(`${RULE}: beyond findings`, () => {
  it('records URLs whose host it cannot see instead of guessing', () => {
    const report = lintFixture(RULE, 'valid/https.yaml');
    expect(report.notifications.filter((n) => n.ruleId === RULE).map((n) => [n.kind, n.range?.start.line])).toEqual([
      ['unresolved', 24],
    ]);
  });
});
