import type { ParsedDocument, Pointer } from '../parsers/types.js';
export interface FingerprintInput {
    ruleId: string;
    doc: ParsedDocument;
    pointer: Pointer;
    /** Stack identity: cdk stack name, or undefined for plain files (then the path without extension). */
    stack: string | undefined;
    /**
     * The file path to hash for a plain file, relative to the baseline's folder (default: the
     * document's path, relative to the working directory): the same finding seen from a subfolder
     * has the same fingerprint.
     */
    file?: string;
    logicalId: string | undefined;
    /** Pointer of the resource containing `pointer` (stripped so the fingerprint is relative to it). */
    resourcePointer: Pointer | undefined;
    key: string | undefined;
}
export declare function fingerprint(input: FingerprintInput): string;
/** JSON with object keys sorted, so key order and formatting never change the hash. */
export declare function canonicalJson(value: unknown, depth?: number): string;
