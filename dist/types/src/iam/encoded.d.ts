/**
 * Policy documents written as JSON text instead of objects: CloudFormation accepts a JSON
 * string for `Json`-typed properties (`AssumeRolePolicyDocument`, `PolicyDocument`), and the
 * IAM API returns documents URL-encoded. Such a string is decoded and read like an object;
 * positions inside it cannot be told apart, so everything points at the string itself.
 */
import { type ParsedDocument, type Pointer } from '../parsers/types.js';
import type { SourceRef } from '../parsers/source.js';
/** The policy at `source`: the node itself, or its decoded content when it is JSON text. */
export declare function policyNode(raw: unknown, source: SourceRef): {
    data: unknown;
    source: SourceRef;
};
export declare function decodePolicyString(text: string): unknown;
/** A view of decoded data whose every position is the position of the encoded string it came from. */
export declare function pinnedDocument(doc: ParsedDocument, pointer: Pointer, data: unknown): ParsedDocument;
