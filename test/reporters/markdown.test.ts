import { describe, expect, it } from 'vitest';
import type { Finding, LintReport, Severity } from '../../src/engine/types.js';
import { formatMarkdown, markdownCell } from '../../src/reporters/markdown.js';
import { expectGolden } from './golden.js';
import { cleanReport, sampleReport } from './sample-report.js';

const BASE = 'https://github.com/acme/app/blob/0123456789abcdef0123456789abcdef01234567';

/** The report as the CLI hands it over: with the threshold the run fails at. */
function failingAt(report: LintReport, failOn: Severity | 'none'): LintReport {
  return { ...report, summary: { ...report.summary, failOn } };
}

function withFindings(findings: Finding[]): LintReport {
  return { ...sampleReport(), findings };
}

describe('formatMarkdown', () => {
  it('matches the golden output', () => {
    expectGolden('report.md', formatMarkdown(failingAt(sampleReport(), 'high'), { sourceLinkBase: BASE }));
  });

  it('counts open findings by severity and says what is not counted and whether the run fails', () => {
    const text = formatMarkdown(failingAt(sampleReport(), 'high'));
    expect(text).toMatch(/^### cognito-iam-lint: ✖ 5 problems \(1 critical, 2 high, 1 low, 1 info\)$/m);
    expect(text).toContain('| high | 2 |');
    expect(text).toContain('| medium | 0 |');
    expect(text).toMatch(/^Not counted: 1 suppressed, 1 in the baseline\.$/m);
    expect(text).toContain('The run fails: 3 findings at or above `high`.');
    expect(formatMarkdown(failingAt(sampleReport(), 'critical'))).toContain(
      'The run fails: 1 finding at or above `critical`.',
    );
    expect(
      formatMarkdown(failingAt(withFindings(sampleReport().findings.filter((f) => f.severity === 'low')), 'medium')),
    ).toContain('The run passes: nothing at or above `medium`.');
    expect(formatMarkdown(failingAt(sampleReport(), 'none'))).toContain(
      'The run does not fail on findings (`--fail-on none`).',
    );
  });

  it('lists the most severe first, links each to its line, and stops at maxFindings', () => {
    const text = formatMarkdown(sampleReport(), { sourceLinkBase: BASE, maxFindings: 2 });
    const rows = text.split('\n').filter((l) => /^\| (critical|high|medium|low|info) \| `/.test(l));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatch(/^\| critical \| `trust\/missing-aud` \| \[cdk\.out\/WebAppStack\.template\.json:18\]\(/);
    // The logical ID next to the place; the construct path ends the message, as in every format.
    expect(rows[0]).toContain('(`AuthenticatedRole86104F1A`)');
    expect(rows[0]).toContain('\\[construct WebAppStack/AuthenticatedRole/Resource\\]<br>');
    // The finding's own fix (the form of its input: HCL for a Terraform resource) ends the cell.
    expect(rows[0]).toMatch(
      /<br>\*\*Fix:\*\* Add StringEquals cognito-identity\.amazonaws\.com:aud with the identity pool's ID to the trust statement\. \|$/,
    );
    expect(rows[1]).toMatch(/^\| high \| `role\/guest-write-access` \|/);
    const all = formatMarkdown(sampleReport(), { sourceLinkBase: BASE });
    expect(all).toContain(`[policies/guest role.json:10](${BASE}/policies/guest%20role.json#L10)`);
    expect(text).toContain('…and 3 more findings: the annotations and the SARIF report list them all.');
    // Without a link base, the place is plain text.
    expect(formatMarkdown(sampleReport())).not.toContain('](');
  });

  it('a clean run', () => {
    expect(formatMarkdown(failingAt(cleanReport(), 'high'))).toMatch(
      /^### cognito-iam-lint: ✔ No problems\n\nThe run passes/,
    );
  });

  it('renders text from templates as text: no links, HTML, images or extra table cells', () => {
    const hostile =
      '[click](https://evil.example) <img src=x onerror=alert(1)> ![i](x) a|b **bold** `Sid|x<y>`\n::error::x';
    const cell = markdownCell(hostile);
    expect(cell).toBe(
      '\\[click\\]\\(https://evil.example\\) &lt;img src=x onerror=alert\\(1\\)&gt; \\!\\[i\\]\\(x\\) a\\|b \\*\\*bold\\*\\* `Sid\\|x<y>` ::error::x',
    );
    // An unbalanced backtick opens no code span.
    expect(markdownCell('a `b')).toBe('a \\`b');
    const base = sampleReport().findings[0]!;
    const text = formatMarkdown(
      withFindings([{ ...base, message: hostile, file: 'a](https://evil.example)/x.yaml' }]),
      { sourceLinkBase: BASE },
    );
    expect(text).not.toMatch(/[^\\]\]\(https:\/\/evil/);
    expect(text).not.toContain('<img');
  });
});
