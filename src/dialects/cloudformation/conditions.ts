/**
 * CloudFormation `Conditions`, evaluated the way CloudFormation does at deploy time
 * (https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/conditions-section-structure.html,
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference-conditions.html).
 *
 * A condition is a formula over `Fn::Equals` comparisons (`Fn::And`, `Fn::Or`, `Fn::Not`,
 * `Condition`). Each comparison is decided from resolved values: true or false when both sides
 * are known (a value the user gave with `--parameter`, a parameter file or an Amplify
 * `parameters.json`), unknown otherwise (a parameter's `Default` is only one alternative). An
 * unknown comparison is an *atom*: the scenarios of a run (src/dialects/cloudformation/scenarios.ts) assign it
 * true or false, so every condition that depends on it takes one consistent value across the
 * whole template, as cfn-lint's scenarios do. Two comparisons of the same parameter with
 * different literals are never both true: such assignments are impossible and dropped.
 */
import * as tri from '../../core/tri.js';
import type { Tri } from '../../core/tri.js';
import type { Resolver } from './intrinsics.js';
import { alternatives, knownString, type Resolved } from '../../values/resolved.js';
import type { Stack } from './stack.js';
import { isPlainObject, own } from '../../core/objects.js';

/** An `Fn::Equals` whose outcome the files do not decide. */
export interface ConditionAtom {
  /** Unique within the run. */
  readonly id: string;
  /** The parameter compared, when one side is a plain `Ref` to a parameter. */
  readonly parameter?: string;
  /** The literal it is compared with, when the other side is known. */
  readonly literal?: string;
}

type Formula =
  | { readonly kind: 'const'; readonly value: Tri }
  | { readonly kind: 'atom'; readonly atom: ConditionAtom }
  | { readonly kind: 'and' | 'or'; readonly items: readonly Formula[] }
  | { readonly kind: 'not'; readonly item: Formula }
  | { readonly kind: 'ref'; readonly name: string };

/** An assignment of truth values to atoms (absent atoms stay unknown). */
export type AtomAssignment = ReadonlyMap<string, boolean>;

const MAX_DEPTH = 64;
const UNKNOWN: Formula = { kind: 'const', value: 'unknown' };

/** The `Conditions` of one stack, read once. */
export class StackConditions {
  private readonly formulas = new Map<string, Formula>();
  private readonly atomsByKey = new Map<string, ConditionAtom>();

  constructor(
    readonly stack: Stack,
    resolver: Resolver,
  ) {
    const data = stack.doc.data;
    const section = isPlainObject(data) && stack.input.resourcesPointer !== '' ? own(data, 'Conditions') : undefined;
    if (!isPlainObject(section)) return;
    for (const [name, body] of Object.entries(section)) this.formulas.set(name, this.read(body, resolver, 0));
  }

  /** Whether the template defines any condition at all. */
  get isEmpty(): boolean {
    return this.formulas.size === 0;
  }

  has(name: string): boolean {
    return this.formulas.has(name);
  }

  names(): string[] {
    return [...this.formulas.keys()];
  }

  /** The truth of condition `name` under `assignment`; unknown for an undefined name or a cycle. */
  truth(name: string, assignment: AtomAssignment = EMPTY): Tri {
    return this.evaluate({ kind: 'ref', name }, assignment, new Set(), 0);
  }

  /** The unknown atoms condition `name` depends on, in order of appearance. */
  atomsOf(name: string): ConditionAtom[] {
    const out: ConditionAtom[] = [];
    const visited = new Set<string>();
    const visit = (formula: Formula, depth: number): void => {
      if (depth > MAX_DEPTH) return;
      switch (formula.kind) {
        case 'atom':
          if (!out.includes(formula.atom)) out.push(formula.atom);
          return;
        case 'and':
        case 'or':
          formula.items.forEach((item) => visit(item, depth + 1));
          return;
        case 'not':
          visit(formula.item, depth + 1);
          return;
        case 'ref': {
          const target = this.formulas.get(formula.name);
          if (!target || visited.has(formula.name)) return;
          visited.add(formula.name);
          visit(target, depth + 1);
          return;
        }
        default:
          return;
      }
    };
    visit({ kind: 'ref', name }, 0);
    return out;
  }

  private evaluate(formula: Formula, assignment: AtomAssignment, active: Set<string>, depth: number): Tri {
    // Templates are hostile input: a chain of thousands of `Condition` references stays unknown, not a stack overflow.
    if (depth > MAX_DEPTH) return 'unknown';
    switch (formula.kind) {
      case 'const':
        return formula.value;
      case 'atom':
        return tri.ofOptional(assignment.get(formula.atom.id));
      case 'not':
        return tri.not(this.evaluate(formula.item, assignment, active, depth + 1));
      case 'and':
        return tri.all(this.evaluateEach(formula.items, assignment, active, depth + 1));
      case 'or':
        return tri.any(this.evaluateEach(formula.items, assignment, active, depth + 1));
      case 'ref': {
        const target = this.formulas.get(formula.name);
        if (!target || active.has(formula.name)) return 'unknown';
        active.add(formula.name);
        try {
          return this.evaluate(target, assignment, active, depth + 1);
        } finally {
          active.delete(formula.name);
        }
      }
    }
  }

