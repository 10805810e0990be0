/**
 * The picture of the HTML report: who can reach what, read from the model the rules use (not
 * re-derived from the templates), with the findings hung on the nodes and edges they concern.
 *
 * Edges point the way access flows, so that every path from the `internet` node is a way in:
 *
 *   internet ─sign-up→ user pool ─→ app client ─→ identity pool ─slot→ role ─actions→ bucket / API / table / *
 *   internet ─guest→ identity pool;  internet ─no aud→ role (its trust admits any identity pool)
 *   user pool ─→ group ─group role→ role;  user pool ─tokens→ authorizer ─guards→ API;  internet ─open method→ API
 *
 * (The issue sketches "APIs → authorizers → user pools"; the arrows here run the other way so that
 * "what makes this reachable" is always "what lies upstream", which is what the page highlights.)
 *
 * Pure: a model and the findings in, plain data out (types.ts), deterministic order.
 */
import type { Finding } from '../../engine/types.js';
import type { LoadedInputs } from '../../inputs/types.js';
import type { IdentityModel } from '../../model/model.js';
import type { ReportGraph } from './types.js';
export declare const INTERNET_ID = "internet";
/** The graph of inputs already linted: the model is built again, once, only when an HTML report is asked for. */
export declare function reportGraphOf(inputs: LoadedInputs, findings: readonly Finding[]): ReportGraph;
export declare function buildReportGraph(model: IdentityModel, findings: readonly Finding[]): ReportGraph;
