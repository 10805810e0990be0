/**
 * CloudFormation `Conditions`, evaluated the way CloudFormation does at deploy time
 * (https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/conditions-section-structure.html,
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference-conditions.html).
 *
 * A condition is a formula over `Fn::Equals` comparisons (`Fn::And`, `Fn::Or`, `Fn::Not`,
 * `Condition`). Each comparison is decided from resolved values: true or false when both sides
 * are known (a value the user gave with `--parameter`, a parameter file or an Amplify
 * `parameters.json`), unknown otherwise (a parameter's `Default` is only one alternative). An
 * unknown comparison is an *atom*: the scenarios of a run (src/dialects/cloudformation/scenarios.ts) assign it
 * true or false, so every condition that depends on it takes one consistent value across the
 * whole template, as cfn-lint's scenarios do. Two comparisons of the same parameter with
 * different literals are never both true: such assignments are impossible and dropped.
 */
import type { Resolver } from './intrinsics.js';
import type { Stack } from './stack.js';
/** Three-valued truth: `undefined` is unknown. */
export type Tri = boolean | undefined;
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
    private read;
    private equals;
}
/**
 * Every consistent assignment of `atoms`: all 2^n combinations, less those where two
 * comparisons of one parameter with different literals are both true.
 */
export declare function assignmentsOf(atoms: readonly ConditionAtom[]): AtomAssignment[];
