/**
 * Object helpers for hostile input (core/: imports nothing). Keys of parsed documents come from
 * the attacker, so lookups never read the prototype chain.
 */
/** A JSON/YAML mapping: an object that is neither null nor an array. */
export declare function isPlainObject(value: unknown): value is Record<string, unknown>;
/** Own property lookup that never reads the prototype chain. */
export declare function own(object: Record<string, unknown>, key: string): unknown;
