/**
 * The value of a template expression after resolving intrinsic functions as far as static
 * analysis allows. Unknown is a value, not an exception: rules check `kind` explicitly and
 * stay silent (recording an `unresolved` notification) when a decision needs a value that is
 * not known.
 */
import type { ResourceNode } from './resource-node.js';

export type Resolved =
  /** A literal scalar. */
  | { readonly kind: 'known'; readonly value: string | number | boolean | null }
  /** `Ref` (attribute undefined) or `Fn::GetAtt` of a resource in scope. */
  | { readonly kind: 'resource'; readonly resource: ResourceNode; readonly attribute?: string }
  /** A string built from parts (`Fn::Sub`, `Fn::Join`): judged by its fixed parts. */
  | { readonly kind: 'concat'; readonly parts: readonly Resolved[] }
  /**
   * One of several possible values (`Fn::If`, a parameter's default). `name`: the parameter whose
   * possible values these are (its default, or whatever the deployer gives), as the template names it.
   */
  | { readonly kind: 'anyOf'; readonly options: readonly Resolved[]; readonly name?: string }
  /** A list value (`Fn::Split`, a CommaDelimitedList, a list literal). */
  | { readonly kind: 'list'; readonly items: readonly Resolved[] }
  /** `Ref AWS::NoValue`: the property is absent. */
  | { readonly kind: 'absent' }
  /**
   * Not knowable statically; `reason` says why (for --verbose). `name`: the parameter or pseudo
   * parameter the value is, as the template names it (`Prefix`, `AWS::Region`), when it is one.
   */
  | { readonly kind: 'unknown'; readonly reason: string; readonly name?: string };

export const known = (value: string | number | boolean | null): Resolved => ({ kind: 'known', value });
export const unknown = (reason: string, name?: string): Resolved =>
  name === undefined ? { kind: 'unknown', reason } : { kind: 'unknown', reason, name };
export const ABSENT: Resolved = { kind: 'absent' };

/** A `Resolved` of one kind. */
export type ResolvedOf<K extends Resolved['kind']> = Extract<Resolved, { kind: K }>;

/** One handler per kind: leaves get their node, composites the results of their children (in order) and their node. */
export interface ResolvedHandlers<R> {
  readonly known: (value: ResolvedOf<'known'>) => R;
  readonly resource: (value: ResolvedOf<'resource'>) => R;
  readonly concat: (parts: readonly R[], value: ResolvedOf<'concat'>) => R;
  readonly anyOf: (options: readonly R[], value: ResolvedOf<'anyOf'>) => R;
  readonly list: (items: readonly R[], value: ResolvedOf<'list'>) => R;
  readonly absent: (value: ResolvedOf<'absent'>) => R;
  readonly unknown: (value: ResolvedOf<'unknown'>) => R;
}

/** Some handlers, and `otherwise` for every kind without one (whose children are then not visited). */
export type PartialResolvedHandlers<R> = Partial<ResolvedHandlers<R>> & { readonly otherwise: (value: Resolved) => R };

/**
 * The one walk over a resolved value: folds it bottom-up, children first, so a question about a
 * value is written as what each kind contributes (`containsUnknown`, `describe`,
 * `referencedResources`) instead of another recursive switch over the kinds. A sub-value shared by
 * several parents is visited once per place it appears, as `alternatives` and `knownString` do.
 */
export function foldResolved<R>(value: Resolved, handlers: ResolvedHandlers<R> | PartialResolvedHandlers<R>): R {
  const h: Partial<ResolvedHandlers<R>> & { readonly otherwise?: (value: Resolved) => R } = handlers;
  const fold = (child: Resolved): R => foldResolved(child, handlers);
  switch (value.kind) {
    case 'known':
      if (h.known) return h.known(value);
      break;
    case 'resource':
      if (h.resource) return h.resource(value);
      break;
    case 'concat':
      if (h.concat) return h.concat(value.parts.map(fold), value);
      break;
    case 'anyOf':
      if (h.anyOf) return h.anyOf(value.options.map(fold), value);
      break;
    case 'list':
      if (h.list) return h.list(value.items.map(fold), value);
      break;
    case 'absent':
      if (h.absent) return h.absent(value);
      break;
    case 'unknown':
      if (h.unknown) return h.unknown(value);
      break;
  }
  // Only PartialResolvedHandlers leave a kind without its handler.
  return h.otherwise!(value);
}

