import type { SourceRef } from '../../parsers/source.js';
import { type ValueResolver } from '../../iam/document.js';
import { AttributeReader, type AttributePath } from './values.js';
export interface RenderedDocument {
    /** The document as the provider would render it; its unknown inputs are resolved by `resolve`. */
    readonly data: unknown;
    readonly source: SourceRef;
    readonly resolve: ValueResolver;
}
/**
 * The document the data source named by the expression at `path` of `read`'s resource renders, when
 * the expression is `data.aws_iam_policy_document.<name>.json` and the plan holds the data source's
 * blocks; undefined otherwise.
 */
export declare function renderedDocument(read: AttributeReader, path: AttributePath): RenderedDocument | undefined;
