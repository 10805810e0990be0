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
import { joinPointer } from '../../parsers/types.js';
import type { SourceRef } from '../../parsers/source.js';
import { isPlainObject, own } from '../../core/objects.js';
import type { FindingResource } from '../../core/types.js';
import type { ResourceNode } from '../../values/resource-node.js';
import { cloudFormationType } from './types.js';

/** Deeper module nesting than this is not read (Terraform itself has no limit; real configurations nest a few levels). */
export const MAX_MODULE_DEPTH = 16;
/** Resources read per document; the rest are passed over with a note. */
export const MAX_RESOURCES = 20_000;
/** How many `var.`/`module.` hops a reference is followed through. */
const MAX_REFERENCE_HOPS = 8;

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
  readonly notes: Array<{ message: string; at: SourceRef }>;
  /** The configuration of each module path (`''`, `module.auth`), instance keys dropped. */
  readonly config: ReadonlyMap<string, ConfigModule>;
}

export function readTerraformDocument(doc: ParsedDocument): TfDocument | undefined {
  const data = doc.data;
  if (!isPlainObject(data)) return undefined;
  const planned = own(data, 'planned_values');
  const kind = isPlainObject(planned) ? 'plan' : 'state';
  const valuesKey = kind === 'plan' ? 'planned_values' : 'values';
  const top = own(data, valuesKey);
  const notes: TfDocument['notes'] = [];
  const resources: TfResource[] = [];
  const byAddress = new Map<string, TfResource>();
  const unknownByAddress = kind === 'plan' ? afterUnknown(own(data, 'resource_changes')) : new Map<string, unknown>();

  const walk = (module: unknown, pointer: Pointer, depth: number): void => {
    if (!isPlainObject(module)) return;
    if (depth > MAX_MODULE_DEPTH) {
      notes.push({
        message: `Modules nested deeper than ${MAX_MODULE_DEPTH} levels are not read.`,
        at: { doc, pointer },
      });
      return;
    }
    const list = own(module, 'resources');
    if (Array.isArray(list)) {
      list.forEach((raw, i) => {
        if (!isPlainObject(raw)) return;
        if (resources.length >= MAX_RESOURCES) {
          if (resources.length === MAX_RESOURCES)
            notes.push({ message: `Only the first ${MAX_RESOURCES} resources are read.`, at: { doc, pointer } });
          return;
        }
        const resource = readResource(doc, raw, joinPointer(pointer, 'resources', i), unknownByAddress);
        if (resource && !byAddress.has(resource.address)) {
          resources.push(resource);
          byAddress.set(resource.address, resource);
        }
      });
    }
    const children = own(module, 'child_modules');
    if (Array.isArray(children))
      children.forEach((child, i) => walk(child, joinPointer(pointer, 'child_modules', i), depth + 1));
  };
  walk(at(top, 'root_module'), joinPointer('', valuesKey, 'root_module'), 0);

  const config = new Map<string, ConfigModule>();
  const readConfig = (module: unknown, path: string, depth: number): void => {
    if (!isPlainObject(module) || depth > MAX_MODULE_DEPTH || config.has(path)) return;
    const byConfigAddress = new Map<string, Record<string, unknown>>();
    const list = own(module, 'resources');
    if (Array.isArray(list))
      for (const r of list.slice(0, MAX_RESOURCES))
        if (isPlainObject(r) && typeof r.address === 'string' && isPlainObject(r.expressions))
          byConfigAddress.set(r.address, r.expressions);
    const calls = new Map<string, Record<string, unknown>>();
    const rawCalls = own(module, 'module_calls');
    if (isPlainObject(rawCalls))
      for (const [name, call] of Object.entries(rawCalls)) if (isPlainObject(call)) calls.set(name, call);
    config.set(path, { resources: byConfigAddress, calls });
    for (const [name, call] of calls)
      readConfig(at(call, 'module'), path === '' ? `module.${name}` : `${path}.module.${name}`, depth + 1);
  };
  readConfig(at(at(data, 'configuration'), 'root_module'), '', 0);
  return { doc, kind, resources, byAddress, notes, config };
}

