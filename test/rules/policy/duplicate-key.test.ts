import { describe, expect, it } from 'vitest';
import { fixtureFiles, lintRuleFixture, seen } from '../helpers.js';

const RULE = 'policy/duplicate-key';
const dir = `test/fixtures/rules/${RULE}/invalid`;

describe(RULE, () => {
  it('reports the repeated key in YAML, at its second occurrence, for the resource holding it', () => {
    expect(seen(lintRuleFixture(RULE, 'invalid/duplicates.yaml'), RULE)).toEqual([
      { ruleId: RULE, messageId: 'duplicate', severity: 'high', file: `${dir}/duplicates.yaml`, line: 20, column: 17, resource: 'AppRole' },
    ]);
  });

  it('reports the repeated key in a raw JSON policy', () => {
    const report = lintRuleFixture(RULE, 'invalid/duplicates.json');
    expect(seen(report, RULE)).toEqual([
      { ruleId: RULE, messageId: 'duplicate', severity: 'high', file: `${dir}/duplicates.json`, line: 8, column: 7, resource: 'duplicates' },
    ]);
    expect(report.findings[0]?.message).toContain('Key `Effect`');
  });

  it('is not also a parse error', () => {
    expect(seen(lintRuleFixture(RULE, 'invalid/duplicates.json'), 'input/parse-error')).toEqual([]);
  });

  it.each(fixtureFiles(RULE, 'valid'))('reports nothing on valid/%s', (file) => {
    expect(seen(lintRuleFixture(RULE, `valid/${file}`), RULE)).toEqual([]);
  });
});
