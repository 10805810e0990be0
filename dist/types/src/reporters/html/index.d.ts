import { type LintReport } from '../../engine/types.js';
import type { ReportGraph } from './types.js';
export { buildReportGraph, reportGraphOf } from './graph.js';
export type { ReportGraph, GraphNode, GraphEdge, GraphNodeKind } from './types.js';
export interface HtmlOptions {
    /** The picture (`reportGraphOf(inputs, report.findings)`); without it the page shows the table alone. */
    graph?: ReportGraph;
}
export declare function formatHtml(report: LintReport, options?: HtmlOptions): string;
/**
 * JSON that is inert inside a `<script>` element: `</script>`, `<!--` and `]]>` cannot be formed,
 * and the line separators JavaScript once rejected in strings are escaped too.
 */
export declare function jsonForScript(value: unknown): string;
