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
import { type LintReport } from '../engine/types.js';
export interface MarkdownOptions {
    /**
     * Where a file's lines can be viewed, `<base>/<path>#L<line>` (GitHub:
     * `https://github.com/<owner>/<repo>/blob/<sha>`); findings are not linked without it.
     */
    sourceLinkBase?: string;
    /** How many findings the table lists (default 20). */
    maxFindings?: number;
}
/**
 * A message as Markdown table-cell text: our code spans kept (a span's content is literal in
 * Markdown, except `|`, which GitHub's tables split on even there), the rest escaped, on one line.
 */
export declare function markdownCell(message: string): string;
export declare function formatMarkdown(report: LintReport, options?: MarkdownOptions): string;
