import { type SourceRef } from '../../parsers/source.js';
/** The policy held as text at `source`: its data and the document its positions come from; undefined when it is not JSON text. */
export declare function policyText(raw: string, source: SourceRef): {
    data: unknown;
    source: SourceRef;
} | undefined;