/** `resource_changes[].change.after_unknown` by resource address. */
function afterUnknown(changes: unknown): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (!Array.isArray(changes)) return out;
  for (const change of changes) {
    if (!isPlainObject(change) || typeof change.address !== 'string') continue;
    out.set(change.address, at(at(change, 'change'), 'after_unknown'));
  }
  return out;
}

function readResource(
  doc: ParsedDocument,
  raw: Record<string, unknown>,
  pointer: Pointer,
  unknownByAddress: ReadonlyMap<string, unknown>,
): TfResource | undefined {
  const { address, type, mode } = raw;
  const values = own(raw, 'values');
  if (typeof address !== 'string' || typeof type !== 'string' || !isPlainObject(values)) return undefined;
  const parsed = parseAddress(address);
  if (!parsed) return undefined;
  const valuesPointer = joinPointer(pointer, 'values');
  const cfnType = cloudFormationType(type);
  const node: ResourceNode = {
    dialect: 'terraform',
    type: cfnType,
    logicalId: address,
    source: { doc, pointer },
    propertiesSource: { doc, pointer: valuesPointer },
    deployment: doc.file,
    // A state (or a plan changing what exists) knows the resource's ID: a provider name written out names it.
    ...(typeof values.id === 'string' && values.id !== '' ? { physicalId: values.id } : {}),
  };
  return {
    address,
    type,
    mode: mode === 'data' ? 'data' : 'managed',
    module: parsed.module,
    configAddress: parsed.configAddress,
    values,
    unknown: unknownByAddress.get(address),
    pointer,
    valuesPointer,
    node,
    findingResource: { logicalId: address, address, type: cfnType, stack: doc.file },
  };
}

/**
 * The parts of a resource address (`module.a[0].module.b.data.aws_x.y["k"]`): the module instance
 * it is in and its address within that module without its instance key. Undefined when it does
 * not read as an address.
 */
export function parseAddress(address: string): { module: string; configAddress: string; key: string } | undefined {
  const steps = addressSteps(address);
  if (!steps) return undefined;
  const moduleParts: string[] = [];
  let i = 0;
  while (steps[i]?.name === 'module' && steps[i + 1]) {
    moduleParts.push(`module.${steps[i + 1]!.name}${steps[i + 1]!.key}`);
    i += 2;
  }
  const rest = steps.slice(i);
  const data = rest[0]?.name === 'data' ? 1 : 0;
  if (rest.length !== 2 + data) return undefined;
  const configAddress = rest.map((s) => s.name).join('.');
  return { module: moduleParts.join('.'), configAddress, key: rest[rest.length - 1]!.key };
}

/** `a.b["x.y"][0].c` → [{a,''}, {b,'["x.y"][0]'}, {c,''}]; undefined for anything else. */
function addressSteps(text: string): Array<{ name: string; key: string }> | undefined {
  if (text.length > 4096) return undefined;
  const steps: Array<{ name: string; key: string }> = [];
  let i = 0;
  while (i < text.length) {
    const name = /^[A-Za-z_][\w-]*/.exec(text.slice(i, i + 256))?.[0];
    if (!name) return undefined;
    i += name.length;
    let key = '';
    while (text[i] === '[') {
      const end = bracketEnd(text, i);
      if (end < 0) return undefined;
      key += text.slice(i, end + 1);
      i = end + 1;
    }
    steps.push({ name, key });
    if (i === text.length) break;
    if (text[i] !== '.') return undefined;
    i++;
  }
  return steps.length ? steps : undefined;
}

/** The index of the `]` closing the `[` at `start` (a quoted key may hold `]` and escapes). */
function bracketEnd(text: string, start: number): number {
  let inString = false;
  for (let i = start + 1; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === ']') return i;
  }
  return -1;
}

/** The module path of a module instance (`module.a[0].module.b` → `module.a.module.b`): how configuration is keyed. */
function modulePath(moduleInstance: string): string {
  if (moduleInstance === '') return '';
  const steps = addressSteps(moduleInstance);
  return steps ? steps.map((s) => s.name).join('.') : moduleInstance;
}

