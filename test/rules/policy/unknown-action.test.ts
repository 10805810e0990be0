import { describe, expect, it } from 'vitest';
import { fixtureFiles, lintRuleFixture, seen } from '../helpers.js';

const RULE = 'policy/unknown-action';
const dir = `test/fixtures/rules/${RULE}/invalid`;
const f = (file: string, line: number, column: number, resource: string, messageId = 'unknown') => ({
  ruleId: RULE,
  messageId,
  severity: 'medium',
  file: `${dir}/${file}`,
  line,
  column,
  resource,
});

describe(RULE, () => {
  it('reports unknown actions once per statement, at the first one, in every kind of policy', () => {
    const report = lintRuleFixture(RULE, 'invalid/actions.yaml');
    expect(seen(report, RULE)).toEqual([
      f('actions.yaml', 16, 21, 'ReaderRole'), // sts:AssumeRol in the trust policy
      f('actions.yaml', 26, 21, 'ReaderRole', 'unknownMany'), // s3:GetObjekt and s3:ListObjects
      f('actions.yaml', 32, 25, 'ReaderRole'), // firehose:Get* names nothing
      f('actions.yaml', 42, 21, 'GuardPolicy', 'unknownDeny'), // Deny s3:DeleteBuckets
      f('actions.yaml', 45, 32, 'GuardPolicy', 'unknownExclude'), // NotAction organisations:*
    ]);
    const messages = report.findings.filter((x) => x.ruleId === RULE).map((x) => x.message);
    expect(messages[1]).toBe(
      'In policy `ReadReports`, statement `ReadObjects`, no action of the AWS Service Authorization Reference matches `s3:GetObjekt` (did you mean `s3:GetObject`?) and `s3:ListObjects`, so those entries allow nothing.',
    );
    expect(messages[3]).toContain('so that entry denies nothing.');
    expect(messages[4]).toBe(
      'In policy `GuardPolicy`, statement 2, no action of the AWS Service Authorization Reference matches `organisations:*` (did you mean `organizations:*`?), so that entry excludes nothing.',
    );
  });

  it('reports a batch API operation, which has no IAM action of its own, in a JSON template', () => {
    expect(seen(lintRuleFixture(RULE, 'invalid/template.json'), RULE)).toEqual([f('template.json', 12, 48, 'QueueWorkerPolicy')]);
  });

  it('reports an inline document of a SAM function\'s Policies, on the function', () => {
    expect(seen(lintRuleFixture(RULE, 'invalid/sam-function.yaml'), RULE)).toEqual([f('sam-function.yaml', 12, 36, 'ReaderFunction')]);
  });

  it('reports actions that are API operations but no IAM actions in a raw policy', () => {
    expect(seen(lintRuleFixture(RULE, 'invalid/raw-policy.json'), RULE)).toEqual([f('raw-policy.json', 6, 41, 'raw-policy', 'unknownMany')]);
  });

  it.each(fixtureFiles(RULE, 'valid'))('reports nothing on valid/%s', (file) => {
    expect(seen(lintRuleFixture(RULE, `valid/${file}`), RULE)).toEqual([]);
  });
});
