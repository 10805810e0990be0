import { describe, expect, it } from 'vitest';
import { fixtureFiles, lintRuleFixture, seen } from '../helpers.js';

const RULE = 'input/parse-error';
const dir = `test/fixtures/rules/${RULE}/invalid`;
const f = (messageId: string, file: string, line: number, column: number) => ({
  ruleId: RULE,
  messageId,
  severity: 'high',
  file: `${dir}/${file}`,
  line,
  column,
  resource: undefined,
});

describe(RULE, () => {
  it('reports a trailing comma in JSON at the comma', () => {
    expect(seen(lintRuleFixture(RULE, 'invalid/trailing-comma.json'), RULE)).toEqual([f('syntax', 'trailing-comma.json', 4, 69)]);
  });

  it('reports bad YAML indentation once, at the first error', () => {
    expect(seen(lintRuleFixture(RULE, 'invalid/bad-indentation.yaml'), RULE)).toEqual([f('syntax', 'bad-indentation.yaml', 3, 11)]);
  });

  it('stops an alias bomb with an error instead of expanding it', () => {
    const report = lintRuleFixture(RULE, 'invalid/alias-bomb.yaml');
    expect(seen(report, RULE)).toEqual([f('syntax', 'alias-bomb.yaml', 5, 8)]);
    expect(report.findings[0]?.message).toContain('alias limit exceeded');
  });

  it('reports a manifest naming a missing template, or one outside the assembly, at the templateFile value', () => {
    const report = lintRuleFixture(RULE, 'invalid/cdk.out');
    expect(seen(report, RULE)).toEqual([f('input', 'cdk.out/manifest.json', 7, 39), f('input', 'cdk.out/manifest.json', 12, 39)]);
    expect(report.findings.map((x) => x.message)).toEqual([
      'manifest.json: artifact `Missing` names template `Missing.template.json`, which does not exist.',
      'manifest.json: artifact `Escape` names template `../../../../../../etc/passwd`, which is outside the assembly directory.',
    ]);
  });

  it('lints the other files of the run when one is broken', () => {
    const report = lintRuleFixture(RULE, 'invalid');
    expect(seen(report, RULE)).toHaveLength(5);
    expect(report.files).toContain(`${dir}/trailing-comma.json`);
  });

  it.each(fixtureFiles(RULE, 'valid'))('reports nothing on valid/%s', (file) => {
    expect(seen(lintRuleFixture(RULE, `valid/${file}`), RULE)).toEqual([]);
  });
});
