/**
 * Markdown: a short summary for a CI job's page (GitHub's `$GITHUB_STEP_SUMMARY`, a GitLab or
 * Buildkite annotation, a pull-request comment): counts by severity and the most severe open
 * findings, each linked to its line when the CI says where the code lives, with its fix. The annotations and
 * the SARIF report carry the whole list; a summary is what a reviewer reads first.
 *
 * Everything from the user's files (messages quote logical IDs, Sids, file names) is escaped
 * so that it renders as text: a template cannot add links, images, HTML or table cells to the
 * page. Code spans (backticks) in our messages stay code spans.
 */
import { SEVERITIES, type Finding, type LintReport } from '../engine/types.js';
import { printable } from '../util/printable.js';
import {
  bySeverity,
  countBySeverity,
  failingFindings,
  findingMessage,
  findingStatus,
  plural,
  problemsBySeverity,
} from './common/index.js';

export interface MarkdownOptions {
  /**
   * Where a file's lines can be viewed, `<base>/<path>#L<line>` (GitHub:
   * `https://github.com/<owner>/<repo>/blob/<sha>`); findings are not linked without it.
   */
  sourceLinkBase?: string;
  /** How many findings the table lists (default 20). */
  maxFindings?: number;
}

const DEFAULT_MAX_FINDINGS = 20;

/** Escape Markdown outside code spans: every character that could start markup, and HTML. */
function escapeText(text: string): string {
  return text.replace(/[\\`*_{}[\]()<>#+!|~&]/g, (ch) =>
    ch === '<' ? '&lt;' : ch === '>' ? '&gt;' : ch === '&' ? '&amp;' : `\\${ch}`,
  );
}

/**
 * A message as Markdown table-cell text: our code spans kept (a span's content is literal in
 * Markdown, except `|`, which GitHub's tables split on even there), the rest escaped, on one line.
 */
export function markdownCell(message: string): string {
  const oneLine = printable(message.replace(/\s+/g, ' '));
  const parts = oneLine.split('`');
  // An odd number of parts means balanced backticks: odd-indexed parts are code.
  const balanced = parts.length % 2 === 1;
  return parts
    .map((part, i) =>
      balanced && i % 2 === 1
        ? `\`${part.replace(/\|/g, '\\|')}\``
        : escapeText(balanced ? part : i === 0 ? part : `\`${part}`),
    )
    .join('');
}

function location(finding: Finding, base: string | undefined): string {
  const place = `${finding.file}:${finding.range.start.line}`;
  if (base === undefined || /^[a-z]+:/i.test(finding.file) || finding.file.startsWith('../'))
    return escapeText(printable(place));
  const path = finding.file.split('/').map(encodeURIComponent).join('/');
  return `[${escapeText(printable(place))}](${base}/${path}#L${finding.range.start.line})`;
}

export function formatMarkdown(report: LintReport, options: MarkdownOptions = {}): string {
  const open = report.findings.filter((f) => findingStatus(f) === 'open');
  const counts = countBySeverity(open);
  const suppressed = report.findings.filter((f) => findingStatus(f) === 'suppressed').length;
  const baseline = report.findings.filter((f) => findingStatus(f) === 'baseline').length;
  const out: string[] = [];

  const headline = open.length === 0 ? '✔ No problems' : `✖ ${problemsBySeverity(open)}`;
  out.push(`### cognito-iam-lint: ${headline}`, '');

  // The threshold the CLI recorded: say whether the run fails under it.
  const failOn = report.summary.failOn;
  if (failOn !== undefined) {
    const failing = failingFindings(report.findings, failOn).length;
    out.push(
      failOn === 'none'
        ? 'The run does not fail on findings (`--fail-on none`).'
        : failing > 0
          ? `The run fails: ${plural(failing, 'finding')} at or above \`${failOn}\`.`
          : `The run passes: nothing at or above \`${failOn}\`.`,
      '',
    );
  }

  out.push('| Severity | Open |', '| --- | ---: |');
  for (const severity of SEVERITIES) out.push(`| ${severity} | ${counts[severity]} |`);
  out.push('');
  const accepted = [
    suppressed > 0 ? `${suppressed} suppressed` : '',
    baseline > 0 ? `${baseline} in the baseline` : '',
  ].filter(Boolean);
  if (accepted.length > 0) out.push(`Not counted: ${accepted.join(', ')}.`, '');

  if (open.length > 0) {
    const max = options.maxFindings ?? DEFAULT_MAX_FINDINGS;
    const ranked = bySeverity(open).slice(0, max);
    out.push('| Severity | Rule | Where | Finding |', '| --- | --- | --- | --- |');
    for (const f of ranked) {
      const resource = f.resource ? ` (${markdownCell(`\`${f.resource.address ?? f.resource.logicalId}\``)})` : '';
      // findingMessage: with the construct path of a CDK resource, as in every format. The fix, in the
      // form of the input the resource came from (HCL for Terraform), on a line of its own in the cell.
      const fix = f.fix ? `<br>**Fix:** ${markdownCell(f.fix)}` : '';
      out.push(
        `| ${f.severity} | \`${f.ruleId}\` | ${location(f, options.sourceLinkBase)}${resource} | ${markdownCell(findingMessage(f))}${fix} |`,
      );
    }
    out.push('');
    if (open.length > ranked.length)
      out.push(
        `…and ${plural(open.length - ranked.length, 'more finding')}: the annotations and the SARIF report list them all.`,
        '',
      );
  }
  return out.join('\n');
}
