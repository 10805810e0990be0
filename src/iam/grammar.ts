/**
 * The IAM policy grammar check behind `policy/invalid`.
 *
 * The grammar itself lives in schemas/iam-policy.schema.json (one source, readable by editors
 * and other tools); this module runs it with ajv and turns ajv's errors into one problem per
 * real problem, at the exact pointer, with the values that name it (`GrammarFacts`; policy/invalid
 * words them: English lives in rules/ and in message templates). It adds what JSON Schema
 * cannot say: duplicate `Sid`s (which may sit in different `Fn::If` branches) and the policy
 * size limits (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html).
 *
 * Documents come from templates: any value may be a CloudFormation intrinsic function. The
 * schema accepts an intrinsic wherever a value goes and checks both branches of a `Fn::If` that
 * replaces the policy, the `Statement` list, one statement or a `Condition` block. ajv validates
 * the document as written, so every pointer is a pointer into the caller's document.
 *
 * Grammar: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import { identityPolicy, resourcePolicy, trustPolicy } from '../generated/policy-validators.js';
import { joinPointer, splitPointer, type Pointer } from '../parsers/types.js';
import { boundedEditDistance } from '../util/edit-distance.js';
import { fnIfShape, intrinsicKey, isIntrinsicShape, isNoValue } from './intrinsic-shape.js';
import { isPlainObject } from '../core/objects.js';
import { allOperatorNames, conditionOperator, parseOperator } from './condition-operators.js';

export type PolicyKind = 'identity' | 'trust' | 'resource';
type Kind = PolicyKind;

export type GrammarProblemCode =
  /** A top-level, statement or principal-type key the grammar does not have. */
  | 'unknown-key'
  | 'effect'
  | 'version'
  | 'principal-in-identity'
  | 'resource-in-trust'
  /** Both `Action` and `NotAction` (or `Principal`/`NotPrincipal`, `Resource`/`NotResource`). */
  | 'exclusive-elements'
  /** A string `Principal` other than `"*"`. */
  | 'principal'
  | 'condition-operator'
  | 'condition-value'
  | 'sid-format'
  | 'duplicate-sid'
  | 'size'
  | 'missing-element'
  /** A value of the wrong JSON type (or a document that is cyclic or absurdly deep). */
  | 'type';

export interface GrammarProblem {
  /** RFC 6901 pointer into the document given to `checkPolicyGrammar`. */
  pointer: Pointer;
  /** Whether the problem is the property name at `pointer` (an unknown or prohibited key) or its value. */
  which: 'key' | 'value';
  code: GrammarProblemCode;
  /** What the problem's message names: values only, never words. */
  facts: GrammarFacts;
  /**
   * What tells this problem from another of its code at the same pointer, as a value, never as
   * words: the missing element's name, the ajv keyword of a generic problem, the size limit.
   * With `code`, `which` and the pointer it identifies the problem (policy/invalid's fingerprint),
   * so rewording `message` never changes which problem it is.
   */
  variant?: string;
}

/** Where in the grammar a problem sits. */
export type GrammarPlace =
  | 'policy'
  | 'statement'
  | 'element'
  | 'principalType'
  | 'conditionOperator'
  | 'conditionValue'
  | 'other';

/**
 * The values a grammar problem's message names. Which of them are set depends on the code (and,
 * for `type` and `unknown-key`, on the place); none is a sentence.
 */
export interface GrammarFacts {
  /** The kind of policy checked. */
  kind: PolicyKind;
  /** Where the node sits in the grammar, and whether it is one entry of a list. */
  place?: GrammarPlace;
  listItem?: boolean;
  /** The top-level or statement element (`Statement`, `Action`, `Principal`, `Condition`, …). */
  element?: string;
  principalType?: string;
  operator?: string;
  conditionKey?: string;
  /** The key at fault (unknown, prohibited, or excluded by its counterpart). */
  key?: string;
  /** The grammar key or condition operator that `key`/`operator` most likely misspells. */
  suggestion?: string;
  /** The element that excludes `key` (`Action` for `NotAction`), or the alternative to a missing one. */
  counterpart?: string;
  /** The missing element. */
  missing?: string;
  /** The value found at the pointer (`type`, `effect`, `version`, `principal`, `sid-format`, `condition-value`). */
  found?: unknown;
  /** `condition-operator`: the operator is `Null` with `IfExists`. */
  nullIfExists?: boolean;
  /** `duplicate-sid`: the Sid, and the pointer of the statement that uses it first. */
  sid?: string;
  firstPointer?: Pointer;
  /** `size`: the length without whitespace (a lower bound unless `exact`), the limit, and whether the caller gave it. */
  length?: number;
  exact?: boolean;
  limit?: number;
  limitGiven?: boolean;
  /** `type` of a document ajv cannot walk: `cycle`, or `depth` beyond `maxDepth`. */
  maxDepth?: number;
  /** `type` from a schema keyword no specific check covers (a future schema edit). */
  keyword?: string;
}

