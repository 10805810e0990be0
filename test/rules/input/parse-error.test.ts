import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBin, tempDir, type ProcessRun } from '../../hostile/fs-helpers.js';
import { lintFixture, ruleTester } from '../rule-tester.js';

const RULE = 'input/parse-error';
const DIR = `test/fixtures/rules/${RULE}/invalid`;

ruleTester.run(RULE, {
  valid: 'all',
  invalid: {
    // Stops an alias bomb with an error instead of expanding it.
    'alias-bomb.yaml': [
      {
        messageId: 'yaml/alias-limit',
        line: 5,
        column: 8,
        resource: undefined,
        message: `${DIR}/alias-bomb.yaml cannot be read: YAML alias limit exceeded: aliases expand to more than 10000 nodes.`,
      },
    ],
    // Reports bad YAML indentation once, at the first error, quoting the YAML parser's own words.
    'bad-indentation.yaml': [
      {
        messageId: 'yaml/parser',
        line: 3,
        column: 11,
        resource: undefined,
        message: `${DIR}/bad-indentation.yaml cannot be read: The YAML parser reports "Nested mappings are not allowed in compact mappings".`,
      },
    ],
    // Reports a manifest naming a missing template, or one outside the assembly, at the templateFile value.
    'cdk.out': [
      {
        messageId: 'template-missing',
        file: 'manifest.json',
        line: 7,
        column: 39,
        resource: undefined,
        message: 'manifest.json: artifact `Missing` names template `Missing.template.json`, which does not exist.',
      },
      {
        messageId: 'template-outside',
        file: 'manifest.json',
        line: 12,
        column: 39,
        resource: undefined,
        message:
          'manifest.json: artifact `Escape` names template `../../../../../../etc/passwd`, which is outside the assembly directory.',
      },
    ],
    // Reports a trailing comma in JSON at the comma.
    'trailing-comma.json': [
      {
        messageId: 'json/trailing-comma',
        line: 4,
        column: 69,
        resource: undefined,
        message: `${DIR}/trailing-comma.json cannot be read: Unexpected trailing comma.`,
      },
    ],
  },
});

describe(`${RULE}: beyond findings`, () => {
  it('lints the other files of the run when one is broken', () => {
    const report = lintFixture(RULE, 'invalid');
    expect(report.findings.filter((f) => f.ruleId === RULE)).toHaveLength(5);
    expect(report.files).toContain(`test/fixtures/rules/${RULE}/invalid/trailing-comma.json`);
  });
});

describe(`${RULE}: the CLI's one-line error says what the finding says`, () => {
  const dir = tempDir('parse-error-');
  let run: ProcessRun;
  let report: { findings: Array<{ ruleId: string; messageId: string; file: string; message: string }> };
  beforeAll(() => {
    writeFileSync(join(dir, 'quote.yaml'), 'Resources:\n  Role:\n    Description: "never closed\n');
    writeFileSync(join(dir, 'deep.json'), '{"Resources": ' + '['.repeat(300));
    run = runBin(dir, ['.', '-f', 'json']);
    report = JSON.parse(run.stdout) as typeof report;
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reports each file with the message of its problem code (values and quoted parser words only)', () => {
    // Nothing could be linted: exit 2, with the findings that say why.
    expect(run.status).toBe(2);
    expect(run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
    expect(report.findings.map((f) => [f.ruleId, f.messageId, f.message])).toEqual([
      [RULE, 'json/too-deep', 'deep.json cannot be read: JSON nesting deeper than 256 levels.'],
      [RULE, 'yaml/parser', 'quote.yaml cannot be read: The YAML parser reports "Missing closing "quote".'],
    ]);
  });

  it('prints one line per unreadable file on stderr, file:line:column and the same text', () => {
    expect(run.stderr.split('\n').filter((line) => line.includes('.json:') || line.includes('.yaml:'))).toEqual([
      'cognito-iam-lint: deep.json:1:270: JSON nesting deeper than 256 levels',
      'cognito-iam-lint: quote.yaml:4:1: The YAML parser reports "Missing closing "quote"',
    ]);
  });
});
