/**
 * The one property reader of CloudFormation: every entity builder (identity pools, roles and
 * policies, user pools, buckets, API Gateway and SAM) reads `Properties`, and the nodes inside
 * them (an OpenAPI body, a SAM `Auth` block, a function event's `Properties`), through it.
 *
 * A value comes with its SourceRef: the node, or where the node would be when the property is
 * missing (locating that pointer gives the nearest existing parent, so a finding about a missing
 * property lands on its parent). Values are resolved by the Resolver alone, which also decides what
 * a reference to a parameter is: an `AWS::SSM::Parameter::Value<…>` parameter is unknown there, so
 * a value built partly from one keeps its fixed parts (docs/semantics.md#resolved-value).
 *
 * The reader walks the literal structure of the template. When an intrinsic function stands on
 * the way to a property (`Policies: !If [C, {PasswordPolicy: …}, …]`), what the property is cannot
 * be read from the structure: the property is unknown, never absent.
 */
import type { Pointer } from '../../parsers/types.js';
import { type Resolved } from '../../values/resolved.js';
import { type SourceRef } from '../../parsers/source.js';
import type { ListItem, ListProperty, PropertyValue } from '../../model/cognito.js';
import type { Resolver } from './intrinsics.js';
import type { Stack, TemplateResource } from './stack.js';
export type { ListItem, ListProperty, PropertyValue };
export type PathToken = string | number;
/** The literal node at a path, before resolution. */
export type NodeState = {
    state: 'absent';
    source: SourceRef;
} | {
    state: 'object';
    raw: Record<string, unknown>;
    source: SourceRef;
} | {
    state: 'array';
    raw: unknown[];
    source: SourceRef;
} | {
    state: 'scalar';
    raw: unknown;
    source: SourceRef;
}
/** An intrinsic function on the path: what it yields is not a literal structure. */
 | {
    state: 'computed';
    source: SourceRef;
    reason: string;
    whole: boolean;
};
/**
 * Reads the node at `root` of a stack's document (a resource's `Properties`) by path. A reader of
 * a nested block (`child`) keeps the path from the root, so an intrinsic above the block still
 * makes its values unknown.
 */
export declare class PropertyReader {
    private readonly resolver;
    private readonly stack;
    private readonly root;
    private readonly rootNode;
    private readonly prefix;
    private constructor();
    /** The reader of a resource's `Properties`. */
    static of(resolver: Resolver, resource: TemplateResource): PropertyReader;
    /** The reader of any node of a stack's document (`/Globals/Api/Auth`). */
    static at(resolver: Resolver, stack: Stack, pointer: Pointer): PropertyReader;
    /** The reader of another resource's `Properties`, resolving with the same resolver. */
    forResource(resource: TemplateResource): PropertyReader;
    /** A reader of the node at `path`, for reading a nested block (`Auth`, an OpenAPI security scheme). */
    child(...path: PathToken[]): PropertyReader;
    /** Where the node at `path` is (or would be). */
    source(...path: PathToken[]): SourceRef;
    /**
     * The node at `path` as written (an intrinsic function object included): undefined when it is
     * missing or below an intrinsic function, whose result has no literal structure to walk.
     */
    raw(...path: PathToken[]): unknown;
    /** The literal node at `path`, without looking through intrinsics except `AWS::NoValue`. */
    node(...relative: PathToken[]): NodeState;
    /** A value: resolved; absent when missing; unknown when an intrinsic on the way hides it. */
    value(...path: PathToken[]): PropertyValue;
    private valueOf;
    /**
     * A list: its entries, each with its own node when the list is written literally (entries that
     * are no value, `AWS::NoValue`, dropped), or the entries of a list the resolver computed (a list
     * parameter, `Fn::Split`), each located at the property. A single known value is a one-entry
     * list. `known` is false when the list cannot be enumerated (an unknown or conditional list).
     */
    list(...path: PathToken[]): ListProperty;
    /**
     * The entries of a list as values to judge one by one: the list's entries when it can be
     * enumerated, else the whole value as one entry (an unknown list is one unknown entry; a
     * conditional list or a reference is judged through its alternatives).
     */
    entries(...path: PathToken[]): ListItem[];
    /**
     * The ways the node at `path` may be written, as nodes to read one by one: each branch of an
     * `Fn::If` on its own (a branch that is `AWS::NoValue` dropped), else the node itself; none when
     * it is missing. For a property whose entries differ in kind (SAM `Policies`: names, ARNs,
     * documents, policy templates), where a resolved value would lose which kind each branch is.
     */
    branches(...path: PathToken[]): {
        raw: unknown;
        source: SourceRef;
    }[];
    /** The resolved value of a node inside this reader's document (one that `branches` found). */
    resolve(source: SourceRef): Resolved;
}
/** What a builder reads from one resource type: a small function of the resource and its property reader. */
export type ResourceReader<C> = (resource: TemplateResource, read: PropertyReader, context: C) => void;
/** Builders dispatch on resource type through a table of readers instead of a switch. */
export type ResourceReaders<C> = Readonly<Record<string, ResourceReader<C>>>;
/** Run the reader of each resource's type over every resource of the stacks, in template order. */
export declare function readResources<C>(stacks: readonly Stack[], resolver: Resolver, readers: ResourceReaders<C>, context: C): void;
