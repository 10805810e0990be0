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
import { ABSENT, unknown, type Resolved } from '../../values/resolved.js';
import { childRef, valueAtPointer, type SourceRef } from '../../parsers/source.js';
import { intrinsicName } from '../../iam/intrinsic-shape.js';
import { structuralAlternatives } from '../../iam/document.js';
import { isPlainObject, own } from '../../core/objects.js';
import type { ListItem, ListProperty, PropertyValue } from '../../model/cognito.js';
import type { Resolver } from './intrinsics.js';
import type { Stack, TemplateResource } from './stack.js';

export type { ListItem, ListProperty, PropertyValue };

export type PathToken = string | number;

/** The literal node at a path, before resolution. */
export type NodeState =
  | { state: 'absent'; source: SourceRef }
  | { state: 'object'; raw: Record<string, unknown>; source: SourceRef }
  | { state: 'array'; raw: unknown[]; source: SourceRef }
  | { state: 'scalar'; raw: unknown; source: SourceRef }
  /** An intrinsic function on the path: what it yields is not a literal structure. */
  | { state: 'computed'; source: SourceRef; reason: string; whole: boolean };

/**
 * Reads the node at `root` of a stack's document (a resource's `Properties`) by path. A reader of
 * a nested block (`child`) keeps the path from the root, so an intrinsic above the block still
 * makes its values unknown.
 */
export class PropertyReader {
  private constructor(
    private readonly resolver: Resolver,
    private readonly stack: Stack,
    private readonly root: SourceRef,
    private readonly rootNode: unknown,
    private readonly prefix: readonly PathToken[],
  ) {}

  /** The reader of a resource's `Properties`. */
  static of(resolver: Resolver, resource: TemplateResource): PropertyReader {
    return new PropertyReader(
      resolver,
      resource.stack,
      { doc: resource.stack.doc, pointer: resource.propertiesPointer },
      resource.properties,
      [],
    );
  }

  /** The reader of any node of a stack's document (`/Globals/Api/Auth`). */
  static at(resolver: Resolver, stack: Stack, pointer: Pointer): PropertyReader {
    return new PropertyReader(
      resolver,
      stack,
      { doc: stack.doc, pointer },
      valueAtPointer(stack.doc.data, pointer),
      [],
    );
  }

  /** The reader of another resource's `Properties`, resolving with the same resolver. */
  forResource(resource: TemplateResource): PropertyReader {
    return PropertyReader.of(this.resolver, resource);
  }

  /** A reader of the node at `path`, for reading a nested block (`Auth`, an OpenAPI security scheme). */
  child(...path: PathToken[]): PropertyReader {
    return new PropertyReader(this.resolver, this.stack, this.root, this.rootNode, [...this.prefix, ...path]);
  }

  /** Where the node at `path` is (or would be). */
  source(...path: PathToken[]): SourceRef {
    return childRef(this.root, ...this.prefix, ...path);
  }

  /**
   * The node at `path` as written (an intrinsic function object included): undefined when it is
   * missing or below an intrinsic function, whose result has no literal structure to walk.
   */
  raw(...path: PathToken[]): unknown {
    let node: unknown = this.rootNode;
    for (const token of [...this.prefix, ...path]) node = step(node, token);
    return node;
  }

  /** The literal node at `path`, without looking through intrinsics except `AWS::NoValue`. */
  node(...relative: PathToken[]): NodeState {
    const path = [...this.prefix, ...relative];
    const source = childRef(this.root, ...path);
    let node: unknown = this.rootNode;
    for (let i = 0; i < path.length; i++) {
      node = step(node, path[i]!);
      if (node === undefined) return { state: 'absent', source };
      if (intrinsicName(node) !== undefined) {
        const value = this.resolver.resolveAt(this.stack, childRef(this.root, ...path.slice(0, i + 1)).pointer);
        if (value.kind === 'absent') return { state: 'absent', source };
        // `whole`: the node itself is the intrinsic (resolve it); otherwise one of its parents is.
        const whole = i === path.length - 1;
        return {
          state: 'computed',
          source,
          reason: `${path.slice(0, i + 1).join('.')} is computed by ${intrinsicName(node)}`,
          whole,
        };
      }
    }
    if (Array.isArray(node)) return { state: 'array', raw: node, source };
    if (isPlainObject(node)) return { state: 'object', raw: node, source };
    if (node === undefined) return { state: 'absent', source };
    return { state: 'scalar', raw: node, source };
  }

