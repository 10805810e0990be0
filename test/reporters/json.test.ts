import { describe, expect, it } from 'vitest';
import type { LintReport } from '../../src/engine/types.js';
import { formatJson } from '../../src/reporters/json.js';
import { expectGolden } from './golden.js';
import { cleanReport, sampleReport } from './sample-report.js';
import { describeErrors, reportValidator } from './schemas.js';

const validate = reportValidator();

/** The same data with every object's keys in reverse order. */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .reverse()
        .map(([k, v]) => [k, reverseKeys(v)]),
    );
  }
  return value;
}

describe('formatJson', () => {
  it('matches the golden output', () => {
    expectGolden('report.json', formatJson(sampleReport()));
  });

  it.each([
    ['sample', sampleReport()],
    ['clean', cleanReport()],
  ])('validates against schemas/report.schema.json (%s report)', (_name, report) => {
    const ok = validate(JSON.parse(formatJson(report)));
    expect(describeErrors(validate.errors)).toBe('');
    expect(ok).toBe(true);
  });

  it('loses nothing of the report', () => {
    const report = sampleReport();
    // The one change: the construct path joins the message of a CDK resource, as in every format.
    const expected = {
      ...report,
      findings: report.findings.map((f) =>
        f.resource?.cdkPath ? { ...f, message: `${f.message} [construct ${f.resource.cdkPath}]` } : f,
      ),
    };
    expect(JSON.parse(formatJson(report))).toEqual(expected);
  });

  it('writes keys in a fixed order whatever order they were set in', () => {
    const shuffled = reverseKeys(sampleReport()) as LintReport;
    expect(formatJson(shuffled)).toBe(formatJson(sampleReport()));
  });

  it('leaves out properties the schema does not describe', () => {
    const report = sampleReport();
    Object.assign(report.findings[0] ?? {}, { internalScratch: 1 });
    expect(formatJson(report)).not.toContain('internalScratch');
  });

  it('is 2-space indented with a trailing newline', () => {
    const text = formatJson(cleanReport());
    expect(text.startsWith('{\n  "tool": {\n    "name": "cognito-iam-lint",')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
  });
});

describe('schemas/report.schema.json', () => {
  const valid = () => JSON.parse(formatJson(sampleReport())) as Record<string, unknown> & LintReport;

  it.each([
    ['an unknown severity', (r: LintReport) => Object.assign(r.findings[0] ?? {}, { severity: 'severe' })],
    ['an unknown property', (r: LintReport) => Object.assign(r.findings[0] ?? {}, { extra: true })],
    ['a missing fingerprint', (r: LintReport) => Reflect.deleteProperty(r.findings[0] ?? {}, 'fingerprint')],
    ['a 0 line', (r: LintReport) => Object.assign(r.findings[0]?.range.start ?? {}, { line: 0 })],
    ['a Windows path', (r: LintReport) => Object.assign(r.findings[0] ?? {}, { file: 'cdk.out\\x.json' })],
    ['a malformed line hash', (r: LintReport) => Object.assign(r.findings[0] ?? {}, { lineHash: 'abc' })],
    ['an unknown notification kind', (r: LintReport) => Object.assign(r.notifications[0] ?? {}, { kind: 'crash' })],
    ['a missing severity count', (r: LintReport) => Reflect.deleteProperty(r.summary.findings, 'info')],
    ['another tool name', (r: LintReport) => Object.assign(r.tool, { name: 'other' })],
  ])('rejects %s', (_name, mutate) => {
    const report = valid();
    mutate(report);
    expect(validate(report)).toBe(false);
  });
});