  /** The truth of each formula, evaluated only as far as `tri.all` / `tri.any` read (a false operand decides `and`, a true one `or`). */
  private *evaluateEach(
    items: readonly Formula[],
    assignment: AtomAssignment,
    active: Set<string>,
    depth: number,
  ): Generator<Tri> {
    for (const item of items) yield this.evaluate(item, assignment, active, depth);
  }

  private read(body: unknown, resolver: Resolver, depth: number): Formula {
    if (depth > MAX_DEPTH || !isPlainObject(body)) return UNKNOWN;
    const keys = Object.keys(body);
    if (keys.length !== 1) return UNKNOWN;
    const fn = keys[0]!;
    const arg = own(body, fn);
    switch (fn) {
      case 'Condition':
        return typeof arg === 'string' ? { kind: 'ref', name: arg } : UNKNOWN;
      case 'Fn::Not':
        return Array.isArray(arg) && arg.length === 1
          ? { kind: 'not', item: this.read(arg[0], resolver, depth + 1) }
          : UNKNOWN;
      case 'Fn::And':
      case 'Fn::Or':
        return Array.isArray(arg)
          ? { kind: fn === 'Fn::And' ? 'and' : 'or', items: arg.map((item) => this.read(item, resolver, depth + 1)) }
          : UNKNOWN;
      case 'Fn::Equals':
        return Array.isArray(arg) && arg.length === 2 ? this.equals(arg[0], arg[1], resolver) : UNKNOWN;
      default:
        return UNKNOWN;
    }
  }

  private equals(left: unknown, right: unknown, resolver: Resolver): Formula {
    const a = resolver.resolve(this.stack, left);
    const b = resolver.resolve(this.stack, right);
    const decided = compare(a, b);
    if (decided !== 'unknown') return { kind: 'const', value: decided };
    // The same comparison written twice is one atom: it can only have one outcome.
    const key = JSON.stringify([left, right]);
    let atom = this.atomsByKey.get(key);
    if (!atom) {
      const parameter = parameterName(left) ?? parameterName(right);
      const literal = knownString(parameterName(left) !== undefined ? b : a);
      atom = {
        id: `${this.stack.key}\u0000${this.atomsByKey.size}`,
        ...(parameter !== undefined ? { parameter: `${this.stack.key}\u0000${parameter}` } : {}),
        ...(literal !== undefined ? { literal } : {}),
      };
      this.atomsByKey.set(key, atom);
    }
    return { kind: 'atom', atom };
  }
}

const EMPTY: AtomAssignment = new Map();

/**
 * `Fn::Equals` of two resolved values: decided only when every alternative of both sides is known.
 * Linear in the alternatives (a side may have thousands): true when both sides have one and the
 * same value, false when no value of one side is a value of the other.
 */
function compare(a: Resolved, b: Resolved): Tri {
  const left = knownAlternatives(a);
  const right = knownAlternatives(b);
  if (left === undefined || right === undefined || left.size === 0 || right.size === 0) return 'unknown';
  if (left.size === 1 && right.size === 1 && [...left][0] === [...right][0]) return true;
  for (const value of left) if (right.has(value)) return 'unknown';
  return false;
}

/** The strings `value` may be, or undefined when one of its alternatives is not known. */
function knownAlternatives(value: Resolved): Set<string> | undefined {
  const out = new Set<string>();
  for (const alt of alternatives(value)) {
    const s = knownString(alt);
    if (s === undefined) return undefined;
    out.add(s);
  }
  return out;
}

function parameterName(node: unknown): string | undefined {
  if (!isPlainObject(node)) return undefined;
  const ref = own(node, 'Ref');
  return typeof ref === 'string' && Object.keys(node).length === 1 && !ref.startsWith('AWS::') ? ref : undefined;
}

/**
 * Every consistent assignment of `atoms`: all 2^n combinations, less those where two
 * comparisons of one parameter with different literals are both true.
 */
export function assignmentsOf(atoms: readonly ConditionAtom[]): AtomAssignment[] {
  const out: AtomAssignment[] = [];
  const total = 1 << atoms.length;
  for (let bits = 0; bits < total; bits++) {
    const assignment = new Map<string, boolean>();
    const trueLiteral = new Map<string, string>();
    let possible = true;
    atoms.forEach((atom, index) => {
      const value = ((bits >> index) & 1) === 1;
      assignment.set(atom.id, value);
      if (!value || atom.parameter === undefined || atom.literal === undefined) return;
      const other = trueLiteral.get(atom.parameter);
      if (other !== undefined && other !== atom.literal) possible = false;
      trueLiteral.set(atom.parameter, atom.literal);
    });
    if (possible) out.push(assignment);
  }
  return out;
}
