/**
 * The resources of a Terraform plan or state as `terraform show -json` writes them
 * (https://developer.hashicorp.com/terraform/internals/json-format): a plan's
 * `planned_values.root_module` (with `child_modules`), the `after_unknown` of its
 * `resource_changes` (what is known only after apply) and its `configuration` (the references
 * each expression makes); a state's `values.root_module`, where every value is known.
 *
 * Every input is hostile: module nesting, resource counts and reference chains are bounded, and a
 * shape that is not the documented one is passed over, never a crash.
 */
import type { ParsedDocument, Pointer } from '../../parsers/types.js';
import type { SourceRef } from '../../parsers/source.js';
import type { FindingResource } from '../../core/types.js';
import type { ResourceNode } from '../../values/resource-node.js';
/** Deeper module nesting than this is not read (Terraform itself has no limit; real configurations nest a few levels). */
export declare const MAX_MODULE_DEPTH = 16;
/** Resources read per document; the rest are passed over with a note. */
export declare const MAX_RESOURCES = 20000;
export interface TfResource {
    /** `module.auth.aws_iam_role.authenticated`, `aws_s3_bucket.media["a"]`. */
    readonly address: string;
    /** `aws_iam_role`. */
    readonly type: string;
    readonly mode: 'managed' | 'data';
    /** The module instance it belongs to: '' for the root, else `module.auth`, `module.a[0].module.b`. */
    readonly module: string;
    /** Its address within its module, without an instance key (`aws_iam_role.authenticated`): how configuration names it. */
    readonly configAddress: string;
    /** `values` (planned, or the state's). */
    readonly values: Record<string, unknown>;
    /** The `after_unknown` tree of its change (plans only): `true` where a value is known only after apply. */
    readonly unknown: unknown;
    /** The resource object, and its `values` object. */
    readonly pointer: Pointer;
    readonly valuesPointer: Pointer;
    readonly node: ResourceNode;
    readonly findingResource: FindingResource;
}
/** A module instance's configuration: its resources' expressions, its calls, and the call that made it. */
interface ConfigModule {
    readonly resources: ReadonlyMap<string, Record<string, unknown>>;
    readonly calls: ReadonlyMap<string, Record<string, unknown>>;
}
export interface TfDocument {
    readonly doc: ParsedDocument;
    readonly kind: 'plan' | 'state';
    readonly resources: readonly TfResource[];
    readonly byAddress: ReadonlyMap<string, TfResource>;
    /** What the reader passed over (too deep, too many), for `unresolved` notes. */
    readonly notes: Array<{
        message: string;
        at: SourceRef;
    }>;
    /** The configuration of each module path (`''`, `module.auth`), instance keys dropped. */
    readonly config: ReadonlyMap<string, ConfigModule>;
}
export declare function readTerraformDocument(doc: ParsedDocument): TfDocument | undefined;
/**
 * The parts of a resource address (`module.a[0].module.b.data.aws_x.y["k"]`): the module instance
 * it is in and its address within that module without its instance key. Undefined when it does
 * not read as an address.
 */
export declare function parseAddress(address: string): {
    module: string;
    configAddress: string;
    key: string;
} | undefined;
/** The configuration expression of `resource` at `path` (`['roles']`, `['role_mapping', 0, 'mapping_rule', 1, 'role_arn']`). */
export declare function expressionOf(tf: TfDocument, resource: TfResource, path: ReadonlyArray<string | number>): Record<string, unknown> | undefined;
/** A reference an expression makes, followed to the resource it names: the resource and the attribute (`arn`, or '' for the resource itself). */
export interface ResourceReference {
    readonly resource: TfResource;
    readonly attribute: string;
}
/**
 * The resources an expression refers to, in `resource`'s module, following `var.` into the
 * calling module and `module.<name>.<output>` into the called one. Terraform lists a traversal
 * and its prefixes (`aws_iam_role.auth.arn`, `aws_iam_role.auth`): the longest names the attribute.
 * References to anything else (`local.`, `each.`, root variables) are `opaque`: what they are is not known.
 */
export declare function referencesOf(tf: TfDocument, moduleInstance: string, expression: Record<string, unknown> | undefined, hops?: number): {
    targets: ResourceReference[];
    opaque: boolean;
};
export {};
