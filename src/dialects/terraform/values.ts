/**
 * A Terraform resource's attributes as resolved values (docs/semantics.md#resolved-value): what
 * the plan knows is `known`, `null` (not set) is absent, and what `after_unknown` marks is
 * `unknown` — never guessed. An unknown attribute whose expression is a reference to another
 * resource of the plan (`identity_pool_id = aws_cognito_identity_pool.main.id`) is that resource
 * (`resource`), as `Ref`/`Fn::GetAtt` are in a template.
 */
import { joinPointer } from '../../parsers/types.js';
import { valueAtPointer, type SourceRef } from '../../parsers/source.js';
import { isPlainObject, own } from '../../core/objects.js';
import { ABSENT, known, unknown, type Resolved } from '../../values/resolved.js';
import { expressionOf, referencesOf, type ResourceReference, type TfDocument, type TfResource } from './plan.js';
import { cloudFormationAttribute } from './types.js';

export type AttributePath = ReadonlyArray<string | number>;

export const AFTER_APPLY = 'known only after apply';

/** A traversal and nothing else: `aws_iam_role.auth.arn`, `aws_iam_role.auth[0].arn`, `module.auth.role_arn`. */
const TRAVERSAL = /^[A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*|\[\d+\]|\["[\w.-]*"\])+$/;

export interface AttributeValue {
  readonly value: Resolved;
  readonly source: SourceRef;
  /** The attribute is in `values` (it may be null). */
  readonly present: boolean;
  /** The attribute's name (the last name of its path, `audience` of `jwt_configuration.0.audience.1`): how messages name it. */
  readonly name: string | undefined;
}

export class AttributeReader {
  constructor(
    readonly tf: TfDocument,
    readonly resource: TfResource,
  ) {}

  source(...path: AttributePath): SourceRef {
    return { doc: this.tf.doc, pointer: joinPointer(this.resource.valuesPointer, ...path) };
  }

  /** The node at `path` of `values`, undefined when missing. */
  raw(...path: AttributePath): unknown {
    let node: unknown = this.resource.values;
    for (const token of path) {
      if (Array.isArray(node) && typeof token === 'number') node = node[token];
      else if (isPlainObject(node) && typeof token === 'string') node = own(node, token);
      else return undefined;
    }
    return node;
  }

  /** Is the value at `path` (or a node above it) known only after apply? */
  isUnknown(...path: AttributePath): boolean {
    let node: unknown = this.resource.unknown;
    if (node === true) return true;
    for (const token of path) {
      if (Array.isArray(node) && typeof token === 'number') node = node[token];
      else if (isPlainObject(node) && typeof token === 'string') node = own(node, token);
      else return false;
      if (node === true) return true;
    }
    return false;
  }

  /**
   * The value at `path`. With `follow`, an unknown value whose expression refers to exactly one
   * resource of the document is that resource (only for attributes that hold an ID or ARN, where
   * an expression naming one resource is that resource's value, not text built around it).
   */
  value(path: AttributePath, follow = false): AttributeValue {
    const source = this.source(...path);
    const raw = this.raw(...path);
    const name = path.findLast((token): token is string => typeof token === 'string');
    if (this.isUnknown(...path)) {
      const reference = follow ? this.reference(path) : undefined;
      const value: Resolved = reference
        ? {
            kind: 'resource',
            resource: reference.resource.node,
            ...attributeOf(reference),
          }
        : unknown(AFTER_APPLY);
      return { value, source, present: raw !== undefined, name };
    }
    return { value: plainValue(raw), source, present: raw !== undefined, name };
  }

  /** The items of a list (or set) attribute, each with its node; `known` is false when the list is known only after apply. */
  items(path: AttributePath): { items: Array<{ value: Resolved; source: SourceRef }>; known: boolean } {
    if (this.isUnknown(...path)) return { items: [], known: false };
    const raw = this.raw(...path);
    if (!Array.isArray(raw)) return { items: [], known: true };
    return {
      items: raw.slice(0, 10_000).map((_, i) => this.value([...path, i])),
      known: true,
    };
  }

  /** The objects of a nested block list (`inline_policy`, `cors_rule`), by index. */
  blocks(path: AttributePath): number[] {
    const raw = this.raw(...path);
    if (!Array.isArray(raw)) return [];
    const out: number[] = [];
    raw.slice(0, 10_000).forEach((block, i) => {
      if (isPlainObject(block)) out.push(i);
    });
    return out;
  }

  /**
   * What the Terraform source beside the plan writes at `path` (src/inputs/terraform-sources.ts): an
   * expression's text, or an object constructor's keys and their expressions' texts. Undefined without
   * the source, or where it writes no such node (the plan's node is then placed at an ancestor).
   */
  written(...path: AttributePath): unknown {
    const place = this.tf.doc.compiledFrom?.place(this.source(...path).pointer);
    if (!place || place.doc.format !== 'hcl' || place.pointer !== joinPointer('', this.resource.configAddress, ...path))
      return undefined;
    return valueAtPointer(place.doc.data, place.pointer);
  }

  /**
   * The value an expression written in the source (`written`) at `path` stands for: a quoted literal
   * is that text; a traversal (`aws_iam_role.auth.arn`, `module.auth.role_arn`) is the one resource it
   * names, when the plan's configuration lists it among the references of the expression at `path`
   * (so a source edited since the plan is not believed). Anything else is unknown.
   */
  writtenValue(path: AttributePath, text: string): Resolved {
    const literal = /^"([^"\\$%]*)"$/.exec(text);
    if (literal) return known(literal[1]!);
    const listed = own(expressionOf(this.tf, this.resource, path.slice(0, 1)) ?? {}, 'references');
    if (!TRAVERSAL.test(text) || !Array.isArray(listed) || !listed.includes(text)) return unknown(AFTER_APPLY);
    const refs = referencesOf(this.tf, this.resource.module, { references: [text] });
    const target = refs.targets.length === 1 && !refs.opaque ? refs.targets[0] : undefined;
    return target ? { kind: 'resource', resource: target.resource.node, ...attributeOf(target) } : unknown(AFTER_APPLY);
  }

  /** The one resource the expression at `path` refers to, if it refers to exactly one and nothing else. */
  reference(path: AttributePath): ResourceReference | undefined {
    const refs = this.references(path);
    return refs.targets.length === 1 && !refs.opaque ? refs.targets[0] : undefined;
  }

  /** Every resource the expression at `path` refers to (a list of roles), and whether it refers to anything else. */
  references(path: AttributePath): { targets: ResourceReference[]; opaque: boolean } {
    return referencesOf(this.tf, this.resource.module, expressionOf(this.tf, this.resource, path));
  }
}

/** A reference as a resolved value: the resource, and the attribute it names in CloudFormation's terms. */
export function referenceValue(reference: ResourceReference): Resolved {
  return { kind: 'resource', resource: reference.resource.node, ...attributeOf(reference) };
}

function attributeOf(reference: ResourceReference): { attribute?: string } {
  const attribute = cloudFormationAttribute(reference.resource.type, reference.attribute);
  return attribute === undefined ? {} : { attribute };
}

/** A value as written in the plan: scalars are known, null is absent, lists are lists. */
export function plainValue(raw: unknown, depth = 0): Resolved {
  if (raw === undefined || raw === null) return ABSENT;
  if (typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean') return known(raw);
  if (Array.isArray(raw) && depth < 8)
    return { kind: 'list', items: raw.slice(0, 10_000).map((v) => plainValue(v, depth + 1)) };
  return unknown('an object where a value was expected');
}