/** The configuration expression of `resource` at `path` (`['roles']`, `['role_mapping', 0, 'mapping_rule', 1, 'role_arn']`). */
export function expressionOf(
  tf: TfDocument,
  resource: TfResource,
  path: ReadonlyArray<string | number>,
): Record<string, unknown> | undefined {
  let node: unknown = tf.config.get(modulePath(resource.module))?.resources.get(resource.configAddress);
  for (const token of path) {
    if (Array.isArray(node) && typeof token === 'number') node = node[token];
    else if (isPlainObject(node) && typeof token === 'string') node = own(node, token);
    else return undefined;
  }
  return isPlainObject(node) ? node : undefined;
}

/** `node[key]` when `node` is an object, never from its prototype chain. */
function at(node: unknown, key: string): unknown {
  return isPlainObject(node) ? own(node, key) : undefined;
}

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
export function referencesOf(
  tf: TfDocument,
  moduleInstance: string,
  expression: Record<string, unknown> | undefined,
  hops = 0,
): { targets: ResourceReference[]; opaque: boolean } {
  const targets: ResourceReference[] = [];
  let opaque = false;
  const list = at(expression, 'references');
  if (!Array.isArray(list) || hops > MAX_REFERENCE_HOPS) return { targets, opaque: Array.isArray(list) };
  const add = (target: ResourceReference): void => {
    const same = targets.findIndex((t) => t.resource === target.resource);
    if (same < 0) targets.push(target);
    else if (target.attribute.length > targets[same]!.attribute.length) targets[same] = target;
  };
  for (const reference of list.slice(0, 64)) {
    if (typeof reference !== 'string') continue;
    const steps = addressSteps(reference);
    if (!steps) {
      opaque = true;
      continue;
    }
    const head = steps[0]!.name;
    if (head === 'var' && steps[1]) {
      const from = callerOf(tf, moduleInstance, steps[1].name);
      if (!from) {
        opaque = true;
        continue;
      }
      const inner = referencesOf(tf, from.module, from.expression, hops + 1);
      inner.targets.forEach(add);
      opaque ||= inner.opaque || inner.targets.length === 0;
    } else if (head === 'module' && steps[1] && steps[2]) {
      const called = `${moduleInstance === '' ? '' : moduleInstance + '.'}module.${steps[1].name}${steps[1].key}`;
      const call = tf.config.get(modulePath(moduleInstance))?.calls.get(steps[1].name);
      const output = at(at(at(at(call, 'module'), 'outputs'), steps[2].name), 'expression');
      if (!isPlainObject(output)) {
        opaque = true;
        continue;
      }
      const inner = referencesOf(tf, called, output, hops + 1);
      inner.targets.forEach(add);
      opaque ||= inner.opaque || inner.targets.length === 0;
    } else if (head === 'module') {
      // `module.auth` alone: the prefix Terraform lists beside `module.auth.<output>`.
      continue;
    } else {
      const data = head === 'data' ? 1 : 0;
      const typeStep = steps[data];
      const nameStep = steps[data + 1];
      if (!typeStep || !nameStep || !/^aws_/.test(typeStep.name)) {
        if (!['count', 'each', 'path', 'terraform', 'self'].includes(head)) opaque = true;
        continue;
      }
      const local = `${data ? 'data.' : ''}${typeStep.name}.${nameStep.name}${nameStep.key}`;
      const address = moduleInstance === '' ? local : `${moduleInstance}.${local}`;
      const found = tf.byAddress.get(address);
      if (!found) {
        // `aws_iam_role.x` of a resource with count/for_each names every instance: not one resource.
        opaque = true;
        continue;
      }
      add({ resource: found, attribute: steps[data + 2]?.name ?? '' });
    }
  }
  return { targets, opaque };
}

/** The expression a module instance's caller gives its variable `name`, and the caller's module instance. */
function callerOf(
  tf: TfDocument,
  moduleInstance: string,
  name: string,
): { module: string; expression: Record<string, unknown> } | undefined {
  const steps = moduleInstance === '' ? undefined : addressSteps(moduleInstance);
  if (!steps || steps.length < 2) return undefined;
  const callStep = steps[steps.length - 1]!;
  const parentSteps = steps.slice(0, -2);
  const parent = parentSteps.map((s) => `${s.name}${s.key}`).join('.');
  const call = tf.config.get(modulePath(parent))?.calls.get(callStep.name);
  const expression = at(at(call, 'expressions'), name);
  return isPlainObject(expression) ? { module: parent, expression } : undefined;
}
