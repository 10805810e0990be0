import type { Tri } from '../core/tri.js';
import { type Resolved, type ResolvedOf } from './resolved.js';
import type { ResourceNode } from './resource-node.js';
/** What a `Ref` / `Fn::GetAtt` points at (named through Resolved, so values/ does not import a dialect). */
type ReferencedResource = ResolvedOf<'resource'>['resource'];
/**
 * `test` asked of every alternative of `value` (anyOf flattened; a list is one alternative):
 * true when it holds for all, false when it fails for all, unknown when they differ or one is
 * unknown.
 */
export declare function judge(value: Resolved, test: (alternative: Resolved) => Tri): Tri;
/**
 * A boolean property as a Tri: `whenAbsent` for a missing property (or `Ref AWS::NoValue`), the
 * value when every alternative agrees (CloudFormation accepts the strings "true"/"false", in any
 * case), unknown otherwise. `truthOf(v) === true` is "certainly true", `=== false` "certainly false
 * or absent", `!== false` "true or unknown" in docs/semantics.md#resolved-value.
 */
export declare function truthOf(value: Resolved, whenAbsent?: boolean): Tri;
/** Every resource a value refers to (`Ref`, `Fn::GetAtt`), anywhere in it: in parts, alternatives and list items, in order. */
export declare function referencedResources(value: Resolved): ReferencedResource[];
/**
 * Does `test` hold for some alternative of `value` (anyOf flattened), with every alternative
 * decided? For a rule that fires on a setting written in any branch: a literal weak setting in one
 * `Fn::If` branch is written in the template and deploys under its condition. Unlike `tri.any`, an
 * undecided alternative makes the answer unknown even when another one holds: the rule then says
 * nothing rather than report a value it could not read whole. Stops at the first undecided one.
 */
export declare function someAlternative(value: Resolved, test: (alternative: Resolved) => Tri): Tri;
/** `someAlternative` for a string property: `test` gets each alternative's string, `undefined` for absent; an alternative whose string is not known is undecided. */
export declare function someAlternativeText(value: Resolved, test: (text: string | undefined) => boolean): Tri;
/** The one resource a value refers to (`Ref`/`Fn::GetAtt`, or alternatives that all name it). */
export declare function singleResource(value: Resolved): {
    resource: ResourceNode;
    attribute: string | undefined;
} | undefined;
/**
 * The string a value certainly has: `absent` when the property is missing, the string when every
 * alternative has it, `undefined` when unknown or when alternatives differ (`Fn::If`, a parameter
 * default that the deployer may override).
 */
export declare function certainString(value: Resolved): string | {
    absent: true;
} | undefined;
export {};
