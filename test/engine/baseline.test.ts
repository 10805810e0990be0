/**
 * src/engine/baseline.ts: writing a baseline, reading it back, and comparing a report with it.
 */
import { describe, expect, it } from 'vitest';
import {
  applyBaseline,
  BaselineError,
  createBaseline,
  formatBaseline,
  parseBaseline,
  type Baseline,
} from '../../src/engine/baseline.js';
import type { Finding, LintReport } from '../../src/engine/types.js';
import { lintFiles } from './helpers.js';

function finding(overrides: Partial<Finding> & Pick<Finding, 'fingerprint'>): Finding {
  return {
    ruleId: 'trust/missing-amr',
    messageId: 'm',
    severity: 'high',
    message: 'Role `R` does not test amr.',
    file: 'app.yaml',
    range: { start: { line: 1, column: 1 }, end: { line: 1, column: 2 } },
    resource: { logicalId: 'R' },
    lineHash: '1:1',
    suppressions: [],
    ...overrides,
  };
}

function report(findings: Finding[]): LintReport {
  return {
    tool: { name: 'cognito-iam-lint', version: '9.9.9' },
    files: ['app.yaml'],
    findings,
    notifications: [],
    rules: [],
    summary: {
      filesLinted: 1,
      findings: { critical: 0, high: findings.length, medium: 0, low: 0, info: 0 },
      suppressed: 0,
    },
  };
}

describe('createBaseline / formatBaseline', () => {
  it('records every unsuppressed finding, sorted by file, rule, resource and message, never by line', () => {
    const findings = [
      finding({
        fingerprint: 'c',
        file: 'b.yaml',
        range: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
      }),
      finding({
        fingerprint: 'b',
        file: 'a.yaml',
        ruleId: 'trust/missing-aud',
        severity: 'info',
        range: { start: { line: 9, column: 1 }, end: { line: 9, column: 1 } },
      }),
      finding({
        fingerprint: 'a',
        file: 'a.yaml',
        ruleId: 'trust/missing-amr',
        range: { start: { line: 50, column: 1 }, end: { line: 50, column: 1 } },
      }),
      finding({ fingerprint: 's', suppressions: [{ kind: 'inSource', justification: 'accepted' }] }),
      finding({ fingerprint: 'n', file: 'a.yaml', resource: undefined }),
    ];
    const baseline = createBaseline(report(findings));
    expect(baseline.version).toBe(1);
    expect(baseline.toolVersion).toBe('9.9.9');
    expect(baseline.entries.map((e) => [e.file, e.ruleId, e.resource, e.fingerprint])).toEqual([
      ['a.yaml', 'trust/missing-amr', undefined, 'n'],
      ['a.yaml', 'trust/missing-amr', 'R', 'a'],
      ['a.yaml', 'trust/missing-aud', 'R', 'b'],
      ['b.yaml', 'trust/missing-amr', 'R', 'c'],
    ]);
    // Same findings in any order: the same bytes.
    expect(formatBaseline(createBaseline(report([...findings].reverse())))).toBe(formatBaseline(baseline));
  });

  it('writes documented JSON with a fixed key order, and reads it back unchanged', () => {
    const text = formatBaseline(
      createBaseline(report([finding({ fingerprint: 'f1' }), finding({ fingerprint: 'f2', resource: undefined })])),
    );
    expect(text).toBe(`{
  "version": 1,
  "toolVersion": "9.9.9",
  "entries": [
    {
      "fingerprint": "f2",
      "ruleId": "trust/missing-amr",
      "file": "app.yaml",
      "message": "Role \`R\` does not test amr."
    },
    {
      "fingerprint": "f1",
      "ruleId": "trust/missing-amr",
      "file": "app.yaml",
      "resource": "R",
      "message": "Role \`R\` does not test amr."
    }
  ]
}
`);
    expect(formatBaseline(parseBaseline(text))).toBe(text);
  });
});

