/**
 * A template as CloudFormation would deploy it under given condition values: resources and
 * outputs whose `Condition` is false are gone, `Fn::If` on a decided condition is the chosen
 * branch, and `Ref AWS::NoValue` removes the property or list item that holds it
 * (https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference-conditions.html#intrinsic-function-reference-conditions-if).
 *
 * The view is a ParsedDocument over the same text: every reader downstream (resolver, policy
 * normaliser, API and user pool readers) sees the deployed shape without knowing about
 * conditions, and every position, fingerprint and suppression still refers to the file as
 * written through `viewOf` (the engine anchors findings on the original node).
 * `Fn::If` on an undecided condition is left as written: readers take both branches.
 */
import type { ParsedDocument, Pointer } from '../../parsers/types.js';
import { setDataProperty } from '../../parsers/json.js';
import { joinPointer, splitPointer } from '../../parsers/types.js';
import type { Tri } from '../../core/tri.js';
import { isPlainObject, own } from '../../core/objects.js';

const NO_VALUE = Symbol('AWS::NoValue');

/** The template's `Resources` (or the whole document, for a resources-only one) and `Outputs`. */
type Section = 'resources' | 'outputs';
const MAX_DEPTH = 256;

/** Where each container of the view came from: its own pointer and the pointers of children that moved. */
interface Origin {
  pointer: Pointer;
  moved?: Map<string, Pointer>;
}

export interface DeployedView {
  doc: ParsedDocument;
  /** Logical IDs of resources that are not deployed (their condition is false). */
  undeployed: ReadonlySet<string>;
}

/**
 * The deployed view of `doc` under `decide` (the truth of a named condition, `'unknown'` when
 * undecided). Returns `doc` itself when nothing changes.
 */
export function deployedView(
  doc: ParsedDocument,
  resourcesPointer: '/Resources' | '',
  decide: (condition: string) => Tri,
): DeployedView {
  const root = doc.data;
  const undeployed = new Set<string>();
  // Most templates with conditions decide none of them (no parameter given): no copy for those.
  if (!isPlainObject(root) || !decidesAnything(root, resourcesPointer, decide)) return { doc, undeployed };
  const origins = new WeakMap<object, Origin>();
  let changed = false;

  /**
   * `value` as deployed. What no decision touches is the template's own node, not a copy: the
   * view shares it (nothing downstream changes `data`), and a template of thousands of resources
   * with a few `Fn::If`s is not copied whole for every scenario. Only new containers get an
   * origin; a shared node is where it is in the template, below its parent's origin.
   */
  const rewrite = (value: unknown, pointer: Pointer, depth: number, section?: Section): unknown => {
    if (depth > MAX_DEPTH || value === null || typeof value !== 'object') return value;
    if (Array.isArray(value)) {
      // Made at the first item that differs, with the items before it.
      let out: unknown[] | undefined;
      let moved: Map<string, Pointer> | undefined;
      value.forEach((item, index) => {
        const childPointer = joinPointer(pointer, index);
        const { value: rewritten, pointer: from } = chosen(item, childPointer, depth + 1);
        if (out === undefined) {
          if (rewritten === item && from === childPointer) return;
          out = value.slice(0, index);
        }
        if (rewritten === NO_VALUE) {
          changed = true;
          return;
        }
        if (from !== joinPointer(pointer, out.length)) (moved ??= new Map()).set(String(out.length), from);
        out.push(rewritten);
      });
      if (out === undefined) return value;
      origins.set(out, moved ? { pointer, moved } : { pointer });
      return out;
    }
    const object = value as Record<string, unknown>;
    const keys = Object.keys(object);
    let out: Record<string, unknown> | undefined;
    let moved: Map<string, Pointer> | undefined;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      const childPointer = joinPointer(pointer, key);
      const { value: rewritten, pointer: from } = chosen(object[key], childPointer, depth + 1, sectionAt(depth, key));
      // Resources and outputs whose condition is false do not exist.
      const gone =
        rewritten === NO_VALUE ||
        (section !== undefined && isPlainObject(rewritten) && conditionIsFalse(own(rewritten, 'Condition'), decide));
      if (out === undefined) {
        if (!gone && rewritten === object[key] && from === childPointer) continue;
        out = {};
        for (let j = 0; j < i; j++) setDataProperty(out, keys[j]!, object[keys[j]!]);
      }
      if (gone) {
        changed = true;
        if (rewritten !== NO_VALUE && section === 'resources') undeployed.add(key);
        continue;
      }
      if (from !== childPointer) (moved ??= new Map()).set(key, from);
      setDataProperty(out, key, rewritten);
    }
    if (out === undefined) return value;
    origins.set(out, moved ? { pointer, moved } : { pointer });
    return out;
  };

  /** A node with decided `Fn::If`s replaced by their branch (repeatedly: a branch may be another `Fn::If`). */
  const chosen = (
    value: unknown,
    pointer: Pointer,
    depth: number,
    section?: Section,
  ): { value: unknown; pointer: Pointer } => {
    let node = value;
    let at = pointer;
    for (let hops = 0; hops < MAX_DEPTH; hops++) {
      const branch = decidedBranch(node, decide);
      if (branch === undefined) break;
      changed = true;
      node = (own(node as Record<string, unknown>, 'Fn::If') as unknown[])[branch];
      at = joinPointer(at, 'Fn::If', branch);
      // `Ref AWS::NoValue` is only meaningful as a branch of `Fn::If`: the chosen branch removes the property.
      if (isNoValue(node)) return { value: NO_VALUE, pointer: at };
    }
    return { value: rewrite(node, at, depth, section), pointer: at };
  };

  /** The section the member `key` of a node at `depth` is, when it is the template's `Resources` or `Outputs`. */
  const sectionAt = (depth: number, key: string): Section | undefined =>
    depth !== 0 || resourcesPointer === ''
      ? undefined
      : key === 'Resources'
        ? 'resources'
        : key === 'Outputs'
          ? 'outputs'
          : undefined;

  const view = rewrite(root, '', 0, resourcesPointer === '' ? 'resources' : undefined) as Record<string, unknown>;
  if (!changed) return { doc, undeployed };

  const original = (pointer: Pointer): Pointer => {
    let node: unknown = view;
    let out = '';
    for (const token of splitPointer(pointer)) {
      const origin = node !== null && typeof node === 'object' ? origins.get(node) : undefined;
      if (origin) out = origin.moved?.get(token) ?? joinPointer(origin.pointer, token);
      else out = joinPointer(out, token);
      node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[token] : undefined;
    }
    return out;
  };
  return {
    undeployed,
    doc: {
      file: doc.file,
      format: doc.format,
      data: view,
      syntaxErrors: doc.syntaxErrors,
      duplicateKeys: doc.duplicateKeys,
      unknownTags: doc.unknownTags,
      size: doc.size,
      text: doc.text,
      locate: (pointer, which) => doc.locate(original(pointer), which),
      viewOf: { doc, original },
    },
  };
}

