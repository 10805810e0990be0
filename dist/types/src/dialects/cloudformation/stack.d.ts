/**
 * A template's resources, parameters and outputs, indexed once. The resolver and the model
 * builder work on these; rules see them through model entities.
 */
import type { ParsedDocument, Pointer } from '../../parsers/types.js';
import type { FindingResource } from '../../core/types.js';
import type { SourceFrame, TemplateInput } from '../../inputs/types.js';
import { type SourceRef } from '../../parsers/source.js';
import type { ResourceNode } from '../../values/resource-node.js';
import type { Entity } from '../../model/entities.js';
export interface TemplateResource extends ResourceNode {
    readonly dialect: 'cloudformation';
    readonly stack: Stack;
    /** Pointer of the resource object (`/Resources/AuthRole`, or `/AuthRole` in a Resources fragment). */
    readonly pointer: Pointer;
    /** `Properties`, or an empty object when absent or not an object. */
    readonly properties: Record<string, unknown>;
    readonly propertiesPointer: Pointer;
    readonly metadata: Record<string, unknown> | undefined;
    /** CDK construct path: `Metadata["aws:cdk:path"]`, else the manifest's `aws:cdk:logicalId` entry. */
    readonly cdkPath: string | undefined;
    /** Where the CDK app created it, from the assembly's creation traces (`CDK_DEBUG=true`). */
    readonly cdkSource?: SourceFrame | undefined;
    readonly source: SourceRef;
}
/** The resource as a finding names it; the one place a template resource becomes a FindingResource. */
export declare function findingResourceOf(resource: TemplateResource): FindingResource;
/** A template resource as an entity of the model names it. */
export declare function templateEntity(resource: TemplateResource): Entity;
export interface TemplateParameter {
    readonly name: string;
    readonly pointer: Pointer;
    readonly type: string | undefined;
    readonly default: unknown;
    readonly hasDefault: boolean;
}
export interface Stack {
    readonly input: TemplateInput;
    readonly doc: ParsedDocument;
    readonly name: string;
    readonly key: string;
    readonly resources: ReadonlyMap<string, TemplateResource>;
    readonly parameters: ReadonlyMap<string, TemplateParameter>;
    /** Output name → pointer of its `Value`. */
    readonly outputs: ReadonlyMap<string, Pointer>;
    /** Export name expressions: pointer of `Outputs.<name>.Export.Name` → pointer of the output's `Value`. */
    readonly exports: ReadonlyArray<{
        namePointer: Pointer;
        valuePointer: Pointer;
    }>;
    readonly mappings: Record<string, unknown>;
    readonly templateMetadata: Record<string, unknown> | undefined;
}
/** Index a template input. Never throws: malformed sections are simply empty. */
export declare function buildStack(input: TemplateInput): Stack;
/** The resource whose subtree contains `pointer`, if any. */
export declare function resourceContaining(stack: Stack, pointer: Pointer): TemplateResource | undefined;
/** A resource node as this dialect made it: every reference the CloudFormation resolver resolves is one. */
export declare function templateResourceOf(node: ResourceNode): TemplateResource | undefined;
