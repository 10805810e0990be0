import { describe, expect, it } from 'vitest';
import type { Finding, LintReport } from '../../src/engine/types.js';
import { formatText } from '../../src/reporters/text.js';
import { ANSI, stripAnsi } from './ansi.js';
import { expectGolden } from './golden.js';
import { cleanReport, sampleReport } from './sample-report.js';

describe('formatText', () => {
  it('matches the golden output', () => {
    expectGolden('report.txt', formatText(sampleReport(), { color: false }));
  });

  it('matches the golden verbose output listing suppressed findings', () => {
    expectGolden(
      'report.verbose.txt',
      formatText(sampleReport(), { color: false, verbose: true, showSuppressed: true }),
    );
  });

  it('writes no escape code at all without colour', () => {
    const text = formatText(sampleReport(), { color: false, verbose: true, showSuppressed: true });
    expect(text).not.toMatch(/\u001b/);
  });

  it('colours the same text when asked to', () => {
    for (const options of [{}, { verbose: true, showSuppressed: true }]) {
      const coloured = formatText(sampleReport(), { color: true, ...options });
      expect(coloured).toMatch(ANSI);
      expect(stripAnsi(coloured)).toBe(formatText(sampleReport(), { color: false, ...options }));
    }
  });

  it('gives each severity its colour', () => {
    const coloured = formatText(sampleReport(), { color: true });
    expect(coloured).toContain('\u001b[1m\u001b[35mcritical'); // bold magenta
    expect(coloured).toContain('\u001b[31mhigh'); // red
    expect(coloured).toContain('\u001b[36mlow'); // cyan
    expect(coloured).toContain('\u001b[90minfo'); // gray
  });

  it('lists neither suppressed nor baseline findings by default, but counts them', () => {
    const text = formatText(sampleReport(), { color: false });
    expect(text).not.toContain('identity-pool/classic-flow');
    expect(text).not.toContain('dynamodb:PutItem');
    expect(text).toContain(
      '✖ 5 problems (1 critical, 2 high, 1 low, 1 info) in 3 of 3 files linted · fails --fail-on high\n',
    );
    expect(text).toContain('Not counted: 1 suppressed, 1 accepted by the baseline');
  });

  it('marks suppressed findings with their justification when it lists them', () => {
    const text = formatText(sampleReport(), { color: false, showSuppressed: true });
    expect(text).toContain('    suppressed: Mobile app 2.x still uses the basic flow; removal tracked in APP-1423.\n');
  });

  it('aligns the columns of a file', () => {
    const text = formatText(sampleReport(), { color: false });
    const [first = '', second = ''] = text.split('\n').filter((line) => /^ {2}\s*\d+:\d+/.test(line));
    expect(first.indexOf('trust/missing-aud')).toBe(second.indexOf('role/guest-write-access'));
    expect(first.indexOf('Role ')).toBe(second.indexOf('Role '));
  });

  it('says so when there is nothing to report', () => {
    expect(formatText(cleanReport(), { color: false })).toBe('✔ No problems in 12 files.\n');
    // A path that was not read: no clean pass above the error.
    const incomplete: LintReport = {
      ...cleanReport(),
      notifications: [
        { level: 'error', kind: 'input', file: 'cdk.out', message: 'Not found: no such file or directory' },
      ],
    };
    expect(formatText(incomplete, { color: false })).toBe(
      'Notifications\n  error  input  cdk.out  Not found: no such file or directory\n\n✖ No problems in 12 files, but the run is incomplete: 1 error (see Notifications).\n',
    );
  });

  it('uses singular forms', () => {
    const report = sampleReport();
    const one: LintReport = {
      ...report,
      findings: report.findings.filter((f) => f.ruleId === 'trust/missing-aud'),
      notifications: [],
      summary: { ...report.summary, filesLinted: 1 },
    };
    expect(formatText(one, { color: false })).toContain(
      '✖ 1 problem (1 critical) in 1 of 1 file linted · fails --fail-on high\n',
    );
  });

  it('says whether the run passes under the recorded --fail-on, and nothing when none is recorded', () => {
    const report = sampleReport();
    const lenient: LintReport = { ...report, summary: { ...report.summary, failOn: 'critical' } };
    const none: LintReport = { ...report, summary: { ...report.summary, failOn: 'none' } };
    const api: LintReport = { ...report, summary: { ...report.summary, failOn: undefined } };
    const minor: LintReport = { ...report, findings: report.findings.filter((f) => f.severity === 'low') };
    expect(formatText(lenient, { color: false })).toContain('in 3 of 3 files linted · fails --fail-on critical\n');
    expect(formatText(none, { color: false })).toContain('in 3 of 3 files linted · passes --fail-on none\n');
    expect(formatText(minor, { color: false })).toContain(
      '✖ 1 problem (1 low) in 1 of 3 files linted · passes --fail-on high\n',
    );
    expect(formatText(api, { color: false })).toContain(
      '✖ 5 problems (1 critical, 2 high, 1 low, 1 info) in 3 of 3 files linted\n',
    );
    // The summary is red when the run fails, yellow when it passes.
    expect(formatText(minor, { color: true })).toContain('\u001b[1m\u001b[33m✖ 1 problem');
    expect(formatText(report, { color: true })).toContain('\u001b[1m\u001b[31m✖ 5 problems');
  });

  it('ends with a pointer to --explain for the first rule it lists', () => {
    const text = formatText(sampleReport(), { color: false });
    expect(text.endsWith('  Why and how to fix: cognito-iam-lint --explain trust/missing-aud\n')).toBe(true);
    const report = sampleReport();
    const amrFirst: LintReport = {
      ...report,
      findings: report.findings.filter((f) => f.file === 'policies/guest role.json'),
    };
    expect(formatText(amrFirst, { color: false })).toMatch(/--explain trust\/missing-amr\n$/);
    expect(formatText(cleanReport(), { color: false })).not.toContain('--explain');
  });

  it('appends the construct path to the message of a CDK resource and shows where the app creates it', () => {
    const text = formatText(sampleReport(), { color: false });
    expect(text).toContain(
      '  18:7  critical  trust/missing-aud        Role AuthenticatedRole86104F1A trusts every identity pool: its trust has no aud condition. [construct WebAppStack/AuthenticatedRole/Resource]\n' +
        '    resource: AuthenticatedRole86104F1A, created at lib/web-app-stack.ts:42:31\n',
    );
    expect(text).toContain(
      '[construct WebAppStack/UnauthenticatedRole/DefaultPolicy/Resource]\n    resource: UnauthenticatedRoleDefaultPolicy2E4B1F3A\n',
    );
    // Not for resources of templates without construct paths.
    expect(text).toContain('the pool allows guests and the classic flow.\n    resource: GuestRole\n');
  });

  it('shows error and warning notifications even without --verbose, and hides the notes', () => {
    const report = sampleReport();
    report.notifications.push({
      level: 'error',
      kind: 'internal',
      message: 'Rule role/broad-read failed on role AppUserRole: TypeError: cannot read properties of undefined.',
      ruleId: 'role/broad-read',
      file: 'templates/identity.yaml',
    });
    const text = formatText(report, { color: false });
    expect(text).toContain('Notifications\n');
    expect(text).toContain('  error    internal  templates/identity.yaml  Rule role/broad-read failed');
    // A warning is something the user wrote that does not do what they meant (a suppression without a reason).
    expect(text).toContain('  warning  input     docs/openapi.json        Skipped docs/openapi.json');
    expect(text).not.toContain('PoolIdParam');
    expect(text).toContain('1 notification not shown (--verbose lists them).');
    // After the findings, before the summary.
    expect(text.indexOf('Notifications')).toBeGreaterThan(text.lastIndexOf('    fix: '));
    expect(text.indexOf('Notifications')).toBeLessThan(text.indexOf('✖ '));
  });

  it('with a baseline, counts new, unchanged and absent findings', () => {
    const absent = [
      {
        fingerprint: 'f',
        ruleId: 'trust/missing-amr',
        file: 'old.yaml',
        resource: 'OldRole',
        message: 'Role `OldRole` does not test amr.',
      },
    ];
    const text = formatText(sampleReport(), { color: false, baselineAbsent: absent });
    expect(text).toContain(
      '  Baseline: 5 new, 1 unchanged, 1 absent (fixed or changed: --write-baseline drops them).\n',
    );
    expect(text).not.toContain('OldRole');
    const verbose = formatText(sampleReport(), { color: false, verbose: true, baselineAbsent: absent });
    expect(verbose).toContain(
      'In the baseline, not found any more\n  old.yaml  trust/missing-amr  OldRole  Role `OldRole` does not test amr.\n',
    );
    expect(formatText(sampleReport(), { color: false, baselineAbsent: [] })).toContain(
      '  Baseline: 5 new, 1 unchanged, 0 absent.\n',
    );
    // No baseline, no baseline line.
    expect(formatText(sampleReport(), { color: false })).not.toContain('Baseline:');
  });

  it('shows a resource without a CDK path by its logical ID alone', () => {
    const report = sampleReport();
    const finding = report.findings.find((f) => f.file === 'templates/identity.yaml' && f.resource) as Finding;
    const text = formatText({ ...report, findings: [finding] }, { color: false });
    expect(text).toContain('    resource: IdentityPool\n');
  });
});
