import type { Tri } from '../../core/tri.js';
import type { Resolver } from './intrinsics.js';
import type { Stack } from './stack.js';
/** An `Fn::Equals` whose outcome the files do not decide. */
export interface ConditionAtom {
    /** Unique within the run. */
    readonly id: string;
    /** The parameter compared, when one side is a plain `Ref` to a parameter. */
    readonly parameter?: string;
    /** The literal it is compared with, when the other side is known. */
    readonly literal?: string;
}
/** An assignment of truth values to atoms (absent atoms stay unknown). */
export type AtomAssignment = ReadonlyMap<string, boolean>;
/** The `Conditions` of one stack, read once. */
export declare class StackConditions {
    readonly stack: Stack;
    private readonly formulas;
    private readonly atomsByKey;
    constructor(stack: Stack, resolver: Resolver);
    /** Whether the template defines any condition at all. */
    get isEmpty(): boolean;
    has(name: string): boolean;
    names(): string[];
    /** The truth of condition `name` under `assignment`; unknown for an undefined name or a cycle. */
    truth(name: string, assignment?: AtomAssignment): Tri;
    /** The unknown atoms condition `name` depends on, in order of appearance. */
    atomsOf(name: string): ConditionAtom[];
    private evaluate;
    /** The truth of each formula, evaluated only as far as `tri.all` / `tri.any` read (a false operand decides `and`, a true one `or`). */
    private evaluateEach;
    private read;
    private equals;
}
/**
 * Every consistent assignment of `atoms`: all 2^n combinations, less those where two
 * comparisons of one parameter with different literals are both true.
 */
export declare function assignmentsOf(atoms: readonly ConditionAtom[]): AtomAssignment[];
