/**
 * Static evaluation of CloudFormation intrinsic functions into `Resolved` values.
 *
 * Resolution crosses stack boundaries the way CloudFormation does: nested-stack parameters
 * (parent `Parameters` → child), nested-stack outputs (`Fn::GetAtt [Stack, Outputs.X]`),
 * `Fn::ImportValue` of an `Export`, and `Fn::GetStackOutput` (CDK's weak cross-stack
 * references) within one cloud assembly. Anything that cannot be known statically becomes
 * `unknown` with a reason; the resolver never throws and never loops (cycle and depth guards:
 * templates are hostile input).
 *
 * Every node reached by reference (a pointer: outputs, exports, mappings, nested-stack
 * parameters; a parameter's value; a `Fn::Sub` variable) is resolved once, and every value is
 * bounded in size (MAX_RESOLVED_NODES, MAX_RESOLVED_CHARS): a template that doubles a value at
 * each reference (`Default: !Sub "${P}${P}"`, a chain of `!Join ['', [!Ref P1, !Ref P1]]`)
 * would otherwise need memory exponential in its length. A value over the bound is unknown.
 */
import { type Pointer } from '../../parsers/types.js';
import { type Resolved } from '../../values/resolved.js';
import type { Stack } from './stack.js';
/** How the resolver finds other stacks; built by the model from all inputs of a run. */
export interface StackUniverse {
    /** The child template created by `AWS::CloudFormation::Stack` `logicalId` of `stack`. */
    nestedChild(stack: Stack, logicalId: string): Stack | undefined;
    /** The parent stack and the logical ID of the `AWS::CloudFormation::Stack` resource creating `stack`. */
    nestedParent(stack: Stack): {
        stack: Stack;
        logicalId: string;
    } | undefined;
    /** Stacks exporting `name` that `from` can import (same root assembly, or plain templates of the run). */
    exporters(from: Stack, name: string): Array<{
        stack: Stack;
        valuePointer: Pointer;
    }>;
    /** The stack named `stackName` (and in `region`, when given) that `from` can read outputs of. */
    stackByName(from: Stack, stackName: string, region: string | undefined): Stack | undefined;
}
/**
 * Bounds on one resolved value. No legitimate value comes near them: an IAM policy document is
 * at most 10,240 characters and a template body at most 1 MB
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html,
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/cloudformation-limits.html).
 */
export declare const MAX_RESOLVED_NODES = 10000;
export declare const MAX_RESOLVED_CHARS = 1000000;
export declare const TOO_LARGE = "value too large to resolve";
/** `value`, or unknown when it is over the bounds. */
export declare function bounded(value: Resolved): Resolved;
export declare class Resolver {
    private readonly universe;
    private readonly active;
    private readonly memo;
    constructor(universe: StackUniverse);
    /** Resolve the node at `pointer` of `stack`'s document. */
    resolveAt(stack: Stack, pointer: Pointer, depth?: number): Resolved;
    /**
     * `compute()` once per `key` for the life of the resolver; a key reached again while it is
     * being computed is a cycle. `depth` is passed on through references (not restarted at each),
     * so a chain of thousands of references ends at MAX_DEPTH rather than overflowing the stack.
     */
    private once;
    /** Resolve a value taken from `stack`'s document. */
    resolve(stack: Stack, value: unknown, depth?: number): Resolved;
    private resolveNode;
    private ref;
    private pseudo;
    /**
     * A parameter is certain only when the user gave its value (or the parent stack passes it).
     * Its default is only one alternative: the deployer may pass anything else.
     */
    private parameter;
    private defaultOf;
    private typedParameter;
    private getAtt;
    private output;
    private sub;
    private subVariable;
    private join;
    private if;
    private select;
    private split;
    private importValue;
    private getStackOutput;
    private findInMap;
    /** Pointers of the values of `map` at (`top`, `second`), where an undefined key stands for every key at its level. */
    private mapEntries;
}
/**
 * Concatenate parts, merging adjacent known strings; a single part is returned as is. Unknown
 * when the result would be over the bounds, decided before the parts are flattened.
 */
export declare function concat(parts: Resolved[]): Resolved;