export interface GrammarOptions {
  /**
   * Length limit to check with `policyTextLength`. Defaults: trust 4,096, identity 6,144
   * (a managed policy), resource none (it depends on the service). `null` turns the check off,
   * e.g. for an inline role policy, whose limit (10,240) applies to all inline policies of the
   * role together and is checked by the caller.
   */
  maxLength?: number | null;
}

/** Managed policy document (AWS::IAM::ManagedPolicy), whitespace not counted. https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html */
export const MANAGED_POLICY_MAX_LENGTH = 6144;
/** All inline policies of one role together, whitespace not counted. */
export const ROLE_INLINE_POLICIES_MAX_LENGTH = 10240;
/**
 * Role trust policy. The default quota is 2,048 but it can be raised, so only the maximum a
 * quota increase allows is a definite error (4,096 per the quota page as read in 2023).
 */
export const TRUST_POLICY_MAX_LENGTH = 4096;

const DEFAULT_MAX_LENGTH: Record<Kind, number | null> = {
  identity: MANAGED_POLICY_MAX_LENGTH,
  trust: TRUST_POLICY_MAX_LENGTH,
  resource: null,
};
/** Deeper than any real policy (about 12 with nested Fn::If); guards ajv's recursion against hostile input. */
const MAX_DEPTH = 64;

/** Compiled at build time from schemas/iam-policy.schema.json (build/validators.mjs). */
const VALIDATORS: Record<Kind, ValidateFunction> = {
  identity: identityPolicy,
  trust: trustPolicy,
  resource: resourcePolicy,
};

/**
 * Check `document` (plain data, possibly with CloudFormation intrinsics) against the IAM policy
 * grammar for a policy of `kind`. Returns one problem per real problem, in document order;
 * never throws on any input.
 */
export function checkPolicyGrammar(document: unknown, kind: Kind, options: GrammarOptions = {}): GrammarProblem[] {
  const shapeProblem = shapeOf(document, kind);
  if (shapeProblem !== undefined) return [shapeProblem];

  const validate = VALIDATORS[kind];
  validate(document);
  const problems: Draft[] = fromAjvErrors(validate.errors ?? [], document, kind);
  problems.push(...duplicateSids(document, kind));

  const limit = options.maxLength === undefined ? DEFAULT_MAX_LENGTH[kind] : options.maxLength;
  if (limit !== null && !plainlyWithin(document, limit)) {
    const size = measure(document);
    if (size !== undefined && size.length > limit) {
      problems.push({
        pointer: '',
        which: 'value',
        code: 'size',
        variant: String(limit),
        facts: { kind, length: size.length, exact: size.exact, limit, limitGiven: options.maxLength !== undefined },
      });
    }
  }
  // Document order is only needed to sort several problems: most policies have none.
  const sorted = problems.length > 1 ? sortByDocumentOrder(problems, documentOrder(document)) : problems;
  return sorted.map(({ pointer, which, facts, code, variant }) => ({
    pointer,
    which,
    facts,
    code,
    ...(variant !== undefined ? { variant } : {}),
  }));
}

/**
 * Length of the policy as IAM counts it: the JSON text without whitespace outside strings.
 * Intrinsic functions count as zero characters, an element a `Fn::If` may drop as absent and a
 * `Fn::If` as its shorter branch, so for a template the result is a lower bound. `undefined`
 * when `document` is not JSON data (cyclic, too deep, or holding functions, symbols, bigints).
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html
 */
export function policyTextLength(document: unknown): number | undefined {
  return measure(document)?.length;
}

// ---------------------------------------------------------------------------------------------
// ajv errors → problems

