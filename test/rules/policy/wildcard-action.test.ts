import { describe, expect, it } from 'vitest';
import { fixtureFiles, lintPaths, lintRuleFixture, seen } from '../helpers.js';

const RULE = 'policy/wildcard-action';
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
  it('reports `*`, whole-service wildcards and NotAction, once per role a policy reaches', () => {
    const report = lintRuleFixture(RULE, 'invalid/wildcards.yaml');
    expect(seen(report, RULE)).toEqual([
      f('wildcards.yaml', 'roleEverything', 21, 25, 'WorkerRole'), // Action: "*"
      f('wildcards.yaml', 'roleServices', 35, 11, 'ReporterRole'), // AmazonDynamoDBFullAccess, by its document
      f('wildcards.yaml', 'roleServices', 47, 36, 'DataPolicy'), // S3:* and sqs:*, for ReporterRole
      f('wildcards.yaml', 'roleServices', 47, 36, 'DataPolicy'), // … and for WorkerRole
      f('wildcards.yaml', 'policyNotAction', 57, 13, 'OperatorsPolicy'), // the NotAction key
    ]);
    const messages = report.findings.filter((x) => x.ruleId === RULE).map((x) => x.message);
    expect(messages[0]).toBe('Role `WorkerRole` may perform every action of every service through `*` in statement `AllActions` of inline policy `Everything`.');
    expect(messages.slice(2, 4)).toEqual([
      'Role `ReporterRole` may perform every action of `s3` and `sqs` through `S3:*` and `sqs:*` in statement `Storage` of policy `data`.',
      'Role `WorkerRole` may perform every action of `s3` and `sqs` through `S3:*` and `sqs:*` in statement `Storage` of policy `data`.',
    ]);
    expect(messages[4]).toMatch(/^The policy `OperatorsPolicy` allows every action of \d+ of the \d+ services through `NotAction` in statement 1, which allows everything except `iam:\*`\.$/);
  });

  it('reports an AWS managed policy attached in a JSON template, at the attachment', () => {
    expect(seen(lintRuleFixture(RULE, 'invalid/template.json'), RULE)).toEqual([f('template.json', 'roleEverything', 11, 31, 'BuildRole')]);
  });

  it('reports a raw policy', () => {
    const report = lintRuleFixture(RULE, 'invalid/raw-policy.json');
    expect(seen(report, RULE)).toEqual([f('raw-policy.json', 'policyServices', 7, 18, 'raw-policy')]);
  });

  it('judges what remains after the unconditional Denies of the same role', () => {
    const report = lintRuleFixture(RULE, 'invalid/denied.yaml');
    expect(seen(report, RULE)).toEqual([
      f('denied.yaml', 'roleServices', 23, 21, 'StorageRole'), // s3:*; iam:* is denied in the same policy
      f('denied.yaml', 'roleServices', 45, 25, 'AdminRole'), // iam:* less iam:Delete*, denied by another policy of the role
      f('denied.yaml', 'roleEverything', 77, 25, 'OpsRole'), // a conditional Deny and a Deny on one bucket cancel nothing
      f('denied.yaml', 'roleEverything', 99, 21, 'Everything'), // for OpenRole; FencedRole's deny-all cancels it for FencedRole only
    ]);
    expect(report.findings.filter((x) => x.ruleId === RULE).map((x) => x.message)).toEqual([
      'Role `StorageRole` may perform every action of `s3` through `s3:*` in statement 1 of inline policy `storage`.',
      'Role `AdminRole` may perform every action of `iam` through `iam:*` in statement 1 of inline policy `iam-admin`. The unconditional Deny of statement `NoDeletes` of policy `no-deletes` takes part of it away.',
      'Role `OpsRole` may perform every action of every service through `*` in statement 1 of inline policy `ops`.',
      'Role `OpenRole` may perform every action of every service through `*` in statement 1 of policy `Everything`.',
    ]);
  });

  it('judges the role SAM generates from Policies: managed names and ARNs by their document, inline documents, every form, at the entry, on the SAM resource', () => {
    const report = lintRuleFixture(RULE, 'invalid/sam-policies.yaml');
    expect(seen(report, RULE)).toEqual([
      f('sam-policies.yaml', 'roleServices', 14, 11, 'ListFunction'), // AmazonDynamoDBFullAccess, by name
      f('sam-policies.yaml', 'roleServices', 15, 11, 'ListFunction'), // AmazonSQSFullAccess, by !Sub ARN
      f('sam-policies.yaml', 'roleServices', 19, 38, 'ListFunction'), // kinesis:* in the inline document
      f('sam-policies.yaml', 'roleServices', 28, 17, 'NameFunction'), // Policies: AmazonS3FullAccess
      f('sam-policies.yaml', 'roleServices', 40, 19, 'DocumentFunction'), // Policies: {Statement: …}
      f('sam-policies.yaml', 'roleServices', 52, 50, 'ConditionalFunction'), // the Fn::If branch with events:*
      f('sam-policies.yaml', 'roleServices', 61, 23, 'Workflow'), // a state machine
    ]);
    const messages = report.findings.filter((x) => x.ruleId === RULE).map((x) => x.message);
    expect(messages[0]).toBe('Role `ListFunctionRole` may perform every action of `dax` and `dynamodb` through `dynamodb:*` and `dax:*` in statement 1 of AWS managed policy `AmazonDynamoDBFullAccess`.');
    expect(messages[2]).toBe('Role `ListFunctionRole` may perform every action of `kinesis` through `kinesis:*` in statement 1 of inline policy `ListFunctionRolePolicy3`.');
    expect(messages[5]).toMatch(/\(when condition `IsProd` is false\)\.$/);
  });

  it('judges the role SAM generates in a JSON template', () => {
    expect(seen(lintRuleFixture(RULE, 'invalid/sam-policies.json'), RULE)).toEqual([
      f('sam-policies.json', 'roleServices', 11, 11, 'ApiFunction'),
      f('sam-policies.json', 'roleServices', 12, 59, 'ApiFunction'),
    ]);
  });

  it('judges the generated role only where SAM creates it: not when a parameter gives Role', () => {
    const file = `${dir}/sam-optional-role.yaml`;
    expect(seen(lintRuleFixture(RULE, 'invalid/sam-optional-role.yaml'), RULE)).toEqual([f('sam-optional-role.yaml', 'roleServices', 17, 17, 'Worker')]);
    expect(seen(lintPaths([file], { parameters: new Map([['ExecutionRoleArn', 'arn:aws:iam::123456789012:role/worker']]) }), RULE)).toEqual([]);
  });

  it('records a SAM policy template it does not expand as unresolved, and reads no Policies from Globals or beside Role', () => {
    const report = lintRuleFixture(RULE, 'valid/sam-policies.yaml');
    expect(seen(report)).toEqual([]);
    expect(report.notifications.filter((n) => n.kind === 'unresolved').map((n) => [n.range?.start.line, n.range?.start.column, n.message])).toEqual([
      [32, 11, '`Policies` of `ScopedFunction` holds the SAM policy template `S3ReadPolicy`, which this linter does not expand, so no rule judged what it grants.'],
      [43, 11, '`Policies` of `ScopedWorkflow` holds the SAM policy template `LambdaInvokePolicy`, which this linter does not expand, so no rule judged what it grants.'],
    ]);
  });

  it('hands a statement whose wildcards a Deny cancels to no other rule', () => {
    for (const file of ['valid/denied.yaml', 'valid/raw-denied.json']) {
      expect(seen(lintRuleFixture(RULE, file), 'policy/privilege-escalation')).toEqual([]);
    }
  });

  it.each(fixtureFiles(RULE, 'valid'))('reports nothing on valid/%s', (file) => {
    expect(seen(lintRuleFixture(RULE, `valid/${file}`), RULE)).toEqual([]);
  });
});
