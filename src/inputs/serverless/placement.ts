/**
 * Where each node of a compiled service template is written. The template is built in memory, its
 * nodes taken from several files (serverless.yml, the `resources/*.yml` it includes) or made by the
 * compiler (the Lambda role, the API methods): every object node knows the node of a real file it
 * stands for, and a pointer into the template is placed at the deepest such node on its way plus
 * what is left of the pointer (the nearest existing node of that file, when the rest is not there).
 */
import { isPlainObject, own } from '../../core/objects.js';
import { setDataProperty } from '../../parsers/json.js';
import type { SourceRef } from '../../parsers/source.js';
import { type Pointer, joinPointer, splitPointer } from '../../parsers/types.js';

export class Placement {
  private readonly places = new WeakMap<object, SourceRef>();
  private readonly keyPlaces = new WeakMap<object, Map<string, SourceRef>>();

  /** `known`: where nodes already placed (by the variable resolver) were written. */
  constructor(private readonly known: (node: object) => SourceRef | undefined) {}

  /** Places a node the compiler made; returns it. */
  at<T extends object>(node: T, ref: SourceRef | undefined): T {
    if (ref) this.places.set(node, ref);
    return node;
  }

  /** Places the value of `node[key]` (a scalar, or a node made from a value written elsewhere). */
  key(node: object, key: string, ref: SourceRef | undefined): void {
    if (!ref) return;
    let map = this.keyPlaces.get(node);
    if (!map) this.keyPlaces.set(node, (map = new Map()));
    map.set(key, ref);
  }

  /** Where a node is placed, if it is. */
  of(node: unknown): SourceRef | undefined {
    if (typeof node !== 'object' || node === null) return undefined;
    return this.places.get(node) ?? this.known(node);
  }

  /** Where the template node at `pointer` is written. */
  place(data: unknown, root: SourceRef, pointer: Pointer): SourceRef {
    let base = root;
    let rest: string[] = [];
    let node: unknown = data;
    for (const token of splitPointer(pointer)) {
      const keyed = typeof node === 'object' && node !== null ? this.keyPlaces.get(node)?.get(token) : undefined;
      const child = step(node, token);
      const placed = keyed ?? this.of(child);
      if (placed) {
        base = placed;
        rest = [];
      } else rest.push(token);
      node = child;
    }
    return { doc: base.doc, pointer: joinPointer(base.pointer, ...rest) };
  }

  /**
   * lodash `_.merge`, as the framework merges `resources` (each entry of a list in turn) over the
   * template it compiled (https://github.com/serverless/serverless/blob/v3.38.0/lib/plugins/aws/package/lib/merge-custom-provider-resources.js): objects merged key by key, lists
   * index by index, anything else replaced. Inputs are never changed; a merged node is placed where
   * the node merged over it is.
   */
  merge(target: unknown, source: unknown): unknown {
    if (target === undefined) return source;
    if (source === undefined) return target;
    if (isPlainObject(target) && isPlainObject(source)) {
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(target)) setDataProperty(out, key, target[key]);
      for (const key of Object.keys(source)) setDataProperty(out, key, this.merge(own(out, key), source[key]));
      // A value that is not a node of its own is where the object it comes from writes it.
      for (const key of Object.keys(out)) {
        if (this.of(out[key])) continue;
        const from = this.of(own(source, key) !== undefined ? source : target);
        if (from) this.key(out, key, { doc: from.doc, pointer: joinPointer(from.pointer, key) });
      }
      return this.at(out, this.of(source) ?? this.of(target));
    }
    if (Array.isArray(target) && Array.isArray(source)) {
      const out = target.slice();
      source.forEach((value, i) => (out[i] = this.merge(out[i], value)));
      return this.at(out, this.of(source) ?? this.of(target));
    }
    return source;
  }
}

function step(node: unknown, token: string): unknown {
  if (Array.isArray(node)) return node[Number(token)];
  return isPlainObject(node) ? own(node, token) : undefined;
}