/** Where in the grammar a pointer lands, found by walking the document along it. */
interface Place {
  role: GrammarPlace;
  /** The top-level or statement element (`Statement`, `Action`, `Principal`, `Condition`, …). */
  element?: string;
  principalType?: string;
  operator?: string;
  conditionKey?: string;
  /** The node is one entry of a list written for that element. */
  listItem: boolean;
}

function placeOf(document: unknown, pointer: Pointer): Place {
  const tokens = splitPointer(pointer);
  let place: Place = settle({ role: 'policy', listItem: false }, document);
  let node: unknown = document;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    // A Fn::If stands where its branches stand: `/Statement/2/Fn::If/1` is a statement.
    if (token === 'Fn::If' && fnIfShape(node) !== undefined) {
      const branch = tokens[i + 1];
      if (branch !== '1' && branch !== '2') return { role: 'other', listItem: false };
      node = fnIfShape(node)!.branches[Number(branch) - 1];
      place = settle(place, node);
      i++;
      continue;
    }
    const child = childOf(node, token);
    if (Array.isArray(node)) {
      place =
        place.role === 'element' && place.element === 'Statement'
          ? { role: 'statement', listItem: true }
          : { ...place, listItem: true };
    } else {
      switch (place.role) {
        case 'policy':
          place = { role: 'element', element: token, listItem: false };
          break;
        case 'statement':
          place = { role: 'element', element: token, listItem: false };
          break;
        case 'element':
          if (place.element === 'Principal' || place.element === 'NotPrincipal') {
            place = { role: 'principalType', element: place.element, principalType: token, listItem: false };
          } else if (place.element === 'Condition') {
            place = { role: 'conditionOperator', element: 'Condition', operator: token, listItem: false };
          } else {
            place = { role: 'other', listItem: false };
          }
          break;
        case 'conditionOperator':
          place = { ...place, role: 'conditionValue', conditionKey: token, listItem: false };
          break;
        default:
          place = { role: 'other', listItem: false };
      }
    }
    node = child;
    place = settle(place, node);
  }
  return place;
}

/** `"Statement": {…}` is the statement itself, not a list. */
function settle(place: Place, node: unknown): Place {
  if (
    place.role === 'element' &&
    place.element === 'Statement' &&
    !place.listItem &&
    isPlainObject(node) &&
    !isIntrinsicShape(node)
  ) {
    return { role: 'statement', listItem: false };
  }
  return place;
}

function hasOwn(node: unknown, key: string): boolean {
  return isPlainObject(node) && Object.prototype.hasOwnProperty.call(node, key);
}

function childOf(node: unknown, token: string): unknown {
  if (Array.isArray(node)) return node[Number(token)];
  if (isPlainObject(node) && Object.prototype.hasOwnProperty.call(node, token)) return node[token];
  return undefined;
}

/** Keywords that only say "a branch below failed": the errors of that branch say what. */
const CASCADE_KEYWORDS = new Set(['if', 'anyOf', 'oneOf', 'allOf', 'not', 'propertyNames', '$ref']);

/** A problem plus what links it to others, for the clean-up passes. */
interface Draft extends GrammarProblem {
  /** The object holding the unknown key or missing element. */
  parent?: Pointer;
  /** Unknown key: the grammar key it most likely misspells. */
  suggestion?: string | undefined;
  /** Missing element: the names that would satisfy it (`NotAction` and `Action`). */
  missing?: string[];
}

function fromAjvErrors(errors: readonly ErrorObject[], document: unknown, kind: Kind): Draft[] {
  const problems: Draft[] = [];
  for (const error of errors) {
    if (CASCADE_KEYWORDS.has(error.keyword)) {
      // Only report a combinator when nothing more specific was reported at or below it
      // (the schema avoids anyOf/oneOf, but a future edit must not turn into silence or noise).
      if (error.keyword === 'if' || error.keyword === 'propertyNames' || hasErrorBelow(errors, error)) continue;
    }
    const problem = toProblem(error, document, kind);
    if (problem !== undefined) problems.push(problem);
  }
  return suppressConsequences(dedupe(problems));
}

function hasErrorBelow(errors: readonly ErrorObject[], parent: ErrorObject): boolean {
  return errors.some(
    (e) =>
      e !== parent &&
      !CASCADE_KEYWORDS.has(e.keyword) &&
      (e.instancePath === parent.instancePath || e.instancePath.startsWith(parent.instancePath + '/')),
  );
}

