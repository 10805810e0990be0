/**
 * The HTML page as text: self-contained (CSP forbids every fetch, the script is inline), and no
 * text of the report outside the escaped JSON data element, however hostile.
 */
import { describe, expect, it } from 'vitest';
import { formatHtml, jsonForScript } from '../../../src/reporters/html/index.js';
import type { PageData } from '../../../src/reporters/html/types.js';
import { sampleReport } from '../sample-report.js';

const HOSTILE = '</script><script>alert(1)</script><!-- \u2028 & <img src=x onerror=alert(2)>';

function dataOf(html: string): PageData {
  const match = /<script type="application\/json" id="report-data">([^<]*)<\/script>/.exec(html);
  if (!match) throw new Error('no data element');
  return JSON.parse(match[1]!) as PageData;
}

describe('formatHtml', () => {
  const report = sampleReport();
  const first = report.findings[0]!;
  const hostile = {
    ...report,
    findings: [
      { ...first, message: HOSTILE, file: `${HOSTILE}.yaml`, resource: { logicalId: HOSTILE } },
      ...report.findings.slice(1),
    ],
  };
  const graph = {
    nodes: [
      { id: HOSTILE, kind: 'role' as const, label: HOSTILE, findings: [0], severity: 'high' as const, exposed: false },
    ],
    edges: [],
  };
  const html = formatHtml(hostile, { graph });

  it('forbids every fetch and inlines its script and style', () => {
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">`,
    );
    // No script, style sheet, font or image from elsewhere (`url(#arrow)` points into the page).
    expect(html).not.toMatch(/<script[^>]*\ssrc=|<link\b|@import|@font-face|url\((?!#)/i);
    expect(html.match(/<script\b/g)).toHaveLength(2);
  });

  it('carries hostile text only inside the JSON, escaped, and gets it back intact', () => {
    // Three script elements' closings: the data, the viewer, and nothing else.
    expect(html.match(/<\/script>/g)).toHaveLength(2);
    expect(html).not.toContain('<img');
    expect(html).not.toContain('\u2028');
    const data = dataOf(html);
    expect(data.findings[0]!.message).toBe(HOSTILE);
    expect(data.findings[0]!.resource).toBe(HOSTILE);
    expect(data.graph!.nodes[0]!.label).toBe(HOSTILE);
  });

  it('escapes <, >, & and the line separators in JSON', () => {
    expect(jsonForScript({ a: '<>&\u2028\u2029' })).toBe('{"a":"\\u003c\\u003e\\u0026\\u2028\\u2029"}');
  });

  it('embeds only the rule pages its findings link to', () => {
    const data = dataOf(formatHtml(report));
    expect(data.rules.map((r) => r.id).sort()).toEqual([...new Set(report.findings.map((f) => f.ruleId))].sort());
    expect(data.graph).toBeUndefined();
  });

  it('is the same bytes for the same report', () => {
    expect(formatHtml(hostile, { graph })).toBe(html);
  });
});
