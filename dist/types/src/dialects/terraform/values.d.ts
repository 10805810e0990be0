import { type SourceRef } from '../../parsers/source.js';
import { type Resolved } from '../../values/resolved.js';
import { type ResourceReference, type TfDocument, type TfResource } from './plan.js';
export type AttributePath = ReadonlyArray<string | number>;
export declare const AFTER_APPLY = "known only after apply";
export interface AttributeValue {
    readonly value: Resolved;
    readonly source: SourceRef;
    /** The attribute is in `values` (it may be null). */
    readonly present: boolean;
    /** The attribute's name (the last name of its path, `audience` of `jwt_configuration.0.audience.1`): how messages name it. */
    readonly name: string | undefined;
}
export declare class AttributeReader {
    readonly tf: TfDocument;
    readonly resource: TfResource;
    constructor(tf: TfDocument, resource: TfResource);
    source(...path: AttributePath): SourceRef;
    /** The node at `path` of `values`, undefined when missing. */
    raw(...path: AttributePath): unknown;
    /** Is the value at `path` (or a node above it) known only after apply? */
    isUnknown(...path: AttributePath): boolean;
    /**
     * The value at `path`. With `follow`, an unknown value whose expression refers to exactly one
     * resource of the document is that resource (only for attributes that hold an ID or ARN, where
     * an expression naming one resource is that resource's value, not text built around it).
     */
    value(path: AttributePath, follow?: boolean): AttributeValue;
    /** The items of a list (or set) attribute, each with its node; `known` is false when the list is known only after apply. */
    items(path: AttributePath): {
        items: Array<{
            value: Resolved;
            source: SourceRef;
        }>;
        known: boolean;
    };
    /** The objects of a nested block list (`inline_policy`, `cors_rule`), by index. */
    blocks(path: AttributePath): number[];
    /**
     * What the Terraform source beside the plan writes at `path` (src/inputs/terraform-sources.ts): an
     * expression's text, or an object constructor's keys and their expressions' texts. Undefined without
     * the source, or where it writes no such node (the plan's node is then placed at an ancestor).
     */
    written(...path: AttributePath): unknown;
    /**
     * The value an expression written in the source (`written`) at `path` stands for: a quoted literal
     * is that text; a traversal (`aws_iam_role.auth.arn`, `module.auth.role_arn`) is the one resource it
     * names, when the plan's configuration lists it among the references of the expression at `path`
     * (so a source edited since the plan is not believed). Anything else is unknown.
     */
    writtenValue(path: AttributePath, text: string): Resolved;
    /** The one resource the expression at `path` refers to, if it refers to exactly one and nothing else. */
    reference(path: AttributePath): ResourceReference | undefined;
    /** Every resource the expression at `path` refers to (a list of roles), and whether it refers to anything else. */
    references(path: AttributePath): {
        targets: ResourceReference[];
        opaque: boolean;
    };
}
/** A reference as a resolved value: the resource, and the attribute it names in CloudFormation's terms. */
export declare function referenceValue(reference: ResourceReference): Resolved;
/** A value as written in the plan: scalars are known, null is absent, lists are lists. */
export declare function plainValue(raw: unknown, depth?: number): Resolved;
