import { describe, expect, it } from 'vitest';
import { lintFixture, ruleTester } from '../rule-tester.js';

const RULE = 'policy/variable-unsubstituted';

ruleTester.run(RULE, {
  valid: 'all',
  invalid: {
    // Reports a template policy without Version at the document, and one with 2008-10-17 at its Version.
    'no-version.yaml': [
      // the UserFiles document (Resource via Fn::Join, s3:prefix condition)
      {
        messageId: 'missing',
        line: 25,
        column: 13,
        resource: 'AuthenticatedRole',
        message:
          'The policy `UserFiles` has no `Version`: IAM reads `${cognito-identity.amazonaws.com:sub}` in statement `ListOwnPrefix` and statement 2 as literal text. The `Allow` grants nothing there.',
      },
      // Version: "2008-10-17"; `${!aws:username}` from Fn::Sub counts
      {
        messageId: 'old',
        line: 42,
        column: 18,
        resource: 'LegacyPolicy',
        message:
          'The policy `LegacyPolicy` declares `Version` `2008-10-17`: IAM reads `${aws:username}` in statement `DenyOthersHomes` as literal text. The `Deny` fails open.',
      },
    ],
    // Reports a raw policy without Version.
    'raw-policy.json': [{ messageId: 'missing', line: 1, column: 1, resource: 'raw-policy' }],
    // Reports a JSON template policy without Version whose variable comes from Fn::Sub.
    'template.json': [{ messageId: 'missing', line: 7, column: 27, resource: 'HomePolicy' }],
  },
});

describe(`${RULE}: beyond findings`, () => {
  it('records an unresolved notification when the Version is not known', () => {
    const report = lintFixture(RULE, 'valid/versioned.yaml');
    expect(report.notifications.filter((n) => n.ruleId === RULE).map((n) => n.message)).toEqual([
      'The Version of policy `VersionParameterPolicy` could not be resolved; its policy variables may be literal text.',
    ]);
  });
});
