/**
 * HTML: one self-contained page for security reviewers, to open offline or attach to a ticket —
 * the identity architecture drawn as a graph of who can reach what (graph.ts), the findings hung
 * on it, and the sortable, filterable findings table with each rule's page.
 *
 * Safety, since every string of the report comes from files we do not trust: the markup written
 * here contains no report text at all. The report travels as JSON in a
 * `<script type="application/json">` element with `<`, `>`, `&`, U+2028 and U+2029 escaped (so
 * no text can close the element or start a comment), and the inlined browser script builds the
 * page from it with DOM calls and textContent only. The Content-Security-Policy forbids every
 * fetch (`default-src 'none'`): no CDN, no font, no image from anywhere but the page itself.
 */
import { HTML_VIEWER_SCRIPT } from '../../generated/html-viewer.js';
import { SEVERITIES, type Finding, type LintReport } from '../../engine/types.js';
import { countBySeverity, failOnVerdict, findingMessage, findingStatus, plural, ruleDocsUrl } from '../common/index.js';
import type { PageData, PageFinding, ReportGraph } from './types.js';

export { buildReportGraph, reportGraphOf } from './graph.js';
export type { ReportGraph, GraphNode, GraphEdge, GraphNodeKind } from './types.js';

export interface HtmlOptions {
  /** The picture (`reportGraphOf(inputs, report.findings)`); without it the page shows the table alone. */
  graph?: ReportGraph;
}

const CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:";

export function formatHtml(report: LintReport, options: HtmlOptions = {}): string {
  const data = pageData(report, options.graph);
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    '<title>cognito-iam-lint report</title>',
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<main id="app"><noscript>This report draws its content with JavaScript; open it in a browser with scripts enabled, or use --format text or json.</noscript></main>',
    `<script type="application/json" id="report-data">${jsonForScript(data)}</script>`,
    `<script>${HTML_VIEWER_SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/**
 * JSON that is inert inside a `<script>` element: `</script>`, `<!--` and `]]>` cannot be formed,
 * and the line separators JavaScript once rejected in strings are escaped too.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

function pageData(report: LintReport, graph: ReportGraph | undefined): PageData {
  const open = report.findings.filter((f) => findingStatus(f) === 'open');
  const counts = countBySeverity(open);
  const verdict = failOnVerdict(report);
  const summary =
    open.length === 0
      ? `No open problems in ${plural(report.summary.filesLinted, 'file')}`
      : `${plural(open.length, 'open problem')} (${SEVERITIES.filter((s) => counts[s] > 0)
          .map((s) => `${counts[s]} ${s}`)
          .join(', ')}) in ${plural(report.summary.filesLinted, 'file')}`;
  const used = new Set(report.findings.map((f) => f.ruleId));
  return {
    tool: `${report.tool.name} ${report.tool.version}`,
    files: report.files,
    summary: verdict ? `${summary} · ${verdict}` : summary,
    ...(graph ? { graph } : {}),
    findings: report.findings.map(pageFinding),
    // Only the pages a finding links to: the report stays small.
    rules: report.rules
      .filter((r) => used.has(r.id))
      .map((r) => ({
        id: r.id,
        description: r.description,
        ...(r.docs !== undefined ? { docs: r.docs } : {}),
        url: ruleDocsUrl(r.id),
      })),
    notifications: report.notifications.map(
      (n) => `${n.level}: ${n.file ? `${n.file}${n.range ? `:${n.range.start.line}` : ''}: ` : ''}${n.message}`,
    ),
  };
}

function pageFinding(finding: Finding): PageFinding {
  const status = findingStatus(finding);
  const justification = finding.suppressions.map((s) => s.justification).join(' / ');
  return {
    severity: finding.severity,
    status,
    ruleId: finding.ruleId,
    message: findingMessage(finding),
    file: finding.file,
    line: finding.range.start.line,
    column: finding.range.start.column,
    ...(finding.resource ? { resource: finding.resource.logicalId } : {}),
    ...(finding.fix !== undefined ? { fix: finding.fix } : {}),
    ...(justification ? { justification } : {}),
  };
}

/** The light palette: the default, and what paper gets whatever the screen's scheme. */
const LIGHT = `--bg:#fff;--fg:#1d2125;--muted:#5c6670;--line:#c8ced4;--box:#f5f7f9;--accent:#0b5cad;--exposed:#c92a2a;--hl:#7048e8;
--critical:#a51d2d;--high:#d9480f;--medium:#b7791f;--low:#1971c2;--info:#6c757d`;