  /** A value: resolved; absent when missing; unknown when an intrinsic on the way hides it. */
  value(...path: PathToken[]): PropertyValue {
    return this.valueOf(this.node(...path));
  }

  private valueOf(node: NodeState): PropertyValue {
    const source = node.source;
    switch (node.state) {
      case 'absent':
        return { value: ABSENT, source, present: false };
      case 'computed':
        return { value: node.whole ? this.resolve(source) : unknown(node.reason), source, present: true };
      default:
        return { value: this.resolve(source), source, present: true };
    }
  }

  /**
   * A list: its entries, each with its own node when the list is written literally (entries that
   * are no value, `AWS::NoValue`, dropped), or the entries of a list the resolver computed (a list
   * parameter, `Fn::Split`), each located at the property. A single known value is a one-entry
   * list. `known` is false when the list cannot be enumerated (an unknown or conditional list).
   */
  list(...path: PathToken[]): ListProperty {
    const node = this.node(...path);
    const base = this.valueOf(node);
    if (base.value.kind === 'absent') return { ...base, items: [], known: true };
    if (node.state === 'array') {
      const items: ListItem[] = [];
      node.raw.forEach((_, i) => {
        const source = childRef(base.source, i);
        const value = this.resolve(source);
        if (value.kind === 'absent') return;
        // `Ref` of a list parameter inside a list is not valid CloudFormation, but keep its entries.
        if (value.kind === 'list') value.items.forEach((item) => items.push({ value: item, source }));
        else items.push({ value, source });
      });
      return { ...base, items, known: true };
    }
    const value = base.value;
    if (value.kind === 'list')
      return {
        ...base,
        items: value.items.filter((v) => v.kind !== 'absent').map((v) => ({ value: v, source: base.source })),
        known: true,
      };
    if (value.kind === 'known') return { ...base, items: [{ value, source: base.source }], known: true };
    return { ...base, items: [], known: false };
  }

  /**
   * The entries of a list as values to judge one by one: the list's entries when it can be
   * enumerated, else the whole value as one entry (an unknown list is one unknown entry; a
   * conditional list or a reference is judged through its alternatives).
   */
  entries(...path: PathToken[]): ListItem[] {
    const list = this.list(...path);
    return list.known ? [...list.items] : [{ value: list.value, source: list.source }];
  }

  /**
   * The ways the node at `path` may be written, as nodes to read one by one: each branch of an
   * `Fn::If` on its own (a branch that is `AWS::NoValue` dropped), else the node itself; none when
   * it is missing. For a property whose entries differ in kind (SAM `Policies`: names, ARNs,
   * documents, policy templates), where a resolved value would lose which kind each branch is.
   */
  branches(...path: PathToken[]): { raw: unknown; source: SourceRef }[] {
    const raw = this.raw(...path);
    if (raw === undefined) return [];
    const at = this.source(...path);
    return structuralAlternatives(raw, at.pointer).map((branch) => ({
      raw: branch.value,
      source: { doc: at.doc, pointer: branch.pointer },
    }));
  }

  /** The resolved value of a node inside this reader's document (one that `branches` found). */
  resolve(source: SourceRef): Resolved {
    return this.resolver.resolveAt(this.stack, source.pointer);
  }
}

/** One step down the literal structure; nothing below an intrinsic function (its result has no literal structure). */
function step(node: unknown, token: PathToken): unknown {
  if (Array.isArray(node))
    return typeof token === 'number' || /^(0|[1-9][0-9]*)$/.test(token) ? node[Number(token)] : undefined;
  if (isPlainObject(node) && intrinsicName(node) === undefined) return own(node, String(token));
  return undefined;
}

/** What a builder reads from one resource type: a small function of the resource and its property reader. */
export type ResourceReader<C> = (resource: TemplateResource, read: PropertyReader, context: C) => void;

/** Builders dispatch on resource type through a table of readers instead of a switch. */
export type ResourceReaders<C> = Readonly<Record<string, ResourceReader<C>>>;

/** Run the reader of each resource's type over every resource of the stacks, in template order. */
export function readResources<C>(
  stacks: readonly Stack[],
  resolver: Resolver,
  readers: ResourceReaders<C>,
  context: C,
): void {
  for (const stack of stacks) {
    for (const resource of stack.resources.values()) {
      const reader = Object.prototype.hasOwnProperty.call(readers, resource.type) ? readers[resource.type] : undefined;
      reader?.(resource, PropertyReader.of(resolver, resource), context);
    }
  }
}
