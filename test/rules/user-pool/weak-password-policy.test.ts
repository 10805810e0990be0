import { describe, expect, it } from 'vitest';
import { lintFixture, ruleTester } from '../rule-tester.js';
import { lintMemory } from '../converted-format.js';

const RULE = 'user-pool/weak-password-policy';

ruleTester.run(RULE, {
  valid: 'all',
  invalid: {
    // Reports it in JSON.
    'weak.json': [{ messageId: 'tooShort', line: 7, column: 48, resource: 'Users' }],
    // Reports a length under 8, and under 12 with no character class, at MinimumLength.
    'weak.yaml': [
      {
        messageId: 'tooShort',
        line: 9,
        column: 26,
        resource: 'Short',
        message:
          'User pool `Short` accepts passwords of 6 characters: its password policy sets `MinimumLength` under 8.',
      },
      {
        messageId: 'noCharacterClass',
        line: 19,
        column: 26,
        resource: 'NoClasses',
        message:
          'User pool `NoClasses` accepts 8-character passwords that need no lowercase letter, uppercase letter, number or symbol: under 12 characters, such passwords are easy to guess.',
      },
      {
        messageId: 'noCharacterClass',
        line: 25,
        column: 26,
        resource: 'TenPlain',
        message:
          'User pool `TenPlain` accepts 10-character passwords that need no lowercase letter, uppercase letter, number or symbol: under 12 characters, such passwords are easy to guess.',
      },
    ],
  },
  variants: [
    {
      name: 'reports nothing on the real CDK synth output (12 characters, every class)',
      paths: ['test/fixtures/corpus/cdk/a-secure-l2/cdk.out'],
      findings: [],
    },
  ],
});

describe(`${RULE}: beyond findings`, () => {
  it('records a length from a parameter nobody gave instead of judging its default', () => {
    const report = lintFixture(RULE, 'valid/strong.yaml');
    expect(report.notifications.filter((n) => n.ruleId === RULE).map((n) => [n.kind, n.range?.start.line])).toEqual([
      ['unresolved', 29],
    ]);
  });

  it('says that an explicit policy without MinimumLength leaves the length unknown, not unresolved', () => {
    const template = [
      'Resources:',
      '  Users:',
      '    Type: AWS::Cognito::UserPool',
      '    Properties:',
      '      Policies:',
      '        PasswordPolicy:',
      '          RequireNumbers: true',
      '',
    ].join('\n');
    const report = lintMemory({ '/t.yaml': template });
    expect(report.findings.filter((f) => f.ruleId === RULE)).toEqual([]);
    expect(report.notifications.filter((n) => n.ruleId === RULE).map((n) => [n.kind, n.message])).toEqual([
      [
        'unresolved',
        'User pool Users: its PasswordPolicy does not set MinimumLength, for which AWS documents no default, so whether passwords may be shorter than 8 characters is not known.',
      ],
    ]);
  });
});
