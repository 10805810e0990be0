/**
 * Three-valued truth (README "Architecture: floors", `core/`): the answer to a question the files may not
 * decide. One representation for the whole code base, `true | false | 'unknown'`:
 *
 * - `'unknown'` rather than `undefined`, because `undefined` already means "absent" or "not
 *   found" everywhere (`Map.get`, an optional property), and a rule reading `x === 'unknown'`
 *   says what it means; a forgotten check cannot silently read as false;
 * - plain booleans for the two known values, so `if (x === true)` and `x !== false` read as
 *   they do in docs/semantics.md#resolved-value ("true or unknown").
 *
 * The algebra is Kleene's strong three-valued logic: `and` is false as soon as one operand is
 * false, `or` true as soon as one is true, whatever the unknown operands are; otherwise an
 * unknown operand makes the result unknown. `all` and `any` are `and` and `or` over a list (true
 * and false on an empty list, as `every` and `some`). `unanimous` is the other way to combine:
 * the alternatives of one value (the branches of an `Fn::If`, the defaults a deployer may
 * override) decide a question only when they all give the same answer.
 *
 * Use it as a namespace: `import * as tri from '../core/tri.js'` and `tri.and(a, b)`.
 */
/** true, false, or `'unknown'` when the files do not decide it. */
export type Tri = boolean | 'unknown';
export declare const UNKNOWN = "unknown";
/** Kleene negation: unknown stays unknown. */
export declare function not(value: Tri): Tri;
/** Kleene conjunction of every value: false if one is false, else unknown if one is unknown, else true (true for none). Stops at the first false. */
export declare function all(values: Iterable<Tri>): Tri;
/** Kleene disjunction of every value: true if one is true, else unknown if one is unknown, else false (false for none). Stops at the first true. */
export declare function any(values: Iterable<Tri>): Tri;
/** `all` of the operands. */
export declare function and(...values: Tri[]): Tri;
/** `any` of the operands. */
export declare function or(...values: Tri[]): Tri;
/**
 * The answer every alternative agrees on: true when all are true, false when all are false,
 * unknown when they differ, when one is unknown, or when there is none. Stops at the first disagreement.
 */
export declare function unanimous(values: Iterable<Tri>): Tri;
/** A boolean that may be missing (an unassigned condition atom) as a Tri. */
export declare function ofOptional(value: boolean | undefined): Tri;
