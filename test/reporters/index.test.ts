import { describe, expect, it } from 'vitest';
import { formatGithub } from '../../src/reporters/github.js';
import { formatHtml } from '../../src/reporters/html/index.js';
import { formatReport, REPORT_FORMATS } from '../../src/reporters/index.js';
import { formatJson } from '../../src/reporters/json.js';
import { formatMarkdown } from '../../src/reporters/markdown.js';
import { formatSarif } from '../../src/reporters/sarif.js';
import { formatText } from '../../src/reporters/text.js';
import { sampleReport } from './sample-report.js';

describe('formatReport', () => {
  const report = sampleReport();

  it('knows every format', () => {
    expect(REPORT_FORMATS).toEqual(['text', 'json', 'sarif', 'github', 'markdown', 'html']);
  });

  it('dispatches to the reporter of each format with its options', () => {
    expect(formatReport(report, 'text')).toBe(formatText(report, { color: false }));
    expect(formatReport(report, 'text', { color: true, verbose: true, showSuppressed: true })).toBe(
      formatText(report, { color: true, verbose: true, showSuppressed: true }),
    );
    expect(formatReport(report, 'json')).toBe(formatJson(report));
    expect(formatReport(report, 'sarif', { includeSuppressed: false })).toBe(
      formatSarif(report, { includeSuppressed: false }),
    );
    expect(formatReport(report, 'sarif')).toBe(formatSarif(report));
    expect(formatReport(report, 'github')).toBe(formatGithub(report));
    expect(formatReport(report, 'markdown', { sourceLinkBase: 'https://x' })).toBe(
      formatMarkdown(report, { sourceLinkBase: 'https://x' }),
    );
    const graph = { nodes: [], edges: [] };
    expect(formatReport(report, 'html', { graph })).toBe(formatHtml(report, { graph }));
  });

  it('is deterministic', () => {
    for (const format of REPORT_FORMATS) {
      expect(formatReport(sampleReport(), format, { color: true })).toBe(
        formatReport(sampleReport(), format, { color: true }),
      );
    }
  });
});
