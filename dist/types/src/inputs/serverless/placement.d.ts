import type { SourceRef } from '../../parsers/source.js';
import { type Pointer } from '../../parsers/types.js';
export declare class Placement {
    private readonly known;
    private readonly places;
    private readonly keyPlaces;
    /** `known`: where nodes already placed (by the variable resolver) were written. */
    constructor(known: (node: object) => SourceRef | undefined);
    /** Places a node the compiler made; returns it. */
    at<T extends object>(node: T, ref: SourceRef | undefined): T;
    /** Places the value of `node[key]` (a scalar, or a node made from a value written elsewhere). */
    key(node: object, key: string, ref: SourceRef | undefined): void;
    /** Where a node is placed, if it is. */
    of(node: unknown): SourceRef | undefined;
    /** Where the template node at `pointer` is written. */
    place(data: unknown, root: SourceRef, pointer: Pointer): SourceRef;
    /**
     * lodash `_.merge`, as the framework merges `resources` (each entry of a list in turn) over the
     * template it compiled (https://github.com/serverless/serverless/blob/v3.38.0/lib/plugins/aws/package/lib/merge-custom-provider-resources.js): objects merged key by key, lists
     * index by index, anything else replaced. Inputs are never changed; a merged node is placed where
     * the node merged over it is.
     */
    merge(target: unknown, source: unknown): unknown;
}
