import { describe, expect, it } from 'vitest';
import type { Finding, LintReport, Notification } from '../../src/engine/types.js';
import { escapeData, escapeProperty, formatGithub } from '../../src/reporters/github.js';
import { expectGolden } from './golden.js';
import { cleanReport, sampleReport } from './sample-report.js';

function only(finding: Partial<Finding>): LintReport {
  const report = sampleReport();
  const base = report.findings.find((f) => f.ruleId === 'trust/missing-amr')!;
  return { ...report, findings: [{ ...base, ...finding }], notifications: [] };
}

/** The annotation lines, without the closing summary notice. */
function annotations(text: string): string[] {
  return text.trimEnd().split('\n').slice(0, -1);
}

describe('formatGithub', () => {
  it('matches the golden output', () => {
    expectGolden('report.github.txt', formatGithub(sampleReport()));
  });

  it('writes one command per open finding, at the level of its severity', () => {
    const lines = annotations(formatGithub(sampleReport())).filter(
      (l) => l.includes('title=trust/') || l.includes('title=role/') || l.includes('title=identity-pool/'),
    );
    expect(lines.map((l) => l.slice(0, l.indexOf(' ')))).toEqual([
      '::error',
      '::error',
      '::error',
      '::notice',
      '::notice',
    ]);
    expect(formatGithub(only({ severity: 'medium' }))).toMatch(/^::warning /);
    expect(formatGithub(only({ severity: 'info' }))).toMatch(/^::notice /);
  });

  it('leaves out suppressed and baseline findings', () => {
    const text = formatGithub(sampleReport());
    expect(text).not.toContain('identity-pool/classic-flow');
    expect(text).not.toContain('dynamodb:PutItem');
  });

  it('writes only the summary notice for a clean run', () => {
    expect(formatGithub(cleanReport())).toBe('::notice title=cognito-iam-lint::No problems in 12 files linted.\n');
  });

  it('gives the full range of a single-line finding', () => {
    expect(annotations(formatGithub(only({})))).toEqual([
      '::error file=policies/guest role.json,line=10,col=11,endLine=10,endColumn=52,title=trust/missing-amr::' +
        'Role GuestRole has no cognito-identity.amazonaws.com:amr condition, so a guest token can assume it while the pool allows guests and the classic flow.',
    ]);
  });

  it('gives only lines for a multi-line finding, which GitHub accepts no columns for', () => {
    const text = formatGithub(only({ range: { start: { line: 18, column: 7 }, end: { line: 24, column: 8 } } }));
    expect(text).toMatch(/^::error file=policies\/guest role.json,line=18,endLine=24,title=trust\/missing-amr::/);
  });

  it('escapes messages and property values', () => {
    const text = formatGithub(only({ file: 'odd,dir/a:b%.yaml', message: '100% bad\r\nreally: yes, bad' }));
    expect(annotations(text)).toEqual([
      '::error file=odd%2Cdir/a%3Ab%25.yaml,line=10,col=11,endLine=10,endColumn=52,title=trust/missing-amr::100%25 bad%0D%0Areally: yes, bad',
    ]);
  });
});

