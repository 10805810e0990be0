/**
 * A policy rendered by a `data "aws_iam_policy_document"` that Terraform reads only at apply
 * (`assume_role_policy = data.aws_iam_policy_document.trust.json` where a condition names the pool
 * created in the same plan): the attribute is known only after apply, but the plan holds the data
 * source's `statement` blocks with every input it knows, and its `configuration` lists what each
 * unknown input refers to. The document is rebuilt from them as the provider renders it
 * (https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/iam_policy_document),
 * an unknown input being the resource it refers to or unknown (docs/semantics.md#resolved-value), so
 * a trust whose `aud` is `aws_cognito_identity_pool.main.id` is linked to that pool.
 *
 * A data source that merges other documents (`source_policy_documents`, `override_json`, …) or
 * whose blocks are themselves unknown (`dynamic` blocks over unknown values) is not rebuilt.
 */
import { isPlainObject, own } from '../../core/objects.js';
import { embeddedDocument, joinPointer, type ParsedDocument, type Pointer } from '../../parsers/types.js';
import type { SourceRef } from '../../parsers/source.js';
import { plainResolver, type ValueResolver } from '../../iam/document.js';
import { unknown, type Resolved } from '../../values/resolved.js';
import { expressionOf, type TfDocument, type TfResource } from './plan.js';
import { AFTER_APPLY, AttributeReader, referenceValue, type AttributePath } from './values.js';

/** Inputs that merge other documents into the rendered one: a document using them is not rebuilt. */
const MERGING = ['source_policy_documents', 'override_policy_documents', 'source_json', 'override_json'];
/**
 * What stands in the rebuilt document for an input known only after apply (what `terraform plan`
 * prints): the grammar reads it as a string; rules read the value `resolve` gives at its pointer.
 */
const AFTER_APPLY_TEXT = '(known after apply)';
/** More statements or blocks than this are not rebuilt (IAM caps a policy at 10,240 characters). */
const MAX_BLOCKS = 1_000;

export interface RenderedDocument {
  /** The document as the provider would render it; its unknown inputs are resolved by `resolve`. */
  readonly data: unknown;
  readonly source: SourceRef;
  readonly resolve: ValueResolver;
}

/**
 * The document the data source named by the expression at `path` of `read`'s resource renders, when
 * the expression is `data.aws_iam_policy_document.<name>.json` and the plan holds the data source's
 * blocks; undefined otherwise.
 */
export function renderedDocument(read: AttributeReader, path: AttributePath): RenderedDocument | undefined {
  const target = read.reference(path);
  if (
    !target ||
    target.resource.mode !== 'data' ||
    target.resource.type !== 'aws_iam_policy_document' ||
    (target.attribute !== 'json' && target.attribute !== 'minified_json')
  )
    return undefined;
  return render(read.tf, target.resource, read.source(...path));
}

function render(tf: TfDocument, resource: TfResource, anchor: SourceRef): RenderedDocument | undefined {
  const read = new AttributeReader(tf, resource);
  if (MERGING.some((key) => read.isUnknown(key) || (read.raw(key) ?? null) !== null)) return undefined;
  if (read.isUnknown('statement') || read.isUnknown('version') || read.isUnknown('policy_id')) return undefined;
  const statements = read.raw('statement');
  if (!Array.isArray(statements) || statements.length > MAX_BLOCKS) return undefined;

  /** Where each node of the rebuilt document is in the plan, and the unknown inputs' values. */
  const places = new Map<Pointer, Pointer>([['', resource.valuesPointer]]);
  const resolved = new Map<Pointer, Resolved>();
  const out: Array<Record<string, unknown>> = [];
  for (let i = 0; i < statements.length; i++) {
    const statement = renderStatement(read, ['statement', i], `/Statement/${i}`, places, resolved);
    if (!statement) return undefined;
    out.push(statement);
  }
  const version = read.raw('version');
  const policyId = read.raw('policy_id');
  const data = {
    Version: typeof version === 'string' ? version : '2012-10-17',
    ...(typeof policyId === 'string' ? { Id: policyId } : {}),
    Statement: out,
  };
  const doc = tf.doc;
  const embedded: ParsedDocument = embeddedDocument(doc, anchor.pointer, data, (pointer, which) =>
    doc.locate(placeOf(places, pointer), which),
  );
  return {
    data,
    source: { doc: embedded, pointer: '' },
    resolve: (value, pointer) => resolved.get(pointer) ?? plainResolver(value, pointer),
  };
}

