/**
 * Every real third-party file is linted without an internal error, and parse errors appear only
 * where the file really is invalid.
 */
import { describe, expect, it } from 'vitest';
import { lintPaths, seen } from '../rules/helpers.js';

const REAL = 'test/fixtures/corpus/real';

describe('real corpus', () => {
  const report = lintPaths([REAL]);

  it('reads every template and policy file', () => {
    expect(report.files.length).toBeGreaterThan(120);
  });

  it('raises no internal error', () => {
    expect(report.notifications.filter((n) => n.kind === 'internal')).toEqual([]);
  });

  it('has no parse error in these valid files', () => {
    expect(seen(report, 'input/parse-error')).toEqual([]);
  });

  it('finds the aud-less trust policies of the Spacefinder reference app', () => {
    const file = `${REAL}/cognito/awslabs__aws-serverless-auth-reference-app__api__cloudformation__Spacefinder.json`;
    expect(seen(report, 'trust/missing-aud').filter((f) => f.file === file)).toEqual([
      {
        ruleId: 'trust/missing-aud',
        messageId: 'missing',
        severity: 'critical',
        file,
        line: 129,
        column: 13,
        resource: 'CognitoIdentityPoolAuthStandardRole',
      },
      {
        ruleId: 'trust/missing-aud',
        messageId: 'missing',
        severity: 'critical',
        file,
        line: 273,
        column: 13,
        resource: 'CognitoIdentityPoolAuthAdminRole',
      },
      {
        ruleId: 'trust/missing-aud',
        messageId: 'missing',
        severity: 'critical',
        file,
        line: 341,
        column: 13,
        resource: 'CognitoIdentityPoolUnAuthRole',
      },
    ]);
  });

  it("judges AWS managed policies in authorization details by nothing of policy/invalid (they are AWS's documents)", () => {
    expect(seen(report, 'policy/invalid').filter((f) => f.file.includes('cloudsplaining'))).toEqual([]);
  });
});
