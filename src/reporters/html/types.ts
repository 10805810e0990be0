/**
 * The data the HTML report embeds and its browser script reads: the identity architecture as a
 * graph (built from the model by graph.ts) and the findings. Types only: the browser script
 * (viewer/) and the Node side share them, and nothing here may import Node or DOM code.
 */

export type Severity = 'critical' | 'high' | 'medium' | 'low' | 'info';

export type GraphNodeKind =
  /** "Anyone on the internet": the one source of every exposed path. */
  | 'internet'
  | 'user-pool'
  | 'app-client'
  | 'group'
  | 'identity-pool'
  | 'role'
  | 'bucket'
  | 'api'
  | 'authorizer'
  /** What a role may act on that is neither a bucket nor an API of the run: a table, a map, an ARN, `*`. */
  | 'target';

export interface GraphNode {
  /** Stable within one report: `<kind>:<stack>:<logical ID>` (or a target's text). */
  readonly id: string;
  readonly kind: GraphNodeKind;
  /** What the picture writes in the box: the logical ID or IAM name. */
  readonly label: string;
  /** One line under the label: the resource type, the exposure of a role, the stack. */
  readonly detail?: string;
  /** Indices into the report's `findings` that concern this node (every status). */
  readonly findings: readonly number[];
  /** The worst severity of its open findings (not suppressed, not in the baseline). */
  readonly severity?: Severity;
  /** Reachable from the internet node along the edges. */
  readonly exposed: boolean;
}

export interface GraphEdge {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  /** `sign-up`, `guest`, `authenticated`, `s3:PutObject on /*`, … */
  readonly label: string;
  readonly findings: readonly number[];
  readonly severity?: Severity;
  /** Its source is reachable from the internet node. */
  readonly exposed: boolean;
}

export interface ReportGraph {
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
}

/** One finding as the page shows it. */
export interface PageFinding {
  readonly severity: Severity;
  readonly status: 'open' | 'suppressed' | 'baseline';
  readonly ruleId: string;
  readonly message: string;
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly resource?: string;
  readonly fix?: string;
  /** Why it is suppressed (the suppressions' justifications). */
  readonly justification?: string;
}

export interface PageRule {
  readonly id: string;
  readonly description: string;
  /** The rule's page (Markdown; the viewer renders a safe subset). */
  readonly docs?: string;
  /** Where the page lives online, for a reader who wants the current version. */
  readonly url: string;
}

/** Everything the page shows, embedded as JSON in the HTML. */
export interface PageData {
  readonly tool: string;
  readonly files: readonly string[];
  readonly summary: string;
  /** Absent: the caller gave no graph (the API's `formatReport` without one); the table alone is shown. */
  readonly graph?: ReportGraph;
  readonly findings: readonly PageFinding[];
  readonly rules: readonly PageRule[];
  readonly notifications: readonly string[];
}