/** The plan node of a rebuilt node: its own, or its nearest placed ancestor's. */
function placeOf(places: ReadonlyMap<Pointer, Pointer>, pointer: Pointer): Pointer {
  for (let p = pointer; ; p = p.slice(0, p.lastIndexOf('/'))) {
    const place = places.get(p);
    if (place !== undefined) return place;
    if (p === '') return places.get('')!;
  }
}

const ELEMENTS: ReadonlyArray<[string, string]> = [
  ['actions', 'Action'],
  ['not_actions', 'NotAction'],
  ['resources', 'Resource'],
  ['not_resources', 'NotResource'],
];

function renderStatement(
  read: AttributeReader,
  at: AttributePath,
  pointer: Pointer,
  places: Map<Pointer, Pointer>,
  resolved: Map<Pointer, Resolved>,
): Record<string, unknown> | undefined {
  if (!isPlainObject(read.raw(...at))) return undefined;
  if (['sid', 'effect', 'principals', 'not_principals', 'condition'].some((key) => read.isUnknown(...at, key)))
    return undefined;
  places.set(pointer, read.source(...at).pointer);
  const out: Record<string, unknown> = {};
  const sid = read.raw(...at, 'sid');
  if (typeof sid === 'string' && sid !== '') out.Sid = sid;
  // `effect` defaults to Allow.
  const effect = read.raw(...at, 'effect');
  out.Effect = typeof effect === 'string' ? effect : 'Allow';
  places.set(`${pointer}/Effect`, read.source(...at, 'effect').pointer);
  for (const [key, name] of ELEMENTS) {
    const values = leafList(read, [...at, key], joinPointer(pointer, name), places, resolved);
    if (values !== undefined) out[name] = values ?? AFTER_APPLY_TEXT;
  }
  for (const [key, name] of [
    ['principals', 'Principal'],
    ['not_principals', 'NotPrincipal'],
  ] as const) {
    const principal = renderPrincipals(read, [...at, key], joinPointer(pointer, name), places, resolved);
    if (principal === null) return undefined;
    if (principal !== undefined) out[name] = principal;
  }
  const condition = renderConditions(read, [...at, 'condition'], joinPointer(pointer, 'Condition'), places, resolved);
  if (condition === null) return undefined;
  if (condition !== undefined) out.Condition = condition;
  return out;
}

/**
 * A list of strings (`actions`, a condition's `values`): undefined when not set; an unknown item is
 * the one resource the list's expression refers to when it is the only unknown item, else unknown;
 * null (with its value unknown) when the list is unknown as a whole.
 */
function leafList(
  read: AttributeReader,
  at: AttributePath,
  pointer: Pointer,
  places: Map<Pointer, Pointer>,
  resolved: Map<Pointer, Resolved>,
  expression?: () => Resolved,
): unknown[] | null | undefined {
  places.set(pointer, read.source(...at).pointer);
  if (read.isUnknown(...at)) {
    resolved.set(pointer, unknown(AFTER_APPLY));
    return null;
  }
  const raw = read.raw(...at);
  if (!Array.isArray(raw)) return undefined;
  const items = raw.slice(0, MAX_BLOCKS);
  const unknownItems = items.flatMap((_, k) => (read.isUnknown(...at, k) ? [k] : []));
  items.forEach((_, k) => {
    places.set(joinPointer(pointer, k), read.source(...at, k).pointer);
    if (!unknownItems.includes(k)) return;
    const value = unknownItems.length === 1 && expression ? expression() : unknown(AFTER_APPLY);
    resolved.set(joinPointer(pointer, k), value);
  });
  return items.map((item, k) => (unknownItems.includes(k) ? AFTER_APPLY_TEXT : item));
}