function toProblem(error: ErrorObject, document: unknown, kind: Kind): Draft | undefined {
  const pointer = normalisePointer(error.instancePath);
  const data: unknown = error.data;
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String((error.params as { additionalProperty: string }).additionalProperty);
      const allowed = Object.keys(propertiesOf(error.parentSchema)).filter((name) => !hasOwn(data, name));
      const suggestion = suggest(key, allowed);
      return {
        pointer: joinPointer(pointer, key),
        which: 'key',
        code: 'unknown-key',
        facts: {
          kind,
          ...placeFacts(placeOf(document, pointer)),
          key,
          ...(suggestion !== undefined ? { suggestion } : {}),
        },
        parent: pointer,
        suggestion,
      };
    }
    case 'false schema':
      return prohibitedKey(pointer, kind);
    case 'required':
      return missingElement(pointer, String((error.params as { missingProperty: string }).missingProperty), kind);
    case 'enum': {
      const place = placeOf(document, pointer);
      if (place.element === 'Effect') {
        return { pointer, which: 'value', code: 'effect', facts: { kind, found: data } };
      }
      if (place.element === 'Version') {
        return { pointer, which: 'value', code: 'version', facts: { kind, found: data } };
      }
      return generic(pointer, error, kind);
    }
    case 'const': {
      const place = placeOf(document, pointer);
      if (place.role === 'element' && (place.element === 'Principal' || place.element === 'NotPrincipal')) {
        return {
          pointer,
          which: 'value',
          code: 'principal',
          facts: { kind, element: place.element, found: data },
        };
      }
      return generic(pointer, error, kind);
    }
    case 'pattern': {
      if (error.propertyName !== undefined) {
        return conditionOperatorProblem(joinPointer(pointer, error.propertyName), error.propertyName, kind);
      }
      const place = placeOf(document, pointer);
      if (place.element === 'Sid') {
        return {
          pointer,
          which: 'value',
          code: 'sid-format',
          facts: { kind, found: data },
        };
      }
      return generic(pointer, error, kind);
    }
    case 'type':
      return typeProblem(pointer, placeOf(document, pointer), data, kind);
    default:
      return generic(pointer, error, kind);
  }
}

/** ajv escapes instance paths as JSON pointers already; re-join to get our canonical escaping. */
function normalisePointer(instancePath: string): Pointer {
  return joinPointer('', ...splitPointer(instancePath));
}

function propertiesOf(schema: unknown): Record<string, unknown> {
  if (isPlainObject(schema) && isPlainObject(schema['properties'])) return schema['properties'];
  return {};
}

/** A place as facts (no `role: 'other'` details: nothing names it). */
function placeFacts(
  place: Place,
): Pick<GrammarFacts, 'place' | 'listItem' | 'element' | 'principalType' | 'operator' | 'conditionKey'> {
  return {
    place: place.role,
    listItem: place.listItem,
    ...(place.element !== undefined ? { element: place.element } : {}),
    ...(place.principalType !== undefined ? { principalType: place.principalType } : {}),
    ...(place.operator !== undefined ? { operator: place.operator } : {}),
    ...(place.conditionKey !== undefined ? { conditionKey: place.conditionKey } : {}),
  };
}

const COUNTERPART: Record<string, string> = {
  NotAction: 'Action',
  NotPrincipal: 'Principal',
  NotResource: 'Resource',
};

function prohibitedKey(pointer: Pointer, kind: Kind): GrammarProblem {
  const key = splitPointer(pointer).at(-1) ?? '';
  if (kind === 'identity' && (key === 'Principal' || key === 'NotPrincipal')) {
    return {
      pointer,
      which: 'key',
      code: 'principal-in-identity',
      facts: { kind, key },
    };
  }
  if (kind === 'trust' && (key === 'Resource' || key === 'NotResource')) {
    return {
      pointer,
      which: 'key',
      code: 'resource-in-trust',
      facts: { kind, key },
    };
  }
  const counterpart = COUNTERPART[key];
  if (counterpart !== undefined) {
    return { pointer, which: 'key', code: 'exclusive-elements', facts: { kind, key, counterpart } };
  }
  // No place: the schema forbids a key no other check names (a future schema edit).
  return { pointer, which: 'key', code: 'unknown-key', facts: { kind, key } };
}

