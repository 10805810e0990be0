/**
 * A template as CloudFormation would deploy it under given condition values: resources and
 * outputs whose `Condition` is false are gone, `Fn::If` on a decided condition is the chosen
 * branch, and `Ref AWS::NoValue` removes the property or list item that holds it
 * (https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference-conditions.html#intrinsic-function-reference-conditions-if).
 *
 * The view is a ParsedDocument over the same text: every reader downstream (resolver, policy
 * normaliser, API and user pool readers) sees the deployed shape without knowing about
 * conditions, and every position, fingerprint and suppression still refers to the file as
 * written through `viewOf` (the engine anchors findings on the original node).
 * `Fn::If` on an undecided condition is left as written: readers take both branches.
 */
import type { ParsedDocument } from '../../parsers/types.js';
import type { Tri } from '../../core/tri.js';
export interface DeployedView {
    doc: ParsedDocument;
    /** Logical IDs of resources that are not deployed (their condition is false). */
    undeployed: ReadonlySet<string>;
}
/**
 * The deployed view of `doc` under `decide` (the truth of a named condition, `'unknown'` when
 * undecided). Returns `doc` itself when nothing changes.
 */
export declare function deployedView(doc: ParsedDocument, resourcesPointer: '/Resources' | '', decide: (condition: string) => Tri): DeployedView;
