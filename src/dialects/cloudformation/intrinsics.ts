/**
 * Static evaluation of CloudFormation intrinsic functions into `Resolved` values.
 *
 * Resolution crosses stack boundaries the way CloudFormation does: nested-stack parameters
 * (parent `Parameters` → child), nested-stack outputs (`Fn::GetAtt [Stack, Outputs.X]`),
 * `Fn::ImportValue` of an `Export`, and `Fn::GetStackOutput` (CDK's weak cross-stack
 * references) within one cloud assembly. Anything that cannot be known statically becomes
 * `unknown` with a reason; the resolver never throws and never loops (cycle and depth guards:
 * templates are hostile input).
 *
 * Every node reached by reference (a pointer: outputs, exports, mappings, nested-stack
 * parameters; a parameter's value; a `Fn::Sub` variable) is resolved once, and every value is
 * bounded in size (MAX_RESOLVED_NODES, MAX_RESOLVED_CHARS): a template that doubles a value at
 * each reference (`Default: !Sub "${P}${P}"`, a chain of `!Join ['', [!Ref P1, !Ref P1]]`)
 * would otherwise need memory exponential in its length. A value over the bound is unknown.
 */
import { UNKNOWN_TAG_KEY, type Pointer } from '../../parsers/types.js';
import { joinPointer } from '../../parsers/types.js';
import { ABSENT, known, knownString, resolvedSize, unknown, type Resolved } from '../../values/resolved.js';
import { valueAtPointer } from '../../parsers/source.js';
import { intrinsicName } from '../../iam/intrinsic-shape.js';
import type { Stack, TemplateParameter } from './stack.js';
import { NESTED_STACK_TYPES } from './local-nested.js';
import { isPlainObject, own } from '../../core/objects.js';
import { firstClosing, splitPlaceholders } from '../../util/placeholders.js';

/** How the resolver finds other stacks; built by the model from all inputs of a run. */
export interface StackUniverse {
  /** The child template created by `AWS::CloudFormation::Stack` `logicalId` of `stack`. */
  nestedChild(stack: Stack, logicalId: string): Stack | undefined;
  /** The parent stack and the logical ID of the `AWS::CloudFormation::Stack` resource creating `stack`. */
  nestedParent(stack: Stack): { stack: Stack; logicalId: string } | undefined;
  /** Stacks exporting `name` that `from` can import (same root assembly, or plain templates of the run). */
  exporters(from: Stack, name: string): Array<{ stack: Stack; valuePointer: Pointer }>;
  /** The stack named `stackName` (and in `region`, when given) that `from` can read outputs of. */
  stackByName(from: Stack, stackName: string, region: string | undefined): Stack | undefined;
}

const MAX_DEPTH = 64;

/**
 * Bounds on one resolved value. No legitimate value comes near them: an IAM policy document is
 * at most 10,240 characters and a template body at most 1 MB
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html,
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/cloudformation-limits.html).
 */
export const MAX_RESOLVED_NODES = 10_000;
export const MAX_RESOLVED_CHARS = 1_000_000;
export const TOO_LARGE = 'value too large to resolve';

function overBound(nodes: number, chars: number): boolean {
  return nodes > MAX_RESOLVED_NODES || chars > MAX_RESOLVED_CHARS;
}

/** `value`, or unknown when it is over the bounds. */
export function bounded(value: Resolved): Resolved {
  const size = resolvedSize(value);
  return overBound(size.nodes, size.chars) ? unknown(TOO_LARGE) : value;
}

const PSEUDO_PARAMETERS = new Set([
  'AWS::AccountId',
  'AWS::NotificationARNs',
  'AWS::NoValue',
  'AWS::Partition',
  'AWS::Region',
  'AWS::StackId',
  'AWS::StackName',
  'AWS::URLSuffix',
]);

export class Resolver {
  private readonly active = new Set<string>();
  private readonly memo = new Map<string, Resolved>();

  constructor(private readonly universe: StackUniverse) {}

  /** Resolve the node at `pointer` of `stack`'s document. */
  resolveAt(stack: Stack, pointer: Pointer, depth = 0): Resolved {
    return this.once(`${stack.key}\u0000${pointer}`, () => {
      const value = valueAtPointer(stack.doc.data, pointer);
      return value === undefined ? ABSENT : this.resolve(stack, value, depth);
    });
  }

