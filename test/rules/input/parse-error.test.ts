import { describe, expect, it } from 'vitest';
import { lintFixture, ruleTester } from '../rule-tester.js';

const RULE = 'input/parse-error';

ruleTester.run(RULE, {
  valid: 'all',
  invalid: {
    // Stops an alias bomb with an error instead of expanding it.
    'alias-bomb.yaml': [
      { messageId: 'syntax', line: 5, column: 8, resource: undefined, messageIncludes: 'alias limit exceeded' },
    ],
    // Reports bad YAML indentation once, at the first error.
    'bad-indentation.yaml': [{ messageId: 'syntax', line: 3, column: 11, resource: undefined }],
    // Reports a manifest naming a missing template, or one outside the assembly, at the templateFile value.
    'cdk.out': [
      {
        messageId: 'input',
        file: 'manifest.json',
        line: 7,
        column: 39,
        resource: undefined,
        message: 'manifest.json: artifact `Missing` names template `Missing.template.json`, which does not exist.',
      },
      {
        messageId: 'input',
        file: 'manifest.json',
        line: 12,
        column: 39,
        resource: undefined,
        message:
          'manifest.json: artifact `Escape` names template `../../../../../../etc/passwd`, which is outside the assembly directory.',
      },
    ],
    // Reports a trailing comma in JSON at the comma.
    'trailing-comma.json': [{ messageId: 'syntax', line: 4, column: 69, resource: undefined }],
  },
});

describe(`${RULE}: beyond findings`, () => {
  it('lints the other files of the run when one is broken', () => {
    const report = lintFixture(RULE, 'invalid');
    expect(report.findings.filter((f) => f.ruleId === RULE)).toHaveLength(5);
    expect(report.files).toContain(`test/fixtures/rules/${RULE}/invalid/trailing-comma.json`);
  });
});
