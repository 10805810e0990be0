/**
 * Indexes of all stacks of a run, for cross-stack resolution: nested stacks, exports and
 * stack names. Cross-stack references only resolve within one root cloud assembly (CDK) or,
 * for plain templates, among the plain templates of the run.
 */
import type { Pointer } from '../../parsers/types.js';
import type { Resolver, StackUniverse } from './intrinsics.js';
import type { Stack } from './stack.js';
export declare class StackIndex implements StackUniverse {
    readonly stacks: readonly Stack[];
    private readonly byKey;
    private readonly children;
    private exportIndex;
    /** Set by the model once the resolver exists (export names may themselves be intrinsics). */
    resolver: Resolver | undefined;
    constructor(stacks: readonly Stack[]);
    nestedChild(stack: Stack, logicalId: string): Stack | undefined;
    nestedParent(stack: Stack): {
        stack: Stack;
        logicalId: string;
    } | undefined;
    exporters(from: Stack, name: string): Array<{
        stack: Stack;
        valuePointer: Pointer;
    }>;
    stackByName(from: Stack, stackName: string, region: string | undefined): Stack | undefined;
    private buildExportIndex;
}