function missingElement(pointer: Pointer, missing: string, kind: Kind): Draft {
  const counterpart = COUNTERPART[missing];
  return {
    pointer,
    which: 'value',
    code: 'missing-element',
    variant: missing,
    facts: { kind, missing, ...(counterpart !== undefined ? { counterpart } : {}) },
    parent: pointer,
    missing: [missing, counterpart ?? missing],
  };
}

function typeProblem(pointer: Pointer, place: Place, data: unknown, kind: Kind): GrammarProblem {
  const code: GrammarProblemCode = place.role === 'conditionValue' ? 'condition-value' : 'type';
  return { pointer, which: 'value', code, facts: { kind, ...placeFacts(place), found: data } };
}

function generic(pointer: Pointer, error: ErrorObject, kind: Kind): GrammarProblem {
  return { pointer, which: 'value', code: 'type', variant: error.keyword, facts: { kind, keyword: error.keyword } };
}

/** Several ajv errors can describe the same problem (a `type` error from two schemas that both apply): keep the first. */
function dedupe(problems: Draft[]): Draft[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    // The node at the pointer is the same for both: its value is left out of the comparison.
    const id = `${p.which}\u0000${p.code}\u0000${p.pointer}\u0000${p.variant ?? ''}\u0000${JSON.stringify({ ...p.facts, found: undefined })}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/**
 * Report the cause, not its consequences: a key that must go (prohibited, or excluded by its
 * counterpart) takes its value's problems with it, and a misspelt key (`Resources`) takes the
 * "missing `Resource`" it causes.
 */
function suppressConsequences(problems: Draft[]): Draft[] {
  const gone = problems
    .filter(
      (p) =>
        p.which === 'key' &&
        (p.code === 'principal-in-identity' || p.code === 'resource-in-trust' || p.code === 'exclusive-elements'),
    )
    .map((p) => p.pointer);
  const misspelt = problems.filter((p) => p.code === 'unknown-key' && p.suggestion !== undefined);
  return problems.filter((p) => {
    if (gone.some((g) => (p.which === 'value' && p.pointer === g) || p.pointer.startsWith(g + '/'))) return false;
    if (
      p.code === 'missing-element' &&
      misspelt.some((m) => m.parent === p.parent && p.missing?.includes(m.suggestion!))
    )
      return false;
    return true;
  });
}

// ---------------------------------------------------------------------------------------------
// Condition operators
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html

/** Every operator name, only to suggest a correction; what is valid is decided by the schema's pattern (which a test holds to the table). */
let operatorNames: readonly string[] | undefined;

function knownOperators(): readonly string[] {
  operatorNames ??= allOperatorNames();
  return operatorNames;
}

function conditionOperatorProblem(pointer: Pointer, operator: string, kind: Kind): GrammarProblem {
  // `NullIfExists` (bare or with a set prefix) is an operator that exists but takes no `IfExists`.
  const parsed = parseOperator(operator);
  const prefixOk = parsed.set !== undefined || !operator.includes(':');
  if (prefixOk && parsed.ifExists && conditionOperator(parsed.base)?.ifExists === false) {
    return { pointer, which: 'key', code: 'condition-operator', facts: { kind, operator, nullIfExists: true } };
  }
  const suggestion = suggest(operator, knownOperators());
  return {
    pointer,
    which: 'key',
    code: 'condition-operator',
    facts: { kind, operator, ...(suggestion !== undefined ? { suggestion } : {}) },
  };
}

// ---------------------------------------------------------------------------------------------
// Duplicate Sids
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_sid.html:
// "In IAM, the Sid value must be unique within a JSON policy."

interface StatementAt {
  statement: Record<string, unknown>;
  pointer: Pointer;
  /** The Fn::If branches (by Fn::If pointer, and by condition name) this statement depends on. */
  choices: Array<{ at: Pointer; condition: string | undefined; branch: number }>;
}

/** Every statement object of the document, through any Fn::If that replaces the policy, the list or a statement. */
function statementsOf(document: unknown): StatementAt[] {
  const out: StatementAt[] = [];
  type Choices = StatementAt['choices'];
  const branches = (
    value: unknown,
    pointer: Pointer,
    choices: Choices,
    next: (v: unknown, p: Pointer, c: Choices) => void,
  ): boolean => {
    const fnIf = fnIfShape(value);
    if (fnIf === undefined) return false;
    fnIf.branches.forEach((branch, i) => {
      if (!isNoValue(branch))
        next(branch, joinPointer(pointer, 'Fn::If', i + 1), [
          ...choices,
          { at: pointer, condition: fnIf.condition, branch: i },
        ]);
    });
    return true;
  };
  const statement = (value: unknown, pointer: Pointer, choices: Choices): void => {
    if (branches(value, pointer, choices, statement) || isIntrinsicShape(value)) return;
    if (isPlainObject(value)) out.push({ statement: value, pointer, choices });
  };
  const list = (value: unknown, pointer: Pointer, choices: Choices): void => {
    if (branches(value, pointer, choices, list) || isIntrinsicShape(value)) return;
    if (Array.isArray(value)) value.forEach((item, i) => statement(item, joinPointer(pointer, i), choices));
    else statement(value, pointer, choices);
  };
  const policy = (value: unknown, pointer: Pointer, choices: Choices): void => {
    if (branches(value, pointer, choices, policy) || isIntrinsicShape(value)) return;
    if (isPlainObject(value) && Object.prototype.hasOwnProperty.call(value, 'Statement'))
      list(value['Statement'], joinPointer(pointer, 'Statement'), choices);
  };
  policy(document, '', []);
  return out;
}

/** Two statements exclude each other when they sit in different branches of one Fn::If, or of Fn::Ifs on the same condition. */
function exclusive(a: StatementAt, b: StatementAt): boolean {
  return a.choices.some((x) =>
    b.choices.some(
      (y) => x.branch !== y.branch && (x.at === y.at || (x.condition !== undefined && x.condition === y.condition)),
    ),
  );
}

function duplicateSids(document: unknown, kind: Kind): GrammarProblem[] {
  const problems: GrammarProblem[] = [];
  const seen: StatementAt[] = [];
  for (const at of statementsOf(document)) {
    if (!Object.prototype.hasOwnProperty.call(at.statement, 'Sid')) continue;
    const sid = at.statement['Sid'];
    if (typeof sid !== 'string' || sid === '') continue;
    const first = seen.find((other) => other.statement['Sid'] === sid && !exclusive(other, at));
    if (first !== undefined) {
      problems.push({
        pointer: joinPointer(at.pointer, 'Sid'),
        which: 'value',
        code: 'duplicate-sid',
        facts: { kind, sid, firstPointer: first.pointer },
      });
    }
    seen.push(at);
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Size

interface Size {
  length: number;
  /** False when intrinsics made some of the text unknown (`length` is then a lower bound). */
  exact: boolean;
}

class NotJson extends Error {}

/**
 * Is the document surely within `limit` characters? Its JSON text bounds what `measure` counts
 * (which counts an intrinsic as nothing and an `Fn::If` as its shorter branch), and nearly every
 * policy is far below its limit: `JSON.stringify` answers that at native speed.
 */
function plainlyWithin(document: unknown, limit: number): boolean {
  try {
    const text = JSON.stringify(document);
    return text !== undefined && text.length <= limit;
  } catch {
    return false; // not plain data: measure says what it can
  }
}

function measure(document: unknown): Size | undefined {
  let exact = true;
  /** Length of `value` as minified JSON; `null` when the value may be absent altogether. */
  const length = (value: unknown, depth: number): number | null => {
    if (depth > MAX_DEPTH) throw new NotJson();
    if (isNoValue(value)) {
      exact = false;
      return null;
    }
    const fnIf = fnIfShape(value);
    if (fnIf !== undefined) {
      exact = false;
      const [a, b] = fnIf.branches.map((branch) => length(branch, depth + 1));
      return a === null || b === null || a === undefined || b === undefined ? null : Math.min(a, b);
    }
    if (intrinsicKey(value) !== undefined) {
      exact = false;
      return 0;
    }
    switch (typeof value) {
      case 'string':
      case 'boolean':
        return JSON.stringify(value).length;
      case 'number':
        return (Number.isFinite(value) ? JSON.stringify(value) : 'null').length;
      case 'object': {
        if (value === null) return 4;
        const parts: number[] = [];
        if (Array.isArray(value)) {
          for (const item of value) {
            const n = length(item, depth + 1);
            if (n !== null) parts.push(n);
          }
        } else {
          for (const [key, item] of Object.entries(value)) {
            const n = length(item, depth + 1);
            if (n !== null) parts.push(JSON.stringify(key).length + 1 + n);
          }
        }
        return 2 + parts.reduce((sum, n) => sum + n, 0) + Math.max(0, parts.length - 1);
      }
      default:
        throw new NotJson();
    }
  };
  try {
    return { length: length(document, 0) ?? 0, exact };
  } catch (error) {
    if (error instanceof NotJson || error instanceof RangeError) return undefined;
    throw error;
  }
}

// ---------------------------------------------------------------------------------------------
// Document order, and a guard against documents ajv cannot walk

/**
 * Reject cyclic or absurdly deep data, which YAML aliases can produce and which would make ajv
 * recurse without end. Walks by tokens: a pointer is written only for the problem.
 */
function shapeOf(document: unknown, kind: Kind): GrammarProblem | undefined {
  const ancestors = new Set<object>();
  const path: Array<string | number> = [];
  const visit = (value: unknown, depth: number): GrammarProblem | undefined => {
    if (typeof value !== 'object' || value === null) return undefined;
    if (ancestors.has(value) || depth > MAX_DEPTH) {
      return {
        pointer: joinPointer('', ...path),
        which: 'value',
        code: 'type',
        variant: ancestors.has(value) ? 'cycle' : 'depth',
        facts: ancestors.has(value) ? { kind } : { kind, maxDepth: MAX_DEPTH },
      };
    }
    ancestors.add(value);
    const child = (token: string | number, item: unknown): GrammarProblem | undefined => {
      path.push(token);
      const problem = visit(item, depth + 1);
      path.pop();
      return problem;
    };
    let problem: GrammarProblem | undefined;
    if (Array.isArray(value)) value.every((item, i) => (problem = child(i, item)) === undefined);
    else Object.entries(value).every(([key, item]) => (problem = child(key, item)) === undefined);
    ancestors.delete(value);
    return problem;
  };
  return visit(document, 0);
}

/** Every node's number in pre-order (problems are sorted by it), for a document shapeOf accepted. */
function documentOrder(document: unknown): Map<Pointer, number> {
  const order = new Map<Pointer, number>();
  const visit = (value: unknown, pointer: Pointer): void => {
    order.set(pointer, order.size);
    if (typeof value !== 'object' || value === null) return;
    if (Array.isArray(value)) value.forEach((item, i) => visit(item, joinPointer(pointer, i)));
    else for (const [key, item] of Object.entries(value)) visit(item, joinPointer(pointer, key));
  };
  visit(document, '');
  return order;
}

/** Grammar order, for several elements missing from one statement. */
const ELEMENT_ORDER = ['Statement', 'Sid', 'Effect', 'Principal', 'Action', 'Resource', 'Condition'];

function sortByDocumentOrder(problems: Draft[], order: Map<Pointer, number>): Draft[] {
  const rank = (pointer: Pointer): number => {
    let p = pointer;
    // A pointer to something missing ranks with its nearest existing ancestor.
    while (!order.has(p) && p !== '') p = p.slice(0, p.lastIndexOf('/'));
    return order.get(p) ?? 0;
  };
  const elementRank = (problem: Draft): number =>
    problem.missing === undefined ? -1 : ELEMENT_ORDER.indexOf(problem.missing[1] ?? '');
  return problems
    .map((problem, index) => ({ problem, index, rank: rank(problem.pointer) }))
    .sort(
      (a, b) =>
        a.rank - b.rank ||
        (a.problem.which === b.problem.which ? 0 : a.problem.which === 'key' ? -1 : 1) ||
        elementRank(a.problem) - elementRank(b.problem) ||
        a.index - b.index,
    )
    .map((entry) => entry.problem);
}

// ---------------------------------------------------------------------------------------------
// Suggestions

/** The candidate `word` most likely meant: same letters in another case, or at most two edits away. */
function suggest(word: string, candidates: readonly string[]): string | undefined {
  const lower = word.toLowerCase();
  const sameCase = candidates.find((c) => c.toLowerCase() === lower);
  if (sameCase !== undefined) return sameCase;
  // Fewer than a third of the word's letters, and never more than two, may differ.
  const limit = Math.min(2, Math.ceil(word.length / 3) - 1);
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    const d = boundedEditDistance(lower, candidate.toLowerCase(), limit);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}