  /**
   * `compute()` once per `key` for the life of the resolver; a key reached again while it is
   * being computed is a cycle. `depth` is passed on through references (not restarted at each),
   * so a chain of thousands of references ends at MAX_DEPTH rather than overflowing the stack.
   */
  private once(key: string, compute: () => Resolved): Resolved {
    const cached = this.memo.get(key);
    if (cached) return cached;
    if (this.active.has(key)) return unknown('circular reference');
    this.active.add(key);
    try {
      const result = compute();
      this.memo.set(key, result);
      return result;
    } finally {
      this.active.delete(key);
    }
  }

  /** Resolve a value taken from `stack`'s document. */
  resolve(stack: Stack, value: unknown, depth = 0): Resolved {
    return bounded(this.resolveNode(stack, value, depth));
  }

  private resolveNode(stack: Stack, value: unknown, depth: number): Resolved {
    if (depth > MAX_DEPTH) return unknown('expression nested too deeply');
    if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
      return known(value);
    }
    if (Array.isArray(value)) {
      return { kind: 'list', items: value.map((item) => this.resolve(stack, item, depth + 1)) };
    }
    const fn = intrinsicName(value);
    if (!fn || !isPlainObject(value)) return unknown('an object where a value was expected');
    const arg = own(value, fn);
    switch (fn) {
      case 'Ref':
        return typeof arg === 'string' ? this.ref(stack, arg, depth) : unknown('Ref with a non-string argument');
      case 'Fn::GetAtt':
        return this.getAtt(stack, arg, depth);
      case 'Fn::Sub':
        return this.sub(stack, arg, depth);
      case 'Fn::Join':
        return this.join(stack, arg, depth);
      case 'Fn::If':
        return this.if(stack, arg, depth);
      case 'Fn::Select':
        return this.select(stack, arg, depth);
      case 'Fn::Split':
        return this.split(stack, arg, depth);
      case 'Fn::ImportValue':
        return this.importValue(stack, arg, depth);
      case 'Fn::GetStackOutput':
        return this.getStackOutput(stack, arg, depth);
      case 'Fn::FindInMap':
        return this.findInMap(stack, arg, depth);
      case UNKNOWN_TAG_KEY:
        return unknown(`unknown YAML tag ${String(arg)}`);
      default:
        return unknown(`${fn} is not evaluated statically`);
    }
  }

  private ref(stack: Stack, name: string, depth: number): Resolved {
    if (PSEUDO_PARAMETERS.has(name)) return this.pseudo(stack, name);
    const resource = stack.resources.get(name);
    if (resource) return { kind: 'resource', resource };
    // A resource whose condition is false is not created: a reference to it is no value.
    if (stack.input.undeployed?.has(name)) return ABSENT;
    const parameter = stack.parameters.get(name);
    if (parameter)
      return this.once(`${stack.key}\u0000${parameter.pointer}\u0000value`, () =>
        this.parameter(stack, name, depth + 1),
      );
    return unknown(`Ref to ${name}, which is not in this template`, name);
  }

  private pseudo(stack: Stack, name: string): Resolved {
    const assembly = stack.input.assembly;
    switch (name) {
      case 'AWS::NoValue':
        return ABSENT;
      case 'AWS::Region':
        return assembly?.region ? known(assembly.region) : unknown('AWS::Region');
      case 'AWS::AccountId':
        return assembly?.account ? known(assembly.account) : unknown('AWS::AccountId');
      case 'AWS::StackName':
        return assembly ? known(stack.name) : unknown('AWS::StackName');
      case 'AWS::Partition': {
        const region = assembly?.region;
        if (!region) return unknown('AWS::Partition');
        return known(region.startsWith('cn-') ? 'aws-cn' : region.startsWith('us-gov-') ? 'aws-us-gov' : 'aws');
      }
      case 'AWS::URLSuffix': {
        const region = assembly?.region;
        if (!region) return unknown('AWS::URLSuffix');
        return known(region.startsWith('cn-') ? 'amazonaws.com.cn' : 'amazonaws.com');
      }
      default:
        return unknown(name);
    }
  }

  /**
   * A parameter is certain only when the user gave its value (or the parent stack passes it).
   * Its default is only one alternative: the deployer may pass anything else.
   */
  private parameter(stack: Stack, name: string, depth: number): Resolved {
    const given = stack.input.parameterValues.get(name);
    const parameter = stack.parameters.get(name)!;
    // An SSM parameter type takes the *name* of a Systems Manager parameter; CloudFormation
    // substitutes its value at deploy time, which no file shows.
    if (parameter.type?.startsWith('AWS::SSM::Parameter::Value<'))
      return unknown(`parameter ${name} is read from SSM Parameter Store at deploy time`, name);
    if (given !== undefined) return this.typedParameter(parameter.type, given);
    const parent = this.universe.nestedParent(stack);
    if (parent) {
      const stackResource = parent.stack.resources.get(parent.logicalId);
      if (stackResource) {
        const pointer = joinPointer(stackResource.propertiesPointer, 'Parameters', name);
        const passed = this.resolveAt(parent.stack, pointer, depth + 1);
        // A parent passes text; a list-typed parameter of the child splits it, as a given value is split.
        if (passed.kind === 'known' && typeof passed.value === 'string')
          return this.typedParameter(parameter.type, passed.value);
        if (passed.kind !== 'absent') return passed;
        // A parent that passes no value for it deploys the child with its default: certain, not one alternative.
        const passing = own(stackResource.properties, 'Parameters');
        if ((passing === undefined || isPlainObject(passing)) && parameter.hasDefault)
          return this.defaultOf(stack, parameter, depth);
      }
    }
    // Named, so that messages show the parameter as the template writes it (`${Prefix}`), not `<?>`.
    const why = `parameter ${name} has no given value`;
    if (!parameter.hasDefault) return unknown(why, name);
    return { kind: 'anyOf', options: [this.defaultOf(stack, parameter, depth), unknown(why, name)], name };
  }

  private defaultOf(stack: Stack, parameter: TemplateParameter, depth: number): Resolved {
    return typeof parameter.default === 'string'
      ? this.typedParameter(parameter.type, parameter.default)
      : this.resolve(stack, parameter.default, depth + 1);
  }

  private typedParameter(type: string | undefined, value: string): Resolved {
    if (type && (type.startsWith('List<') || type === 'CommaDelimitedList')) {
      return { kind: 'list', items: value === '' ? [] : value.split(',').map((v) => known(v.trim())) };
    }
    return known(value);
  }

  private getAtt(stack: Stack, arg: unknown, depth: number): Resolved {
    let logicalId: unknown;
    let attribute: unknown;
    if (Array.isArray(arg)) [logicalId, attribute] = arg;
    else if (typeof arg === 'string') {
      const dot = arg.indexOf('.');
      [logicalId, attribute] = dot === -1 ? [arg, undefined] : [arg.slice(0, dot), arg.slice(dot + 1)];
    }
    if (typeof attribute !== 'string') {
      const resolvedAttribute =
        attribute === undefined ? undefined : knownString(this.resolve(stack, attribute, depth + 1));
      if (resolvedAttribute === undefined) return unknown('Fn::GetAtt with a computed attribute');
      attribute = resolvedAttribute;
    }
    if (typeof logicalId !== 'string') return unknown('Fn::GetAtt with a computed resource');
    const resource = stack.resources.get(logicalId);
    if (!resource && stack.input.undeployed?.has(logicalId)) return ABSENT;
    if (!resource) return unknown(`Fn::GetAtt of ${logicalId}, which is not in this template`);
    const attr = attribute as string;
    if (NESTED_STACK_TYPES.has(resource.type) && attr.startsWith('Outputs.')) {
      const child = this.universe.nestedChild(stack, logicalId);
      if (!child) return unknown(`output ${attr} of nested stack ${logicalId}, whose template was not read`);
      return this.output(child, attr.slice('Outputs.'.length), depth);
    }
    return { kind: 'resource', resource, attribute: attr };
  }

  private output(stack: Stack, name: string, depth: number): Resolved {
    const pointer = stack.outputs.get(name);
    if (!pointer) return unknown(`output ${name} of stack ${stack.name} does not exist`);
    return this.resolveAt(stack, pointer, depth + 1);
  }

  private sub(stack: Stack, arg: unknown, depth: number): Resolved {
    let text: unknown = arg;
    let variables: Record<string, unknown> = {};
    if (Array.isArray(arg)) {
      text = arg[0];
      if (isPlainObject(arg[1])) variables = arg[1];
    }
    if (typeof text !== 'string') return unknown('Fn::Sub with a computed template');
    const parts: Resolved[] = [];
    // `${X}${X}` resolves X once: a variable is itself an expression, possibly with variables of its own.
    const resolvedVariables = new Map<string, Resolved>();
    let literal = '';
    for (const piece of splitPlaceholders(text, firstClosing)) {
      if (typeof piece === 'string') {
        literal += piece;
        continue;
      }
      if (piece.inner.startsWith('!')) {
        // `${!Literal}` is CloudFormation's escape for a literal `${Literal}` (IAM policy variables).
        literal += '${' + piece.inner.slice(1) + '}';
        continue;
      }
      if (literal) parts.push(known(literal));
      literal = '';
      const variable = piece.inner.trim();
      let part = resolvedVariables.get(variable);
      if (!part) {
        part = this.subVariable(stack, variable, variables, depth);
        resolvedVariables.set(variable, part);
      }
      parts.push(part);
    }
    if (literal) parts.push(known(literal));
    return concat(parts);
  }

  private subVariable(stack: Stack, name: string, variables: Record<string, unknown>, depth: number): Resolved {
    if (Object.prototype.hasOwnProperty.call(variables, name)) return this.resolve(stack, variables[name], depth + 1);
    if (PSEUDO_PARAMETERS.has(name)) return this.pseudo(stack, name);
    if (stack.resources.has(name) || stack.parameters.has(name) || stack.input.undeployed?.has(name))
      return this.ref(stack, name, depth);
    const dot = name.indexOf('.');
    const owner = name.slice(0, dot);
    if (dot > 0 && (stack.resources.has(owner) || stack.input.undeployed?.has(owner)))
      return this.getAtt(stack, name, depth);
    // Named as written: a fragment or nested template often takes it from a template not linted with it.
    return unknown(`\${${name}} in Fn::Sub names nothing in this template`, name);
  }

  private join(stack: Stack, arg: unknown, depth: number): Resolved {
    if (!Array.isArray(arg) || arg.length !== 2) return unknown('malformed Fn::Join');
    const delimiter = knownString(this.resolve(stack, arg[0], depth + 1));
    if (delimiter === undefined) return unknown('Fn::Join with a computed delimiter');
    const list = this.resolve(stack, arg[1], depth + 1);
    if (list.kind === 'unknown' && list.reason === TOO_LARGE) return list;
    if (list.kind !== 'list') return unknown('Fn::Join of a list that is not known');
    const parts: Resolved[] = [];
    list.items.forEach((item, index) => {
      if (index > 0 && delimiter) parts.push(known(delimiter));
      parts.push(item);
    });
    return concat(parts);
  }

  private if(stack: Stack, arg: unknown, depth: number): Resolved {
    if (!Array.isArray(arg) || arg.length !== 3) return unknown('malformed Fn::If');
    return { kind: 'anyOf', options: [this.resolve(stack, arg[1], depth + 1), this.resolve(stack, arg[2], depth + 1)] };
  }

  private select(stack: Stack, arg: unknown, depth: number): Resolved {
    if (!Array.isArray(arg) || arg.length !== 2) return unknown('malformed Fn::Select');
    const index = Number(knownString(this.resolve(stack, arg[0], depth + 1)));
    const list = this.resolve(stack, arg[1], depth + 1);
    if (!Number.isInteger(index) || list.kind !== 'list') return unknown('Fn::Select of a value that is not known');
    return list.items[index] ?? unknown('Fn::Select index out of range');
  }

  private split(stack: Stack, arg: unknown, depth: number): Resolved {
    if (!Array.isArray(arg) || arg.length !== 2) return unknown('malformed Fn::Split');
    const delimiter = knownString(this.resolve(stack, arg[0], depth + 1));
    const source = knownString(this.resolve(stack, arg[1], depth + 1));
    if (delimiter === undefined || source === undefined || delimiter === '')
      return unknown('Fn::Split of a value that is not known');
    if (occurrences(source, delimiter, MAX_RESOLVED_NODES) >= MAX_RESOLVED_NODES) return unknown(TOO_LARGE);
    return { kind: 'list', items: source.split(delimiter).map(known) };
  }

  private importValue(stack: Stack, arg: unknown, depth: number): Resolved {
    const name = knownString(this.resolve(stack, arg, depth + 1));
    if (name === undefined) return unknown('Fn::ImportValue of a computed export name');
    const exporters = this.universe.exporters(stack, name);
    if (exporters.length === 0) return unknown(`Fn::ImportValue ${name}: no stack in this run exports it`);
    if (exporters.length > 1) {
      return { kind: 'anyOf', options: exporters.map((e) => this.resolveAt(e.stack, e.valuePointer, depth + 1)) };
    }
    const only = exporters[0]!;
    return this.resolveAt(only.stack, only.valuePointer, depth + 1);
  }

  private getStackOutput(stack: Stack, arg: unknown, depth: number): Resolved {
    if (!isPlainObject(arg)) return unknown('malformed Fn::GetStackOutput');
    const stackName = knownString(this.resolve(stack, own(arg, 'StackName'), depth + 1));
    const outputName = knownString(this.resolve(stack, own(arg, 'OutputName'), depth + 1));
    const regionValue = own(arg, 'Region');
    const region = regionValue === undefined ? undefined : knownString(this.resolve(stack, regionValue, depth + 1));
    if (stackName === undefined || outputName === undefined) return unknown('Fn::GetStackOutput with computed names');
    const producer = this.universe.stackByName(stack, stackName, region);
    if (!producer) return unknown(`Fn::GetStackOutput: stack ${stackName} is not in this run`);
    return this.output(producer, outputName, depth);
  }

  private findInMap(stack: Stack, arg: unknown, depth: number): Resolved {
    if (!Array.isArray(arg) || arg.length < 3) return unknown('malformed Fn::FindInMap');
    const keys = arg.slice(0, 3).map((k) => knownString(this.resolve(stack, k, depth + 1)));
    const [map, top, second] = keys;
    if (map === undefined) return unknown('Fn::FindInMap with a computed map name');
    if (top !== undefined && second !== undefined) {
      const pointer = joinPointer('/Mappings', map, top, second);
      if (valueAtPointer(stack.doc.data, pointer) === undefined)
        return unknown(`Fn::FindInMap: ${keys.join('/')} is not in Mappings`);
      return this.resolveAt(stack, pointer, depth + 1);
    }
    // A key that is not known (`!Ref AWS::Partition`, a parameter without a value) picks one of the
    // map's entries: every entry the other key finds is an alternative.
    const pointers = this.mapEntries(stack, map, top, second);
    if (pointers.length === 0 || pointers.length > MAX_MAP_ALTERNATIVES)
      return unknown('Fn::FindInMap with computed keys');
    const options = pointers.map((pointer) => this.resolveAt(stack, pointer, depth + 1));
    return options.length === 1 ? options[0]! : { kind: 'anyOf', options };
  }

  /** Pointers of the values of `map` at (`top`, `second`), where an undefined key stands for every key at its level. */
  private mapEntries(stack: Stack, map: string, top: string | undefined, second: string | undefined): string[] {
    const mapNode = valueAtPointer(stack.doc.data, joinPointer('/Mappings', map));
    if (!isPlainObject(mapNode)) return [];
    const out: string[] = [];
    for (const topKey of top === undefined ? Object.keys(mapNode) : [top]) {
      const level = own(mapNode, topKey);
      if (!isPlainObject(level)) continue;
      for (const secondKey of second === undefined ? Object.keys(level) : [second]) {
        if (Object.prototype.hasOwnProperty.call(level, secondKey))
          out.push(joinPointer('/Mappings', map, topKey, secondKey));
      }
    }
    return out;
  }
}

