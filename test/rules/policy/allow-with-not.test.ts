import { describe, expect, it } from 'vitest';
import { fixtureFiles, lintRuleFixture, seen } from '../helpers.js';

const RULE = 'policy/allow-with-not';
const dir = `test/fixtures/rules/${RULE}/invalid`;
const f = (file: string, messageId: string, line: number, column: number, resource: string) => ({
  ruleId: RULE,
  messageId,
  severity: 'medium',
  file: `${dir}/${file}`,
  line,
  column,
  resource,
});

describe(RULE, () => {
  it('reports Allow with NotAction or NotResource at the key, in identity and resource policies', () => {
    const report = lintRuleFixture(RULE, 'invalid/not-elements.yaml');
    expect(seen(report, RULE)).toEqual([
      f('not-elements.yaml', 'notAction', 23, 17, 'OperatorRole'),
      f('not-elements.yaml', 'notResource', 28, 17, 'OperatorRole'),
      f('not-elements.yaml', 'notActionScoped', 32, 17, 'OperatorRole'), // NotAction within the S3 resources it names
      f('not-elements.yaml', 'both', 44, 13, 'ReportsBucketPolicy'), // one finding per statement, at NotAction
    ]);
    const messages = report.findings.filter((x) => x.ruleId === RULE).map((x) => x.message);
    expect(messages[0]).toBe(
      'In policy `Operator`, statement `AllButIam`, `Allow` with `NotAction` grants every action except `iam:*` and `organizations:*`, including every action AWS adds later.',
    );
    expect(messages[2]).toBe(
      'In policy `Operator`, statement `AllButDelete`, `Allow` with `NotAction` grants every action on its resources except `s3:DeleteBucket`, including every action AWS adds later.',
    );
    expect(messages[3]).toBe(
      'In policy `ReportsBucketPolicy PolicyDocument`, statement 1, `Allow` with `NotAction` and `NotResource` grants every action except `s3:DeleteBucket` on every resource except `arn:aws:s3:::other-bucket/*`.',
    );
  });

  it('reports a topic policy in a JSON template, scoped to its resources', () => {
    expect(seen(lintRuleFixture(RULE, 'invalid/template.json'), RULE)).toEqual([f('template.json', 'notActionScoped', 14, 15, 'TopicPolicy')]);
  });

  it('reports an inline document of a SAM state machine\'s Policies, on the state machine', () => {
    expect(seen(lintRuleFixture(RULE, 'invalid/sam-function.yaml'), RULE)).toEqual([f('sam-function.yaml', 'notAction', 10, 15, 'CleanupWorkflow')]);
  });

  it('reports a raw policy', () => {
    expect(seen(lintRuleFixture(RULE, 'invalid/raw-policy.json'), RULE)).toEqual([f('raw-policy.json', 'notAction', 7, 7, 'raw-policy')]);
  });

  it.each(fixtureFiles(RULE, 'valid'))('reports nothing on valid/%s', (file) => {
    expect(seen(lintRuleFixture(RULE, `valid/${file}`), RULE)).toEqual([]);
  });
});