/** The alternatives a value may take, with `anyOf` flattened (a non-alternative value is its own single alternative). */
export function alternatives(value: Resolved): Resolved[] {
  if (value.kind !== 'anyOf') return [value];
  return value.options.flatMap(alternatives);
}

/** The scalar values a value may take, flattening alternatives and lists (`aud` may be a list of pool IDs). */
export function scalarAlternatives(value: Resolved): Resolved[] {
  const out: Resolved[] = [];
  for (const alt of alternatives(value)) {
    if (alt.kind === 'list') out.push(...alt.items.flatMap(scalarAlternatives));
    else out.push(alt);
  }
  return out;
}

/** The string a value certainly has, or undefined. Numbers and booleans are read as CloudFormation does (as strings). */
export function knownString(value: Resolved): string | undefined {
  if (value.kind === 'known' && value.value !== null) return String(value.value);
  if (value.kind === 'concat') {
    let out = '';
    for (const part of value.parts) {
      const s = knownString(part);
      if (s === undefined) return undefined;
      out += s;
    }
    return out;
  }
  if (value.kind === 'anyOf') {
    const options = alternatives(value).map(knownString);
    const first = options[0];
    return first !== undefined && options.every((o) => o === first) ? first : undefined;
  }
  return undefined;
}

/** True when some part of the value could not be resolved. */
export function containsUnknown(value: Resolved): boolean {
  const some = (children: readonly boolean[]): boolean => children.includes(true);
  return foldResolved(value, { unknown: () => true, concat: some, anyOf: some, list: some, otherwise: () => false });
}

/** Stands for a part of a template of parts that is not known statically. */
export const HOLE = '\u0000';

/**
 * A scalar as text with every part that is not known replaced by HOLE (`arn:\0:dynamodb:\0:\0:table/*`),
 * so a template of parts can be judged by its fixed parts (docs/semantics.md#resolved-value). Undefined for
 * alternatives and lists.
 */
export function templateText(value: Resolved): string | undefined {
  return foldResolved<string | undefined>(value, {
    known: ({ value: v }) => (v === null ? undefined : String(v)),
    concat: (parts) => parts.map((text) => text ?? HOLE).join(''),
    resource: () => HOLE,
    unknown: () => HOLE,
    otherwise: () => undefined,
  });
}

/**
 * A short human-readable rendering for messages, the one place resolved values become text: what is
 * known as it is, and a reference as the template writes it. A whole value (or a whole alternative or
 * list item) that is a reference reads as CloudFormation writes it (`Ref Pool`, `Fn::GetAtt Pool.Arn`,
 * `Ref Prefix`); inside a template of parts, as `Fn::Sub` writes it (`arn:aws:s3:::${Prefix}-media/*`,
 * `${Media.Arn}/*`). A parameter is shown by name, whether or not it has a default. `<?>` is left
 * only for a part with no name (an import, a value computed at deploy time).
 */
export function describe(value: Resolved): string {
  switch (value.kind) {
    case 'resource':
      return value.resource.dialect === 'cloudformation'
        ? value.attribute
          ? `Fn::GetAtt ${value.resource.logicalId}.${value.attribute}`
          : `Ref ${value.resource.logicalId}`
        : inTemplate(value);
    case 'anyOf': {
      const named = nameShown(value.name, (name) => `Ref ${name}`);
      return named !== '<?>' ? named : value.options.map(describe).join(' | ');
    }
    case 'list':
      return `[${value.items.map(describe).join(', ')}]`;
    case 'unknown':
      return nameShown(nameOf(value), (name) => `Ref ${name}`);
    default:
      return inTemplate(value);
  }
}