describe('parseBaseline', () => {
  const bad: Array<[string, string, RegExp]> = [
    ['not JSON', '{"version": 1,', /^not valid JSON \(/],
    ['a list', '[]', /^not a baseline: expected a JSON object/],
    ['no version', '{"entries": []}', /`version` is missing/],
    ['a future version', '{"version": 2, "entries": []}', /unsupported baseline version 2 .*--write-baseline/],
    ['entries not a list', '{"version": 1, "entries": {}}', /`entries` must be a list/],
    [
      'an entry without fingerprint',
      '{"version": 1, "entries": [{"ruleId": "a/b", "file": "f", "message": "m"}]}',
      /^entries\[0\]\.fingerprint must be a non-empty string\.$/,
    ],
    [
      'a resource that is not a string',
      '{"version": 1, "entries": [{"fingerprint": "x", "ruleId": "a/b", "file": "f", "message": "m", "resource": 3}]}',
      /^entries\[0\]\.resource must be a string\.$/,
    ],
  ];
  for (const [what, text, message] of bad) {
    it(`rejects ${what} with a one-line reason`, () => {
      let error: unknown;
      try {
        parseBaseline(text);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(BaselineError);
      expect((error as Error).message).toMatch(message);
      expect((error as Error).message).not.toContain('\n');
    });
  }

  it('accepts a byte-order mark and an empty list', () => {
    expect(parseBaseline('\uFEFF{"version": 1, "toolVersion": "0.1.0", "entries": []}').entries).toEqual([]);
  });
});

describe('applyBaseline', () => {
  const baseline = (...fingerprints: string[]): Baseline => ({
    version: 1,
    toolVersion: '0.1.0',
    entries: fingerprints.map((fp) => ({
      fingerprint: fp,
      ruleId: 'trust/missing-amr',
      file: 'app.yaml',
      message: `was ${fp}`,
    })),
  });

  it('marks known findings unchanged, others new, and lists the entries nothing matched', () => {
    const input = report([finding({ fingerprint: 'kept' }), finding({ fingerprint: 'fresh' })]);
    const { report: out, absent } = applyBaseline(input, baseline('kept', 'gone'));
    expect(out.findings.map((f) => [f.fingerprint, f.baselineState])).toEqual([
      ['kept', 'unchanged'],
      ['fresh', 'new'],
    ]);
    expect(absent.map((e) => e.fingerprint)).toEqual(['gone']);
    // Pure: the input report is untouched.
    expect(input.findings.every((f) => f.baselineState === undefined)).toBe(true);
  });

  it('counts: two findings with one fingerprint need two entries', () => {
    const input = report([finding({ fingerprint: 'twin' }), finding({ fingerprint: 'twin' })]);
    expect(applyBaseline(input, baseline('twin')).report.findings.map((f) => f.baselineState)).toEqual([
      'unchanged',
      'new',
    ]);
    const both = applyBaseline(input, baseline('twin', 'twin', 'twin'));
    expect(both.report.findings.map((f) => f.baselineState)).toEqual(['unchanged', 'unchanged']);
    expect(both.absent).toHaveLength(1);
  });

  it('accepts a real run against its own baseline, and reports an edit that changes the offending value as new', () => {
    const template = `Resources:
  IdentityPool:
    Type: AWS::Cognito::IdentityPool
    Properties: { AllowUnauthenticatedIdentities: true, AllowClassicFlow: true }
  AuthRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal: { Federated: cognito-identity.amazonaws.com }
            Action: sts:AssumeRoleWithWebIdentity
            Condition:
              StringLike: { 'cognito-identity.amazonaws.com:aud': '*' }
              ForAnyValue:StringLike: { 'cognito-identity.amazonaws.com:amr': authenticated }
`;
    const first = lintFiles({ 'app.yaml': template });
    expect(first.findings.map((f) => f.ruleId)).toEqual(['trust/missing-aud']);
    const recorded = parseBaseline(formatBaseline(createBaseline(first)));

    const again = applyBaseline(lintFiles({ 'app.yaml': `# moved\n\n${template}` }), recorded);
    expect(again.report.findings.map((f) => f.baselineState)).toEqual(['unchanged']);
    expect(again.absent).toEqual([]);

    const changed = applyBaseline(
      lintFiles({ 'app.yaml': template.replace("aud': '*'", "aud': 'eu-west-1:*'") }),
      recorded,
    );
    expect(changed.report.findings.map((f) => f.baselineState)).toEqual(['new']);
    expect(changed.absent.map((e) => e.ruleId)).toEqual(['trust/missing-aud']);
  });
});