/** `principals` blocks as `Principal`: `{type: [identifiers]}`, or `"*"` for `type = "*"`; null when not rebuilt. */
function renderPrincipals(
  read: AttributeReader,
  at: AttributePath,
  pointer: Pointer,
  places: Map<Pointer, Pointer>,
  resolved: Map<Pointer, Resolved>,
): unknown {
  const blocks = read.blocks(at);
  if (blocks.length === 0) return undefined;
  places.set(pointer, read.source(...at).pointer);
  const out: Record<string, unknown[]> = {};
  for (const j of blocks) {
    const type = read.raw(...at, j, 'type');
    if (typeof type !== 'string' || read.isUnknown(...at, j, 'type')) return null;
    if (type === '*') return '*';
    const items = out[type] ?? (out[type] = []);
    // Two blocks of one type are rendered as one list; the first block's place stands for the type.
    const typePointer = joinPointer(pointer, type);
    if (!places.has(typePointer)) places.set(typePointer, read.source(...at, j).pointer);
    const base = items.length;
    const sub = `${typePointer}#${j}`;
    const values = leafList(read, [...at, j, 'identifiers'], sub, places, resolved, () =>
      configuredReference(read, at, j, 'identifiers'),
    );
    if (values === null || values === undefined) return null;
    values.forEach((value, k) => {
      items.push(value);
      moveLeaf(places, resolved, joinPointer(sub, k), joinPointer(typePointer, base + k));
    });
  }
  return out;
}

/** `condition` blocks as `Condition`: `{test: {variable: [values]}}`; null when not rebuilt. */
function renderConditions(
  read: AttributeReader,
  at: AttributePath,
  pointer: Pointer,
  places: Map<Pointer, Pointer>,
  resolved: Map<Pointer, Resolved>,
): Record<string, Record<string, unknown[]>> | null | undefined {
  const blocks = read.blocks(at);
  if (blocks.length === 0) return undefined;
  places.set(pointer, read.source(...at).pointer);
  const out: Record<string, Record<string, unknown[]>> = {};
  for (const j of blocks) {
    const test = read.raw(...at, j, 'test');
    const variable = read.raw(...at, j, 'variable');
    if (typeof test !== 'string' || typeof variable !== 'string') return null;
    const byTest = out[test] ?? (out[test] = {});
    const items = byTest[variable] ?? (byTest[variable] = []);
    const testPointer = joinPointer(pointer, test);
    const keyPointer = joinPointer(testPointer, variable);
    if (!places.has(testPointer)) places.set(testPointer, read.source(...at, j).pointer);
    if (!places.has(keyPointer)) places.set(keyPointer, read.source(...at, j).pointer);
    const base = items.length;
    const sub = `${keyPointer}#${j}`;
    const values = leafList(read, [...at, j, 'values'], sub, places, resolved, () =>
      configuredReference(read, at, j, 'values'),
    );
    if (values === null || values === undefined) return null;
    values.forEach((value, k) => {
      items.push(value);
      moveLeaf(places, resolved, joinPointer(sub, k), joinPointer(keyPointer, base + k));
    });
  }
  return out;
}

function moveLeaf(places: Map<Pointer, Pointer>, resolved: Map<Pointer, Resolved>, from: Pointer, to: Pointer): void {
  const place = places.get(from);
  if (place !== undefined) places.set(to, place);
  const value = resolved.get(from);
  if (value !== undefined) resolved.set(to, value);
}

/**
 * What the list `name` of the `j`th block at `at` refers to, read from the configuration. Blocks such
 * as `condition` and `principals` are sets: the plan orders them by value, the configuration as
 * written, so the block is found in the configuration by the constant values of its other
 * arguments (its `test` and `variable`, its `type`), and only when exactly one block matches.
 */
function configuredReference(read: AttributeReader, at: AttributePath, j: number, name: string): Resolved {
  const planned = read.raw(...at, j);
  const blocks = listExpression(read, at);
  if (!isPlainObject(planned) || !Array.isArray(blocks)) return unknown(AFTER_APPLY);
  const matches = blocks.slice(0, MAX_BLOCKS).flatMap((block, index) => {
    if (!isPlainObject(block)) return [];
    const agrees = Object.entries(block).every(([key, expression]) => {
      if (key === name) return true;
      if (!isPlainObject(expression) || !Object.prototype.hasOwnProperty.call(expression, 'constant_value'))
        return false;
      return JSON.stringify(expression.constant_value) === JSON.stringify(own(planned, key));
    });
    return agrees ? [index] : [];
  });
  if (matches.length !== 1) return unknown(AFTER_APPLY);
  const target = read.reference([...at, matches[0]!, name]);
  return target ? referenceValue(target) : unknown(AFTER_APPLY);
}

/** The configuration's list of blocks at `at` (`statement.0.condition`): expressionOf answers only for objects. */
function listExpression(read: AttributeReader, at: AttributePath): unknown {
  const parent = expressionOf(read.tf, read.resource, at.slice(0, -1));
  const key = at[at.length - 1];
  return parent && typeof key === 'string' ? own(parent, key) : undefined;
}
