import { describe, expect, it } from 'vitest';
import { fixtureFiles, lintRuleFixture, seen } from '../helpers.js';

const RULE = 'policy/invalid';
const dir = `test/fixtures/rules/${RULE}/invalid`;
const f = (file: string, messageId: string, line: number, column: number, resource: string) => ({
  ruleId: RULE,
  messageId,
  severity: 'high',
  file: `${dir}/${file}`,
  line,
  column,
  resource,
});

describe(RULE, () => {
  it('reports each grammar problem at its position, once, in templates', () => {
    const report = lintRuleFixture(RULE, 'invalid/grammar.yaml');
    expect(seen(report, RULE)).toEqual([
      f('grammar.yaml', 'resourceInTrust', 12, 13, 'AppRole'), // Resource in a trust policy (the key)
      f('grammar.yaml', 'version', 16, 22, 'AppRole'), // Version 2012-10-18
      f('grammar.yaml', 'sidFormatIdentity', 18, 22, 'AppRole'), // Sid with a hyphen in an identity policy
      f('grammar.yaml', 'effect', 19, 25, 'AppRole'), // Effect: allow
      f('grammar.yaml', 'unknownStatementKeySuggestion', 21, 17, 'AppRole'), // Resources (typo), reported once with a suggestion
      f('grammar.yaml', 'principalInIdentity', 36, 13, 'TablePolicy'), // Principal in an identity policy
      f('grammar.yaml', 'conditionOperatorSuggestion', 40, 15, 'TablePolicy'), // unknown operator
      f('grammar.yaml', 'duplicateSid', 42, 18, 'TablePolicy'), // duplicate Sid
    ]);
    const messages = report.findings.filter((x) => x.ruleId === RULE).map((x) => x.message);
    expect(messages[4]).toBe('In `app`: Statement key `Resources` is not part of the IAM grammar; did you mean `Resource`?');
    expect(messages[6]).toContain('did you mean `StringEquals`');
  });

  it('reports an inline document of a SAM function\'s Policies in a JSON template, on the function', () => {
    expect(seen(lintRuleFixture(RULE, 'invalid/sam-function.json'), RULE)).toEqual([f('sam-function.json', 'unknownStatementKeySuggestion', 12, 48, 'ReaderFunction')]);
  });

  it('reports a condition value that is an object in a raw policy', () => {
    expect(seen(lintRuleFixture(RULE, 'invalid/raw-policy.json'), RULE)).toEqual([f('raw-policy.json', 'conditionValue', 8, 69, 'raw-policy')]);
  });

  it.each(fixtureFiles(RULE, 'valid'))('reports nothing on valid/%s', (file) => {
    expect(seen(lintRuleFixture(RULE, `valid/${file}`), RULE)).toEqual([]);
  });
});
