import { describe, expect, it } from 'vitest';
import { seen } from '../helpers.js';
import { lintFixture, ruleTester } from '../rule-tester.js';

const RULE = 'policy/wildcard-action';

ruleTester.run(RULE, {
  valid: 'all',
  invalid: {
    // Judges what remains after the unconditional Denies of the same role.
    'denied.yaml': [
      // s3:*; iam:* is denied in the same policy
      {
        messageId: 'roleServices',
        line: 23,
        column: 21,
        resource: 'StorageRole',
        message:
          'Role `StorageRole` may perform every action of `s3` through `s3:*` in statement 1 of inline policy `storage`.',
      },
      // iam:* less iam:Delete*, denied by another policy of the role
      {
        messageId: 'roleServices',
        line: 45,
        column: 25,
        resource: 'AdminRole',
        message:
          'Role `AdminRole` may perform every action of `iam` through `iam:*` in statement 1 of inline policy `iam-admin`. The unconditional Deny of statement `NoDeletes` of policy `no-deletes` takes part of it away.',
      },
      // a conditional Deny and a Deny on one bucket cancel nothing
      {
        messageId: 'roleEverything',
        line: 77,
        column: 25,
        resource: 'OpsRole',
        message:
          'Role `OpsRole` may perform every action of every service through `*` in statement 1 of inline policy `ops`.',
      },
      // for OpenRole; FencedRole's deny-all cancels it for FencedRole only
      {
        messageId: 'roleEverything',
        line: 99,
        column: 21,
        resource: 'Everything',
        message:
          'Role `OpenRole` may perform every action of every service through `*` in statement 1 of policy `Everything`.',
      },
    ],
    // Reports a raw policy.
    'raw-policy.json': [{ messageId: 'policyServices', line: 7, column: 18, resource: 'raw-policy' }],
    // Judges the generated role only where SAM creates it: not when a parameter gives Role.
    'sam-optional-role.yaml': [{ messageId: 'roleServices', line: 17, column: 17, resource: 'Worker' }],
    // Judges the role SAM generates in a JSON template.
    'sam-policies.json': [
      { messageId: 'roleServices', line: 11, column: 11, resource: 'ApiFunction' },
      { messageId: 'roleServices', line: 12, column: 59, resource: 'ApiFunction' },
    ],
    // Judges the role SAM generates from Policies: managed names and ARNs by their document, inline documents, every form, at the entry, on the SAM resource.
    'sam-policies.yaml': [
      // AmazonDynamoDBFullAccess, by name
      {
        messageId: 'roleServices',
        line: 14,
        column: 11,
        resource: 'ListFunction',
        message:
          'Role `ListFunctionRole` may perform every action of `dax` and `dynamodb` through `dynamodb:*` and `dax:*` in statement 1 of AWS managed policy `AmazonDynamoDBFullAccess`.',
      },
      { messageId: 'roleServices', line: 15, column: 11, resource: 'ListFunction' }, // AmazonSQSFullAccess, by !Sub ARN
      // kinesis:* in the inline document
      {
        messageId: 'roleServices',
        line: 19,
        column: 38,
        resource: 'ListFunction',
        message:
          'Role `ListFunctionRole` may perform every action of `kinesis` through `kinesis:*` in statement 1 of inline policy `ListFunctionRolePolicy3`.',
      },
      { messageId: 'roleServices', line: 28, column: 17, resource: 'NameFunction' }, // Policies: AmazonS3FullAccess
      { messageId: 'roleServices', line: 40, column: 19, resource: 'DocumentFunction' }, // Policies: {Statement: …}
      // the Fn::If branch with events:*
      {
        messageId: 'roleServices',
        line: 52,
        column: 50,
        resource: 'ConditionalFunction',
        message: /\(when condition `IsProd` is false\)\.$/,
      },
      { messageId: 'roleServices', line: 61, column: 23, resource: 'Workflow' }, // a state machine
    ],
    // Reports an AWS managed policy attached in a JSON template, at the attachment.
    'template.json': [{ messageId: 'roleEverything', line: 11, column: 31, resource: 'BuildRole' }],
    // Reports `*`, whole-service wildcards and NotAction, once per role a policy reaches.
    'wildcards.yaml': [
      // Action: "*"
      {
        messageId: 'roleEverything',
        line: 21,
        column: 25,
        resource: 'WorkerRole',
        message:
          'Role `WorkerRole` may perform every action of every service through `*` in statement `AllActions` of inline policy `Everything`.',
      },
      { messageId: 'roleServices', line: 35, column: 11, resource: 'ReporterRole' }, // AmazonDynamoDBFullAccess, by its document
      // S3:* and sqs:*, for ReporterRole
      {
        messageId: 'roleServices',
        line: 47,
        column: 36,
        resource: 'DataPolicy',
        message:
          'Role `ReporterRole` may perform every action of `s3` and `sqs` through `S3:*` and `sqs:*` in statement `Storage` of policy `data`.',
      },
      // … and for WorkerRole
      {
        messageId: 'roleServices',
        line: 47,
        column: 36,
        resource: 'DataPolicy',
        message:
          'Role `WorkerRole` may perform every action of `s3` and `sqs` through `S3:*` and `sqs:*` in statement `Storage` of policy `data`.',
      },
      // the NotAction key
      {
        messageId: 'policyNotActionCount',
        line: 57,
        column: 13,
        resource: 'OperatorsPolicy',
        message:
          /^The policy `OperatorsPolicy` allows every action of \d+ of the \d+ services through `NotAction` in statement 1, which allows everything except `iam:\*`\.$/,
      },
    ],
  },
  variants: [
    {
      name: 'judges the generated role only where SAM creates it: not when a parameter gives Role',
      fixture: 'invalid/sam-optional-role.yaml',
      parameters: new Map([['ExecutionRoleArn', 'arn:aws:iam::123456789012:role/worker']]),
      findings: [],
    },
  ],
});

describe(`${RULE}: beyond findings`, () => {
  it('records a SAM policy template it does not expand as unresolved, and reads no Policies from Globals or beside Role', () => {
    const report = lintFixture(RULE, 'valid/sam-policies.yaml');
    expect(seen(report)).toEqual([]);
    expect(
      report.notifications
        .filter((n) => n.kind === 'unresolved')
        .map((n) => [n.range?.start.line, n.range?.start.column, n.message]),
    ).toEqual([
      [
        32,
        11,
        '`Policies` of `ScopedFunction` holds the SAM policy template `S3ReadPolicy`, which this linter does not expand, so no rule judged what it grants.',
      ],
      [
        43,
        11,
        '`Policies` of `ScopedWorkflow` holds the SAM policy template `LambdaInvokePolicy`, which this linter does not expand, so no rule judged what it grants.',
      ],
    ]);
  });

  it('hands a statement whose wildcards a Deny cancels to no other rule', () => {
    for (const file of ['valid/denied.yaml', 'valid/raw-denied.json']) {
      expect(seen(lintFixture(RULE, file), 'policy/privilege-escalation')).toEqual([]);
    }
  });
});
