import type { SourceRef } from '../../parsers/source.js';
import type { Placement } from './placement.js';
import type { VariableResolver } from './variables.js';
export interface ServiceFunction {
    name: string;
    config: Record<string, unknown>;
}
export interface Compilation {
    variables: VariableResolver;
    placement: Placement;
    /** The service file's root node: what a compiled node with no better place is located at. */
    root: SourceRef;
    /** The compiled resources, by logical ID, in the order compiled. */
    resources: Record<string, unknown>;
    functions: ServiceFunction[];
    /** `service` (a string, or `{name}` in older services); possibly unknown. */
    serviceName: unknown;
    stage: unknown;
    /** The region: `--parameter region=`, else `provider.region`, else `us-east-1` (the framework's provider.getRegion). */
    region: unknown;
    /** The plugins `plugins` lists (https://www.serverless.com/framework/docs/guides/plugins): what some keys mean depends on them. */
    plugins: ReadonlySet<string>;
    note(at: SourceRef | undefined, message: string): void;
}
/** `plugins`: a list of names, or `{modules: [...]}`; names that are not text are left out. */
export declare function pluginNames(plugins: unknown): Set<string>;
/** Adds a compiled resource, placed at `at`; the first one compiled under a logical ID wins. */
export declare function addResource(compilation: Compilation, logicalId: string, resource: Record<string, unknown>, at: SourceRef | undefined): void;
/** The place of `node[key]` in its file: its own place, else its parent's place plus `key`. */
export declare function placeOfChild(compilation: Compilation, node: unknown, key: string | number): SourceRef | undefined;
/** `Fn::Join ['', parts]`, or the text itself when every part is text. */
export declare function joined(parts: unknown[]): unknown;
