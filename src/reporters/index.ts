/**
 * The reporters: pure functions from a LintReport to the text the CLI writes. They never read
 * the environment or the terminal: the CLI decides colour and verbosity and passes them in.
 */
import type { LintReport } from '../engine/types.js';
import { formatGithub } from './github.js';
import { formatHtml, type HtmlOptions } from './html/index.js';
import { formatJson } from './json.js';
import { formatMarkdown, type MarkdownOptions } from './markdown.js';
import { formatSarif, type SarifOptions } from './sarif.js';
import { formatText, type TextOptions } from './text.js';

export { formatGithub, escapeData, escapeProperty } from './github.js';
export { formatHtml, reportGraphOf, buildReportGraph, type HtmlOptions, type ReportGraph } from './html/index.js';
export { formatJson } from './json.js';
export { formatMarkdown, type MarkdownOptions } from './markdown.js';
export { formatSarif, markdownToText, pathToUri, ruleName, type SarifOptions } from './sarif.js';
export { formatText, type TextOptions } from './text.js';

export type ReportFormat = 'text' | 'json' | 'sarif' | 'github' | 'markdown' | 'html';

export const REPORT_FORMATS: readonly ReportFormat[] = ['text', 'json', 'sarif', 'github', 'markdown', 'html'];

/** Options of every format in one bag; each reporter reads its own. `color` defaults to false. */
export type FormatOptions = Partial<TextOptions> & SarifOptions & MarkdownOptions & HtmlOptions;

export function formatReport(report: LintReport, format: ReportFormat, options: FormatOptions = {}): string {
  switch (format) {
    case 'text':
      return formatText(report, { ...options, color: options.color ?? false });
    case 'json':
      return formatJson(report);
    case 'sarif':
      return formatSarif(report, options);
    case 'github':
      return formatGithub(report);
    case 'markdown':
      return formatMarkdown(report, options);
    case 'html':
      return formatHtml(report, options);
  }
}
