import { describe, expect, it } from 'vitest';
import type { Finding, LintReport } from '../../src/engine/types.js';
import { escapeData, escapeProperty, formatGithub } from '../../src/reporters/github.js';
import { expectGolden } from './golden.js';
import { cleanReport, sampleReport } from './sample-report.js';

function only(finding: Partial<Finding>): LintReport {
  const report = sampleReport();
  const base = report.findings.find((f) => f.ruleId === 'trust/missing-amr')!;
  return { ...report, findings: [{ ...base, ...finding }] };
}

describe('formatGithub', () => {
  it('matches the golden output', () => {
    expectGolden('report.github.txt', formatGithub(sampleReport()));
  });

  it('writes one command per open finding, at the level of its severity', () => {
    const lines = formatGithub(sampleReport()).trimEnd().split('\n');
    expect(lines.map((l) => l.slice(0, l.indexOf(' ')))).toEqual(['::error', '::error', '::error', '::notice', '::notice']);
    expect(formatGithub(only({ severity: 'medium' }))).toMatch(/^::warning /);
    expect(formatGithub(only({ severity: 'info' }))).toMatch(/^::notice /);
  });

  it('leaves out suppressed and baseline findings', () => {
    const text = formatGithub(sampleReport());
    expect(text).not.toContain('identity-pool/classic-flow');
    expect(text).not.toContain('dynamodb:PutItem');
  });

  it('writes nothing for a clean run', () => {
    expect(formatGithub(cleanReport())).toBe('');
  });

  it('gives the full range of a single-line finding', () => {
    expect(formatGithub(only({}))).toBe(
      '::error file=policies/guest role.json,line=10,col=11,endLine=10,endColumn=52,title=trust/missing-amr::' +
        'Role GuestRole has no cognito-identity.amazonaws.com:amr condition, so a guest token can assume it while the pool allows guests and the classic flow.\n',
    );
  });

  it('gives only lines for a multi-line finding, which GitHub accepts no columns for', () => {
    const text = formatGithub(only({ range: { start: { line: 18, column: 7 }, end: { line: 24, column: 8 } } }));
    expect(text).toMatch(/^::error file=policies\/guest role.json,line=18,endLine=24,title=trust\/missing-amr::/);
  });

  it('escapes messages and property values', () => {
    const text = formatGithub(only({ file: 'odd,dir/a:b%.yaml', message: '100% bad\r\nreally: yes, bad' }));
    expect(text).toBe(
      '::error file=odd%2Cdir/a%3Ab%25.yaml,line=10,col=11,endLine=10,endColumn=52,title=trust/missing-amr::100%25 bad%0D%0Areally: yes, bad\n',
    );
  });
});

describe('escaping', () => {
  it('escapes % first so escapes are not escaped twice', () => {
    expect(escapeData('%0A\n')).toBe('%250A%0A');
    expect(escapeProperty('a:b,c%\r')).toBe('a%3Ab%2Cc%25%0D');
  });
});