/** More entries than this (a map of every region times every setting) stay unknown: alternatives that many decide nothing. */
const MAX_MAP_ALTERNATIVES = 64;

/** How many times `needle` occurs in `text`, counting no further than `limit`. */
function occurrences(text: string, needle: string, limit: number): number {
  let count = 0;
  for (let at = text.indexOf(needle); at !== -1 && count < limit; at = text.indexOf(needle, at + needle.length))
    count++;
  return count;
}

/**
 * Concatenate parts, merging adjacent known strings; a single part is returned as is. Unknown
 * when the result would be over the bounds, decided before the parts are flattened.
 */
export function concat(parts: Resolved[]): Resolved {
  const { nodes, chars } = resolvedSize({ kind: 'concat', parts });
  if (overBound(nodes, chars)) return unknown(TOO_LARGE);
  const merged: Resolved[] = [];
  const add = (part: Resolved): void => {
    if (part.kind === 'concat') {
      part.parts.forEach(add);
      return;
    }
    const last = merged[merged.length - 1];
    if (part.kind === 'known' && last?.kind === 'known') {
      merged[merged.length - 1] = known(String(last.value ?? '') + String(part.value ?? ''));
    } else {
      merged.push(part);
    }
  };
  parts.forEach(add);
  if (merged.length === 0) return known('');
  if (merged.length === 1) return merged[0]!;
  return { kind: 'concat', parts: merged };
}