/** A value inside a template of parts: references as `Fn::Sub` writes them (`${Pool}`, `${Pool.Arn}`, `${Prefix}`). */
function inTemplate(value: Resolved): string {
  return foldResolved(value, {
    known: ({ value: v }) => String(v),
    resource: ({ resource, attribute }) =>
      attribute ? `\${${resource.logicalId}.${attribute}}` : `\${${resource.logicalId}}`,
    concat: (parts) => parts.join(''),
    anyOf: (options, { name }) => {
      const named = nameShown(name, (n) => `\${${n}}`);
      return named !== '<?>' ? named : options.join(' | ');
    },
    list: (items) => `[${items.join(', ')}]`,
    absent: () => '(absent)',
    unknown: (node) => nameShown(nameOf(node), (name) => `\${${name}}`),
  });
}

/**
 * A parameter's name as a reference (`shown`), or `<?>` when it has none a reader could look up. A
 * Serverless Framework variable the linter could not resolve is a parameter named by the variable as
 * written (`${env:BUCKET}`, src/inputs/serverless/variables.ts): shown as is, in either position.
 */
function nameShown(name: string | undefined, shown: (name: string) => string): string {
  if (name === undefined) return '<?>';
  if (/^[A-Za-z0-9]+$|^AWS::\w+$/.test(name)) return shown(name);
  return /^\$\{[^{}]*\}$/.test(name) ? name : '<?>';
}

/** The name of a parameter or pseudo parameter an unknown value is (pseudo parameters carry theirs as the reason). */
function nameOf(value: ResolvedOf<'unknown'>): string | undefined {
  return value.name ?? (/^AWS::\w+$/.test(value.reason) ? value.reason : undefined);
}

/**
 * A fixed rendering for finding keys, which fingerprints hash (src/engine/fingerprint.ts): what
 * `describe` wrote before session 25 (`${Pool}`, `${Pool.Arn}`, `a | b`, `<?>` for any unknown but a
 * pseudo parameter). Never change it, and never show it: rewording a message must not turn a
 * baseline's findings into new ones. Messages use `describe`.
 */
export function stableText(value: Resolved): string {
  return foldResolved(value, {
    known: ({ value: v }) => String(v),
    resource: ({ resource, attribute }) =>
      attribute ? `\${${resource.logicalId}.${attribute}}` : `\${${resource.logicalId}}`,
    concat: (parts) => parts.join(''),
    anyOf: (options) => options.join(' | '),
    list: (items) => `[${items.join(', ')}]`,
    absent: () => '(absent)',
    unknown: ({ reason }) => (/^AWS::\w+$/.test(reason) ? `\${${reason}}` : '<?>'),
  });
}

/** How big a value is once written out: its nodes (parts, alternatives, items and leaves) and the length of its literals. */
export interface ResolvedSize {
  readonly nodes: number;
  readonly chars: number;
}

const sizes = new WeakMap<Resolved, ResolvedSize>();

/**
 * The size of `value` counting a shared sub-value once per place it appears (as `alternatives`
 * and `knownString` walk it). Computed once per composite value: values are immutable.
 */
export function resolvedSize(value: Resolved): ResolvedSize {
  switch (value.kind) {
    case 'known':
      return { nodes: 1, chars: value.value === null ? 0 : String(value.value).length };
    case 'concat':
    case 'anyOf':
    case 'list': {
      const cached = sizes.get(value);
      if (cached) return cached;
      const children = value.kind === 'concat' ? value.parts : value.kind === 'anyOf' ? value.options : value.items;
      let nodes = 1;
      let chars = 0;
      for (const child of children) {
        const size = resolvedSize(child);
        nodes += size.nodes;
        chars += size.chars;
      }
      const size = { nodes, chars };
      sizes.set(value, size);
      return size;
    }
    default:
      return { nodes: 1, chars: 0 };
  }
}