describe('formatGithub: order, notifications and summary', () => {
  const lost: Notification = {
    level: 'error',
    kind: 'input',
    message: 'Not read: permission denied',
    file: 'cdk.out/Other.template.json',
  };
  const expired: Notification = {
    level: 'warning',
    kind: 'input',
    message: 'The suppression of trust/missing-amr expired on 2026-01-31.',
    ruleId: 'trust/missing-amr',
    file: 'templates/identity.yaml',
    range: { start: { line: 5, column: 3 }, end: { line: 5, column: 9 } },
  };

  it('puts the most severe findings first, keeping the report order within a severity', () => {
    const report = sampleReport();
    // Report order (file, line): info, critical, low, high, high.
    const mixed = ['info', 'critical', 'low', 'high', 'high'] as const;
    const findings = report.findings.filter((f) => f.suppressions.length === 0 && f.baselineState !== 'unchanged');
    findings.forEach((f, i) => (f.severity = mixed[i]!));
    const titles = annotations(formatGithub({ ...report, findings, notifications: [] })).map(
      (l) => /title=([^:]+)::/.exec(l)?.[1],
    );
    expect(titles).toEqual([
      findings[1]!.ruleId,
      findings[3]!.ruleId,
      findings[4]!.ruleId,
      findings[2]!.ruleId,
      findings[0]!.ruleId,
    ]);
  });

  it('turns error notifications into ::error before the findings, warnings into ::warning after them, and leaves notes out', () => {
    const report = sampleReport();
    report.notifications.push(lost, expired);
    const lines = annotations(formatGithub(report));
    expect(lines[0]).toBe(
      '::error file=cdk.out/Other.template.json,title=cognito-iam-lint input problem::Not read: permission denied',
    );
    expect(lines.slice(-2)).toEqual([
      '::warning file=docs/openapi.json,title=cognito-iam-lint input problem::Skipped docs/openapi.json: neither a CloudFormation template nor an IAM policy document.',
      '::warning file=templates/identity.yaml,line=5,col=3,title=cognito-iam-lint input problem (trust/missing-amr)::The suppression of trust/missing-amr expired on 2026-01-31.',
    ]);
    expect(formatGithub(report)).not.toContain('PoolIdParam');
  });

  it('never lets a notification forge a workflow command', () => {
    const report = cleanReport();
    report.notifications.push({
      level: 'warning',
      kind: 'input',
      message: 'bad\n::error file=x::forged\r\n::add-mask::secret',
      ruleId: 'x,y::z',
      file: 'a\n::error::b.yaml',
    });
    const text = formatGithub(report);
    expect(text.split('\n').filter((l) => l.startsWith('::'))).toHaveLength(2);
    expect(text).toContain(
      '::warning file=a%0A%3A%3Aerror%3A%3Ab.yaml,title=cognito-iam-lint input problem (x%2Cy%3A%3Az)::bad%0A::error file=x::forged%0D%0A::add-mask::secret\n',
    );
  });

  it('ends with one notice: counts by severity, files linted and the verdict under --fail-on', () => {
    const text = formatGithub(sampleReport());
    expect(
      text.endsWith(
        '\n::notice title=cognito-iam-lint::5 problems (1 critical, 2 high, 1 low, 1 info) in 3 files linted; fails --fail-on high.\n',
      ),
    ).toBe(true);
    const report = sampleReport();
    const passing: LintReport = {
      ...report,
      summary: { ...report.summary, failOn: 'critical' },
      findings: report.findings.filter((f) => f.severity !== 'critical'),
    };
    expect(formatGithub(passing)).toMatch(
      /::notice title=cognito-iam-lint::4 problems \(2 high, 1 low, 1 info\) in 3 files linted; passes --fail-on critical\.\n$/,
    );
  });

  it('says in the summary when a level has more annotations than GitHub shows per step', () => {
    const report = sampleReport();
    const base = report.findings.find((f) => f.ruleId === 'trust/missing-amr')!;
    const findings = Array.from({ length: 11 }, (_, i) => ({
      ...base,
      range: { start: { line: i + 1, column: 1 }, end: { line: i + 1, column: 2 } },
    }));
    const text = formatGithub({ ...report, findings, notifications: [] });
    expect(text.match(/^::error /gm)).toHaveLength(11);
    expect(text).toMatch(
      /; fails --fail-on high\. GitHub shows 10 annotations of each level per step; more error annotations are in this step's log\.\n$/,
    );
    expect(formatGithub(sampleReport())).not.toContain('GitHub shows');
  });
});

describe('escaping', () => {
  it('escapes % first so escapes are not escaped twice', () => {
    expect(escapeData('%0A\n')).toBe('%250A%0A');
    expect(escapeProperty('a:b,c%\r')).toBe('a%3Ab%2Cc%25%0D');
  });
});
