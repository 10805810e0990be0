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

export const UNKNOWN = 'unknown';

/** Kleene negation: unknown stays unknown. */
export function not(value: Tri): Tri {
  return value === UNKNOWN ? UNKNOWN : !value;
}

/** Kleene conjunction of every value: false if one is false, else unknown if one is unknown, else true (true for none). Stops at the first false. */
export function all(values: Iterable<Tri>): Tri {
  let open = false;
  for (const value of values) {
    if (value === false) return false;
    if (value === UNKNOWN) open = true;
  }
  return open ? UNKNOWN : true;
}

/** Kleene disjunction of every value: true if one is true, else unknown if one is unknown, else false (false for none). Stops at the first true. */
export function any(values: Iterable<Tri>): Tri {
  let open = false;
  for (const value of values) {
    if (value === true) return true;
    if (value === UNKNOWN) open = true;
  }
  return open ? UNKNOWN : false;
}

/** `all` of the operands. */
export function and(...values: Tri[]): Tri {
  return all(values);
}

/** `any` of the operands. */
export function or(...values: Tri[]): Tri {
  return any(values);
}

/**
 * The answer every alternative agrees on: true when all are true, false when all are false,
 * unknown when they differ, when one is unknown, or when there is none. Stops at the first disagreement.
 */
export function unanimous(values: Iterable<Tri>): Tri {
  let agreed: Tri | undefined;
  for (const value of values) {
    if (value === UNKNOWN || (agreed !== undefined && value !== agreed)) return UNKNOWN;
    agreed = value;
  }
  return agreed ?? UNKNOWN;
}

/** A boolean that may be missing (an unassigned condition atom) as a Tri. */
export function ofOptional(value: boolean | undefined): Tri {
  return value ?? UNKNOWN;
}