/** Light and dark (prefers-color-scheme), and a print layout: light, no controls, no clipped graph. */
const STYLE = `
:root{color-scheme:light dark;${LIGHT}}
@media (prefers-color-scheme:dark){:root{--bg:#16191d;--fg:#e6e9ec;--muted:#9aa4ae;--line:#4a525a;--box:#22272d;--accent:#6cb2ff;--exposed:#ff6b6b;--hl:#b197fc;
--critical:#ff6b81;--high:#ff922b;--medium:#ffd43b;--low:#4dabf7;--info:#adb5bd}}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--fg);font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
main{max-width:1800px;margin:0 auto;padding:16px 20px 40px}
h1{font-size:1.5rem;margin:0 0 4px}h2{font-size:1.2rem;margin:28px 0 8px}
code,pre{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.92em}
pre{background:var(--box);padding:8px;overflow:auto;border-radius:4px}
a{color:var(--accent)}
.muted{color:var(--muted)}.summary{font-size:1.05rem;font-weight:600;margin:4px 0}
.notes{color:var(--muted);font-size:.9em}
.graph-row{display:flex;gap:12px;align-items:flex-start}
.graph{flex:1 1 auto;min-width:0;overflow:auto;max-height:78vh;border:1px solid var(--line);border-radius:6px;background:var(--bg);cursor:grab}
.graph.dragging{cursor:grabbing;user-select:none}.graph:focus-visible{outline:2px solid var(--hl);outline-offset:2px}.graph svg{display:block}
.graph-tools{display:flex;gap:6px;align-items:center;flex-wrap:wrap;margin:0 0 6px}
.graph-tools button{font:inherit;min-width:2.2em;padding:2px 8px;background:var(--box);color:var(--fg);border:1px solid var(--line);border-radius:4px;cursor:pointer}
.graph-tools button:focus-visible,.show-in-graph:focus-visible{outline:2px solid var(--hl);outline-offset:1px}
.zoom-level{min-width:3.5em;text-align:center;font-variant-numeric:tabular-nums}.graph-tools .hint{font-size:.88em}
.show-in-graph{all:unset;cursor:pointer;color:var(--accent);text-decoration:underline;font-size:.88em}
.details{flex:0 0 300px;border:1px solid var(--line);border-radius:6px;padding:10px 12px;max-height:78vh;overflow:auto}
.details h3{margin:0 0 4px;font-size:1rem;word-break:break-all}
.node-findings{padding-left:18px}.node-findings li{margin:6px 0}
.way-in{font-size:.92em;word-break:break-word}
svg text{fill:var(--fg);font:12px system-ui,sans-serif}
svg .detail{fill:var(--muted);font-size:10.5px}
svg .edge-label{fill:var(--muted);font-size:10px;paint-order:stroke;stroke:var(--bg);stroke-width:3px}
.node{cursor:pointer}.node .box{fill:var(--box);stroke:var(--line);stroke-width:1.2}
.node.exposed .box{stroke:var(--exposed);stroke-dasharray:4 2}
.node.kind-internet .box{fill:var(--exposed);stroke:var(--exposed)}.node.kind-internet text{fill:#fff}
.node.kind-role .box{stroke-width:1.6}
.node[data-severity] .box{stroke-width:2.6;stroke-dasharray:none}
.node:focus{outline:none}.node:focus .box,.node.selected .box{stroke:var(--hl);stroke-width:3.2}
.edge .line{fill:none;stroke:var(--line);stroke-width:1.4}.edge .hit{fill:none;stroke:transparent;stroke-width:10}
.edge.exposed .line{stroke:var(--exposed);stroke-width:1.8}
.edge[data-severity]{cursor:pointer}.edge[data-severity] .line{stroke-width:2.6}
.arrowhead.plain{fill:var(--line)}.arrowhead.exposed{fill:var(--exposed)}.arrowhead.hl{fill:var(--hl)}
.has-selection .node:not(.on-path){opacity:.28}.has-selection .edge:not(.on-path){opacity:.18}
.has-selection .edge.on-path .line{stroke:var(--hl);stroke-width:2.8}
.sev-dot{stroke:var(--bg);stroke-width:1.5}
.sev-critical .sev-dot{fill:var(--critical)}.sev-high .sev-dot{fill:var(--high)}.sev-medium .sev-dot{fill:var(--medium)}.sev-low .sev-dot{fill:var(--low)}.sev-info .sev-dot{fill:var(--info)}
.node.sev-critical .box{stroke:var(--critical)}.node.sev-high .box{stroke:var(--high)}.node.sev-medium .box{stroke:var(--medium)}.node.sev-low .box{stroke:var(--low)}.node.sev-info .box{stroke:var(--info)}
.edge.sev-critical .line{stroke:var(--critical)}.edge.sev-high .line{stroke:var(--high)}.edge.sev-medium .line{stroke:var(--medium)}.edge.sev-low .line{stroke:var(--low)}
.badge{display:inline-block;min-width:4.8em;text-align:center;border-radius:3px;padding:0 5px;font-size:.8em;font-weight:700;color:#fff;text-transform:uppercase}
.badge.sev-critical{background:var(--critical)}.badge.sev-high{background:var(--high)}.badge.sev-medium{background:var(--medium);color:#000}.badge.sev-low{background:var(--low)}.badge.sev-info{background:var(--info)}
.filters{display:flex;gap:8px;flex-wrap:wrap;margin:0 0 8px}
.filters input,.filters select{font:inherit;padding:3px 6px;background:var(--bg);color:var(--fg);border:1px solid var(--line);border-radius:4px}
table.findings{border-collapse:collapse;width:100%}
table.findings caption{text-align:left;color:var(--muted);padding:4px 0}
table.findings th,table.findings td{border-bottom:1px solid var(--line);padding:6px 8px;text-align:left;vertical-align:top}
table.findings td.location{font-family:ui-monospace,monospace;font-size:.88em;overflow-wrap:anywhere;min-width:16ch}
th button.sort{all:unset;cursor:pointer;font-weight:700}
th[aria-sort=ascending] button.sort::after{content:" \\25B2"}th[aria-sort=descending] button.sort::after{content:" \\25BC"}
.fix{margin-top:4px;color:var(--muted)}
.rule-docs summary{cursor:pointer;color:var(--accent);margin-top:4px}
.rule-page{border-left:3px solid var(--line);padding-left:10px;margin-top:6px}
.md-table{border-collapse:collapse}.md-table th,.md-table td{border:1px solid var(--line);padding:3px 6px}
@media (max-width:900px){.graph-row{flex-direction:column}.details{flex-basis:auto;width:100%}}
@media print{:root{color-scheme:light;${LIGHT}}body{font-size:11px;background:#fff;color:#000}.filters,.graph-tools,.show-in-graph,.rule-docs summary,th button.sort::after{display:none}
.graph,.details{max-height:none;overflow:visible;border:none}.graph svg{width:100%;height:auto}
.graph-row{display:block}tr{break-inside:avoid}a{color:inherit}}
`;
