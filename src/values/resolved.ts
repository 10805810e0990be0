/**
 * The value of a template expression after resolving intrinsic functions as far as static
 * analysis allows. Unknown is a value, not an exception: rules check `kind` explicitly and
 * stay silent (recording an `unresolved` notification) when a decision needs a value that is
 * not known.
 */
import type { TemplateResource } from '../dialects/cloudformation/stack.js';

export type Resolved =
  /** A literal scalar. */
  | { readonly kind: 'known'; readonly value: string | number | boolean | null }
  /** `Ref` (attribute undefined) or `Fn::GetAtt` of a resource in scope. */
  | { readonly kind: 'resource'; readonly resource: TemplateResource; readonly attribute?: string }
  /** A string built from parts (`Fn::Sub`, `Fn::Join`): judged by its fixed parts. */
  | { readonly kind: 'concat'; readonly parts: readonly Resolved[] }
  /** One of several possible values (`Fn::If`, a parameter's default). */
  | { readonly kind: 'anyOf'; readonly options: readonly Resolved[] }
  /** A list value (`Fn::Split`, a CommaDelimitedList, a list literal). */
  | { readonly kind: 'list'; readonly items: readonly Resolved[] }
  /** `Ref AWS::NoValue`: the property is absent. */
  | { readonly kind: 'absent' }
  /** Not knowable statically; `reason` says why (for --verbose). */
  | { readonly kind: 'unknown'; readonly reason: string };

export const known = (value: string | number | boolean | null): Resolved => ({ kind: 'known', value });
export const unknown = (reason: string): Resolved => ({ kind: 'unknown', reason });
export const ABSENT: Resolved = { kind: 'absent' };

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

/** True when the value is certainly `true` (CloudFormation accepts the strings "true"/"false" for booleans). */
export function isKnownTrue(value: Resolved): boolean {
  const s = knownString(value);
  return s !== undefined && s.toLowerCase() === 'true';
}

/** True when the value is certainly `false` or absent. */
export function isKnownFalseOrAbsent(value: Resolved): boolean {
  if (value.kind === 'absent') return true;
  if (value.kind === 'anyOf') return alternatives(value).every(isKnownFalseOrAbsent);
  const s = knownString(value);
  return s !== undefined && s.toLowerCase() === 'false';
}

/** True unless the value is certainly false/absent: "true or unknown" in RULES.md's wording. */
export function isTrueOrUnknown(value: Resolved): boolean {
  return !isKnownFalseOrAbsent(value);
}

/** True when some part of the value could not be resolved. */
export function containsUnknown(value: Resolved): boolean {
  switch (value.kind) {
    case 'unknown':
      return true;
    case 'concat':
      return value.parts.some(containsUnknown);
    case 'anyOf':
      return value.options.some(containsUnknown);
    case 'list':
      return value.items.some(containsUnknown);
    default:
      return false;
  }
}

/** Stands for a part of a template of parts that is not known statically. */
export const HOLE = '\u0000';

/**
 * A scalar as text with every part that is not known replaced by HOLE (`arn:\0:dynamodb:\0:\0:table/*`),
 * so a template of parts can be judged by its fixed parts (RULES.md "Resolved value"). Undefined for
 * alternatives and lists.
 */
export function templateText(value: Resolved): string | undefined {
  switch (value.kind) {
    case 'known':
      return value.value === null ? undefined : String(value.value);
    case 'concat': {
      let out = '';
      for (const part of value.parts) {
        const text = templateText(part);
        out += text === undefined ? HOLE : text;
      }
      return out;
    }
    case 'resource':
    case 'unknown':
      return HOLE;
    default:
      return undefined;
  }
}

/** A short human-readable rendering for messages: `arn:aws:s3:::${UploadBucket}/*`. */
export function describe(value: Resolved): string {
  switch (value.kind) {
    case 'known':
      return String(value.value);
    case 'resource':
      return value.attribute ? `\${${value.resource.logicalId}.${value.attribute}}` : `\${${value.resource.logicalId}}`;
    case 'concat':
      return value.parts.map(describe).join('');
    case 'anyOf':
      return value.options.map(describe).join(' | ');
    case 'list':
      return `[${value.items.map(describe).join(', ')}]`;
    case 'absent':
      return '(absent)';
    case 'unknown':
      // Pseudo parameters read better by name (`arn:${AWS::Partition}:s3:::…`).
      return /^AWS::\w+$/.test(value.reason) ? `\${${value.reason}}` : '<?>';
  }
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
