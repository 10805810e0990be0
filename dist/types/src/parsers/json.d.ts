import { type ParsedDocument } from './types.js';
/**
 * Deepest nesting of objects/arrays either parser accepts. Real templates stay under 30 levels;
 * the limit keeps every recursive walk downstream (model, intrinsic resolution) far from the
 * stack limit on hostile input.
 */
export declare const MAX_NESTING_DEPTH = 256;
/**
 * Set `key` as an own enumerable data property. Plain assignment of `__proto__` would replace
 * the object's prototype (and drop the key), so that one key is defined instead; every other key
 * is a plain assignment, which is as fast as it gets.
 */
export declare function setDataProperty(target: Record<string, unknown>, key: string, value: unknown): void;
/** Parse strict JSON. Never throws: every problem becomes a `SyntaxProblem`. */
export declare function parseJson(file: string, text: string): ParsedDocument;