/** Whether `decide` changes anything in the template: a decided `Fn::If`, or a resource or output whose condition is false. */
function decidesAnything(
  root: Record<string, unknown>,
  resourcesPointer: '/Resources' | '',
  decide: (condition: string) => Tri,
): boolean {
  const sections = resourcesPointer === '' ? [root] : [own(root, 'Resources'), own(root, 'Outputs')];
  for (const section of sections) {
    if (!isPlainObject(section)) continue;
    for (const body of Object.values(section))
      if (isPlainObject(body) && conditionIsFalse(own(body, 'Condition'), decide)) return true;
  }
  const walk = (value: unknown, depth: number): boolean => {
    if (depth > MAX_DEPTH || value === null || typeof value !== 'object') return false;
    if (decidedBranch(value, decide) !== undefined) return true;
    const children = Array.isArray(value) ? value : Object.values(value as Record<string, unknown>);
    return children.some((child) => walk(child, depth + 1));
  };
  return walk(root, 0);
}

function isNoValue(value: unknown): boolean {
  return isPlainObject(value) && Object.keys(value).length === 1 && own(value, 'Ref') === 'AWS::NoValue';
}

/** 1 or 2 for an `Fn::If` whose condition is decided, else undefined. */
function decidedBranch(value: unknown, decide: (condition: string) => Tri): 1 | 2 | undefined {
  if (!isPlainObject(value) || Object.keys(value).length !== 1) return undefined;
  const arg = own(value, 'Fn::If');
  if (!Array.isArray(arg) || arg.length !== 3 || typeof arg[0] !== 'string') return undefined;
  const truth = decide(arg[0]);
  return truth === 'unknown' ? undefined : truth ? 1 : 2;
}

function conditionIsFalse(condition: unknown, decide: (condition: string) => Tri): boolean {
  return typeof condition === 'string' && decide(condition) === false;
}
