import { describe, expect, it } from 'vitest';
import type { Log, ReportingDescriptor, Result, Run } from 'sarif';
import type { LintReport } from '../../src/engine/types.js';
import { formatSarif, markdownToText, pathToUri, ruleName } from '../../src/reporters/sarif.js';
import { expectGolden } from './golden.js';
import { cleanReport, RULES, sampleReport } from './sample-report.js';
import { describeErrors, sarifValidator } from './schemas.js';

const validate = sarifValidator();

function parse(text: string): { log: Log; run: Run; rules: ReportingDescriptor[]; results: Result[] } {
  const log = JSON.parse(text) as Log;
  const run = log.runs[0];
  if (!run) throw new Error('no run');
  return { log, run, rules: run.tool.driver.rules ?? [], results: run.results ?? [] };
}

function withInternalError(report: LintReport): LintReport {
  report.notifications.push({
    level: 'error',
    kind: 'internal',
    message: 'Rule role/broad-read failed on role AppUserRole: TypeError: cannot read properties of undefined.',
    ruleId: 'trust/missing-amr',
  });
  return report;
}

describe('formatSarif', () => {
  it('matches the golden output', () => {
    expectGolden('report.sarif', formatSarif(sampleReport()));
  });

  it.each([
    ['sample', () => formatSarif(sampleReport())],
    ['sample without suppressed results', () => formatSarif(sampleReport(), { includeSuppressed: false })],
    ['clean', () => formatSarif(cleanReport())],
    ['internal error', () => formatSarif(withInternalError(sampleReport()))],
  ])('validates against the SARIF 2.1.0 schema (%s)', (_name, render) => {
    const ok = validate(JSON.parse(render()));
    expect(describeErrors(validate.errors)).toBe('');
    expect(ok).toBe(true);
  });

  it('describes the log, the tool and the run as GitHub expects', () => {
    const { log, run } = parse(formatSarif(sampleReport()));
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    expect(run.tool.driver).toMatchObject({
      name: 'cognito-iam-lint',
      version: '0.1.0',
      semanticVersion: '0.1.0',
      informationUri: 'https://github.com/cognito-iam-lint/cognito-iam-lint',
    });
    expect(run.automationDetails).toEqual({ id: 'cognito-iam-lint/' });
    expect(run.columnKind).toBe('utf16CodeUnits');
    expect(Object.keys(run.originalUriBaseIds ?? {})).toEqual(['%SRCROOT%']);
    expect(run.originalUriBaseIds?.['%SRCROOT%']?.uri).toBeUndefined();
    expect(run.artifacts?.map((a) => a.location?.uri)).toEqual([
      'cdk.out/WebAppStack.template.json',
      'policies/guest%20role.json',
      'templates/identity.yaml',
    ]);
  });

  it('lists every rule that ran, sorted, with GitHub metadata', () => {
    const { rules } = parse(formatSarif(sampleReport()));
    expect(rules.map((r) => r.id)).toEqual(RULES.map((r) => r.id).sort());
    const aud = rules.find((r) => r.id === 'trust/missing-aud');
    expect(aud).toMatchObject({
      name: 'TrustMissingAud',
      shortDescription: { text: 'Identity-pool role trust must pin cognito-identity.amazonaws.com:aud to its pools' },
      helpUri: 'https://github.com/cognito-iam-lint/cognito-iam-lint/blob/main/rules/trust/missing-aud.md',
      defaultConfiguration: { level: 'error' },
      properties: {
        precision: 'high',
        'security-severity': '9.5',
        tags: ['security', 'cognito', 'iam', 'trust', 'identity-pool'],
      },
    });
    expect(aud?.help?.markdown).toBe(RULES.find((r) => r.id === 'trust/missing-aud')?.docs);
    expect(aud?.help?.text).not.toMatch(/[`#]|\]\(/);
    const levels = Object.fromEntries(
      rules.map((r) => [r.id, [r.defaultConfiguration?.level, r.properties?.['security-severity']]]),
    );
    expect(levels).toEqual({
      'identity-pool/classic-flow': ['warning', '5.5'],
      'identity-pool/no-token-check': ['note', '3.0'],
      'identity-pool/unused-guest-role': ['note', '0.0'],
      'role/guest-write-access': ['error', '8.0'],
      'trust/broad-principal': ['error', '9.5'],
      'trust/missing-amr': ['error', '8.0'],
      'trust/missing-aud': ['error', '9.5'],
    });
  });

  it('generates help from description, fix and references when a rule has no page', () => {
    const { rules } = parse(formatSarif(sampleReport()));
    const amr = rules.find((r) => r.id === 'trust/missing-amr');
    expect(amr?.fullDescription?.text).toBe(
      'Identity-pool role trust should test cognito-identity.amazonaws.com:amr. Add ForAnyValue:StringLike cognito-identity.amazonaws.com:amr = authenticated (or unauthenticated for the guest role).',
    );
    expect(amr?.help?.text).toContain(
      '\n\nReferences:\n- https://docs.aws.amazon.com/cognito/latest/developerguide/role-trust-and-permissions.html',
    );
    expect(amr?.help?.markdown).toContain('**How to fix:**');
  });

  it('lists the Terraform and Serverless forms of the fix in generated help', () => {
    const report = sampleReport();
    report.rules = report.rules.map((r) =>
      r.id === 'trust/missing-amr'
        ? {
            ...r,
            fixIn: {
              terraform: 'Add `condition { test = "ForAnyValue:StringLike" … }` to the trust',
              serverless: 'The same under `resources.Resources`.',
            },
          }
        : r,
    );
    const amr = parse(formatSarif(report)).rules.find((r) => r.id === 'trust/missing-amr');
    expect(amr?.help?.markdown).toContain(
      '**How to fix:** Add ForAnyValue:StringLike cognito-identity.amazonaws.com:amr = authenticated (or unauthenticated for the guest role).\n\n' +
        '**In Terraform:** Add `condition { test = "ForAnyValue:StringLike" … }` to the trust.\n\n' +
        '**In the Serverless Framework:** The same under `resources.Resources`.\n\n**References**',
    );
    expect(amr?.help?.text).toContain(
      '\n\nIn Terraform: Add `condition { test = "ForAnyValue:StringLike" … }` to the trust.\n\nIn the Serverless Framework: The same under `resources.Resources`.\n\nReferences:',
    );
  });

  it('keeps descriptions and tags within GitHub limits', () => {
    const report = cleanReport();
    const long = 'x'.repeat(2000);
    report.rules = [
      { ...RULES[0]!, description: long, fix: long, tags: Array.from({ length: 15 }, (_, i) => `tag${i}`) },
    ];
    const { rules } = parse(formatSarif(report));
    const rule = rules[0];
    expect(rule?.shortDescription?.text.length).toBe(1024);
    expect(rule?.fullDescription?.text.length).toBe(1024);
    const tags = rule?.properties?.tags ?? [];
    expect(tags).toHaveLength(10);
    expect(tags[0]).toBe('security');
  });

  it('maps findings to results in report order', () => {
    const report = sampleReport();
    const { rules, results } = parse(formatSarif(report));
    expect(results.map((r) => r.ruleId)).toEqual(report.findings.map((f) => f.ruleId));
    results.forEach((result, i) => {
      const finding = report.findings[i]!;
      expect(rules[result.ruleIndex ?? -1]?.id).toBe(result.ruleId);
      const construct = finding.resource?.cdkPath;
      expect(result.message.text).toBe(construct ? `${finding.message} [construct ${construct}]` : finding.message);
      expect(result.properties?.['severity']).toBe(finding.severity);
      expect(result.partialFingerprints).toEqual({
        primaryLocationLineHash: finding.lineHash,
        'cognitoIamLint/v1': finding.fingerprint,
      });
      expect(result.locations?.[0]?.physicalLocation?.region).toEqual({
        startLine: finding.range.start.line,
        startColumn: finding.range.start.column,
        endLine: finding.range.end.line,
        endColumn: finding.range.end.column,
      });
    });
    expect(results.map((r) => r.level)).toEqual(['warning', 'error', 'error', 'error', 'error', 'note', 'note']);
  });

  it('names the resource as a logical location, and omits it when there is none', () => {
    const { results } = parse(formatSarif(sampleReport()));
    expect(results[1]?.locations?.[0]?.logicalLocations).toEqual([
      {
        name: 'AuthenticatedRole86104F1A',
        fullyQualifiedName: 'WebAppStack/AuthenticatedRole/Resource',
        kind: 'resource',
      },
    ]);
    expect(results[3]?.locations?.[0]?.logicalLocations).toEqual([
      { name: 'GuestRole', fullyQualifiedName: 'policies/guest role.json/GuestRole', kind: 'resource' },
    ]);
    expect(results[6]?.locations?.[0]?.logicalLocations).toBeUndefined();
    expect(results[3]?.locations?.[0]?.physicalLocation?.artifactLocation).toEqual({
      uri: 'policies/guest%20role.json',
      uriBaseId: '%SRCROOT%',
      index: 1,
    });
  });

  it('points at the line of the CDK app that creates the construct, as a related location', () => {
    const { results } = parse(formatSarif(sampleReport()));
    expect(results[1]?.relatedLocations).toEqual([
      {
        id: 1,
        physicalLocation: {
          artifactLocation: { uri: 'lib/web-app-stack.ts', uriBaseId: '%SRCROOT%' },
          region: { startLine: 42, startColumn: 31 },
        },
        message: { text: 'The CDK app creates construct WebAppStack/AuthenticatedRole/Resource here.' },
      },
    ]);
    // A construct without a trace, and a resource outside any CDK app, have none.
    expect(results[2]?.relatedLocations).toBeUndefined();
    expect(results[3]?.relatedLocations).toBeUndefined();
  });

  it.each([
    ['/home/dev/web app/lib/stack.ts', 'file:///home/dev/web%20app/lib/stack.ts'],
    ['C:/work/app/lib/stack.ts', 'file:///C:/work/app/lib/stack.ts'],
  ])('links a source outside the working directory (%s) by an absolute file URI, and stays valid', (file, uri) => {
    const report = sampleReport();
    const finding = report.findings[1]!;
    finding.resource = { ...finding.resource!, cdkSource: { file, line: 3, column: 9 } };
    const text = formatSarif(report);
    expect(parse(text).results[1]?.relatedLocations?.[0]?.physicalLocation?.artifactLocation).toEqual({ uri });
    expect(validate(JSON.parse(text))).toBe(true);
  });

  it('carries suppressions and baseline states', () => {
    const { results } = parse(formatSarif(sampleReport()));
    expect(results[0]?.suppressions).toEqual([
      {
        kind: 'inSource',
        status: 'accepted',
        justification: 'Mobile app 2.x still uses the basic flow; removal tracked in APP-1423.',
      },
    ]);
    expect(results.filter((r) => r.suppressions)).toHaveLength(1);
    expect(results.map((r) => r.baselineState)).toEqual(['new', 'new', 'new', 'new', 'unchanged', 'new', 'new']);
    const noBaseline = sampleReport();
    for (const f of noBaseline.findings) delete f.baselineState;
    expect(parse(formatSarif(noBaseline)).results.some((r) => 'baselineState' in r)).toBe(false);
  });

  it('can leave suppressed findings out', () => {
    const { results } = parse(formatSarif(sampleReport(), { includeSuppressed: false }));
    expect(results).toHaveLength(6);
    expect(results.some((r) => r.suppressions)).toBe(false);
  });

  it('reports notifications and a failed rule in the invocation', () => {
    const { run } = parse(formatSarif(sampleReport()));
    const invocation = run.invocations?.[0];
    expect(invocation?.executionSuccessful).toBe(true);
    expect(invocation?.toolExecutionNotifications).toEqual([
      {
        level: 'warning',
        message: { text: 'Skipped docs/openapi.json: neither a CloudFormation template nor an IAM policy document.' },
        descriptor: { id: 'input', index: 2 },
        locations: [{ physicalLocation: { artifactLocation: { uri: 'docs/openapi.json', uriBaseId: '%SRCROOT%' } } }],
      },
      {
        level: 'note',
        message: {
          text: 'The aud value of role AppUserRole is parameter PoolIdParam, which has no default: whether it names the attached pool is unknown.',
        },
        descriptor: { id: 'unresolved', index: 0 },
        associatedRule: { id: 'trust/aud-mismatch' },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: 'templates/identity.yaml', uriBaseId: '%SRCROOT%', index: 2 },
              region: { startLine: 24, startColumn: 53, endLine: 24, endColumn: 69 },
            },
          },
        ],
      },
    ]);
    const failed = parse(formatSarif(withInternalError(sampleReport()))).run.invocations?.[0];
    expect(failed?.executionSuccessful).toBe(false);
    expect(failed?.toolExecutionNotifications?.[2]).toMatchObject({
      level: 'error',
      descriptor: { id: 'internal', index: 1 },
      associatedRule: { id: 'trust/missing-amr', index: 5 },
    });
    expect(failed?.toolExecutionNotifications?.[2]?.locations).toBeUndefined();
  });

  it('still has a results array and no notifications when the run is clean', () => {
    const { run } = parse(formatSarif(cleanReport()));
    expect(run.results).toEqual([]);
    expect(run.invocations).toEqual([{ executionSuccessful: true }]);
  });

  it('describes a rule missing from report.rules rather than dropping its results', () => {
    const report = sampleReport();
    report.rules = report.rules.filter((r) => r.id !== 'trust/missing-aud');
    const { rules, results } = parse(formatSarif(report));
    const index = results[1]?.ruleIndex ?? -1;
    expect(rules[index]).toMatchObject({
      id: 'trust/missing-aud',
      name: 'TrustMissingAud',
      defaultConfiguration: { level: 'error' },
    });
  });
});

describe('ruleName', () => {
  it.each([
    ['trust/missing-aud', 'TrustMissingAud'],
    ['identity-pool/writable-claim-mapping', 'IdentityPoolWritableClaimMapping'],
    ['apigateway/iam-auth-open-to-guests', 'ApigatewayIamAuthOpenToGuests'],
  ])('%s → %s', (id, name) => expect(ruleName(id)).toBe(name));
});

describe('pathToUri', () => {
  it.each([
    ['cdk.out/WebAppStack.template.json', 'cdk.out/WebAppStack.template.json'],
    ['policies/guest role.json', 'policies/guest%20role.json'],
    ['a#b/c?d.yaml', 'a%23b/c%3Fd.yaml'],
    ['c:x/y.json', 'c%3Ax/y.json'],
    ['stacks/(prod)/über%.yaml', 'stacks/%28prod%29/%C3%BCber%25.yaml'],
    ['../shared/x_y~z-1.json', '../shared/x_y~z-1.json'],
  ])('%s → %s', (path, uri) => {
    expect(pathToUri(path)).toBe(uri);
    expect(decodeURIComponent(pathToUri(path))).toBe(path);
  });
});

describe('markdownToText', () => {
  it('keeps the words and drops the markup', () => {
    const markdown = [
      '# trust/missing-aud',
      '',
      'Pin **`aud`** to the pool; see [the guide](https://example.com/g) or <https://example.com/x>.',
      '',
      '* one',
      '+ two',
      '',
      '```yaml',
      'Condition: {}',
      '```',
      '',
      '',
      '',
      'Policy variables like ${aws:PrincipalTag/team_name} and s3:*Object stay as written.',
    ].join('\n');
    expect(markdownToText(markdown)).toBe(
      [
        'trust/missing-aud',
        '',
        'Pin aud to the pool; see the guide (https://example.com/g) or https://example.com/x.',
        '',
        '- one',
        '- two',
        '',
        '    Condition: {}',
        '',
        'Policy variables like ${aws:PrincipalTag/team_name} and s3:*Object stay as written.',
      ].join('\n'),
    );
  });
});
