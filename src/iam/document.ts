/**
 * Every policy source — a role's trust policy, inline policies, `AWS::IAM::Policy`,
 * `AWS::IAM::ManagedPolicy`, bucket policies, raw IAM JSON — is normalised once into the
 * same `PolicyDocument` / `Statement` shape: single values become lists, intrinsic functions
 * become `Resolved` values, `Fn::If` around whole statements or blocks becomes one statement
 * per branch, and every element keeps the pointer it came from.
 */
import type { Pointer } from '../parsers/types.js';
import { joinPointer } from '../parsers/types.js';
import { ABSENT, known, unknown, type Resolved } from '../values/resolved.js';
import { intrinsicName } from './intrinsic-shape.js';
import { childRef, type SourceRef } from '../parsers/source.js';
import { isPlainObject, own } from '../core/objects.js';
import { parseOperator, type ParsedOperator } from './condition-operators.js';

export type { ParsedOperator };

export type PolicyKind = 'trust' | 'identity' | 'resource';

/** A value of a policy element with the node it came from. */
export interface ValueAt {
  readonly value: Resolved;
  readonly source: SourceRef;
}

/** `Action`, `NotAction`, `Resource`, `NotResource`: the element node and its values. */
export interface ElementValues {
  readonly source: SourceRef;
  readonly values: readonly ValueAt[];
}

export interface PrincipalEntry {
  /** `AWS`, `Federated`, `Service`, `CanonicalUser`, or `*` for the bare wildcard principal. */
  readonly type: string;
  readonly value: ValueAt;
}

export interface PrincipalSpec {
  readonly source: SourceRef;
  readonly entries: readonly PrincipalEntry[];
}

export interface ConditionEntry {
  readonly operator: ParsedOperator;
  /** The condition key as written (key names are case-insensitive; compare with `keyLower`). */
  readonly key: string;
  readonly keyLower: string;
  readonly values: readonly ValueAt[];
  /** The `<key>: value` node. */
  readonly source: SourceRef;
  /** The `<operator>: {…}` node. */
  readonly operatorSource: SourceRef;
}

export interface Statement {
  readonly document: PolicyDocument;
  readonly source: SourceRef;
  readonly sid: string | undefined;
  /** `undefined` when absent, invalid or not statically known. */
  readonly effect: 'Allow' | 'Deny' | undefined;
  readonly principal: PrincipalSpec | undefined;
  readonly notPrincipal: PrincipalSpec | undefined;
  readonly action: ElementValues | undefined;
  readonly notAction: ElementValues | undefined;
  readonly resource: ElementValues | undefined;
  readonly notResource: ElementValues | undefined;
  readonly conditions: readonly ConditionEntry[];
  /** The `Condition` node, when present. */
  readonly conditionSource: SourceRef | undefined;
}

export interface PolicyDocument {
  readonly kind: PolicyKind;
  /** The document object (e.g. `/Resources/AuthRole/Properties/AssumeRolePolicyDocument`). */
  readonly source: SourceRef;
  /** The document as written (may contain intrinsic functions). */
  readonly raw: unknown;
  /** A name for messages: `AuthRole trust policy`, `UserFilesPolicy`, inline policy name. */
  readonly name: string;
  readonly version: Resolved;
  readonly statements: readonly Statement[];
  /**
   * The node as written, when the document was read from JSON text (a literal string, `Fn::Sub`,
   * `Fn::Join`): `raw` is then the parsed text. CloudFormation-escape checks read the intrinsic here.
   */
  readonly asWritten?: { readonly value: unknown; readonly source: SourceRef };
}

/** Evaluates a value found at a pointer of the document (intrinsics for templates, plain values for raw JSON). */
export type ValueResolver = (value: unknown, pointer: Pointer) => Resolved;

/** The resolver for raw JSON: nothing to evaluate. */
export const plainResolver: ValueResolver = (value) => plainValue(value);

function plainValue(value: unknown): Resolved {
  if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return known(value);
  if (Array.isArray(value)) return { kind: 'list', items: value.map(plainValue) };
  return unknown('an object where a value was expected');
}

/**
 * The alternatives a structural node may take: `Fn::If` in place of a statement, a block or a
 * list expands into its branches (`Ref AWS::NoValue` branches are dropped).
 */
export function structuralAlternatives(
  value: unknown,
  pointer: Pointer,
  depth = 0,
): Array<{ value: unknown; pointer: Pointer }> {
  if (depth > 16) return [];
  if (intrinsicName(value) === 'Fn::If' && isPlainObject(value)) {
    const arg = own(value, 'Fn::If');
    if (!Array.isArray(arg) || arg.length !== 3) return [];
    const out: Array<{ value: unknown; pointer: Pointer }> = [];
    for (const branch of [1, 2]) {
      const branchValue = arg[branch];
      if (isPlainObject(branchValue) && own(branchValue, 'Ref') === 'AWS::NoValue') continue;
      out.push(...structuralAlternatives(branchValue, joinPointer(pointer, 'Fn::If', branch), depth + 1));
    }
    return out;
  }
  return [{ value, pointer }];
}

export interface NormaliseOptions {
  kind: PolicyKind;
  name: string;
  source: SourceRef;
  resolve: ValueResolver;
  asWritten?: PolicyDocument['asWritten'];
}

/** Normalise a policy document node. Malformed parts are skipped (policy/invalid reports them). */
export function normalisePolicy(raw: unknown, options: NormaliseOptions): PolicyDocument {
  const alternatives = structuralAlternatives(raw, options.source.pointer);
  // The version is read first, so that the document is complete when its statements link back to it.
  let version: Resolved = ABSENT;
  for (const alternative of alternatives) {
    if (isPlainObject(alternative.value) && Object.prototype.hasOwnProperty.call(alternative.value, 'Version')) {
      version = options.resolve(own(alternative.value, 'Version'), joinPointer(alternative.pointer, 'Version'));
    }
  }
  const statements: Statement[] = [];
  const document: PolicyDocument = {
    kind: options.kind,
    source: options.source,
    raw,
    name: options.name,
    version,
    statements,
    ...(options.asWritten ? { asWritten: options.asWritten } : {}),
  };
  for (const alternative of alternatives) {
    if (!isPlainObject(alternative.value)) continue;
    const docRef: SourceRef = { doc: options.source.doc, pointer: alternative.pointer };
    const statementNode = own(alternative.value, 'Statement');
    for (const list of structuralAlternatives(statementNode, joinPointer(alternative.pointer, 'Statement'))) {
      const items = Array.isArray(list.value)
        ? list.value.map((value, index) => ({ value, pointer: joinPointer(list.pointer, index) }))
        : [list];
      for (const item of items) {
        for (const statement of structuralAlternatives(item.value, item.pointer)) {
          if (!isPlainObject(statement.value)) continue;
          statements.push(
            normaliseStatement(document, statement.value, childRefAt(docRef, statement.pointer), options.resolve),
          );
        }
      }
    }
  }
  return document;
}

function childRefAt(ref: SourceRef, pointer: Pointer): SourceRef {
  return { doc: ref.doc, pointer };
}

function normaliseStatement(
  document: PolicyDocument,
  node: Record<string, unknown>,
  source: SourceRef,
  resolve: ValueResolver,
): Statement {
  const effectValue = own(node, 'Effect');
  const sid = own(node, 'Sid');
  const conditionNode = own(node, 'Condition');
  const conditions: ConditionEntry[] = [];
  let conditionSource: SourceRef | undefined;
  if (conditionNode !== undefined) {
    conditionSource = childRef(source, 'Condition');
    for (const block of structuralAlternatives(conditionNode, conditionSource.pointer)) {
      if (!isPlainObject(block.value)) continue;
      for (const [operator, keys] of Object.entries(block.value)) {
        const operatorSource: SourceRef = { doc: source.doc, pointer: joinPointer(block.pointer, operator) };
        for (const keysAlt of structuralAlternatives(keys, operatorSource.pointer)) {
          if (!isPlainObject(keysAlt.value)) continue;
          for (const [key, value] of Object.entries(keysAlt.value)) {
            const keySource: SourceRef = { doc: source.doc, pointer: joinPointer(keysAlt.pointer, key) };
            conditions.push({
              operator: parseOperator(operator),
              key,
              keyLower: key.toLowerCase(),
              values: elementValues(value, keySource, resolve),
              source: keySource,
              operatorSource,
            });
          }
        }
      }
    }
  }
  return {
    document,
    source,
    sid: typeof sid === 'string' ? sid : undefined,
    effect: effectValue === 'Allow' || effectValue === 'Deny' ? effectValue : undefined,
    principal: principalSpec(own(node, 'Principal'), childRef(source, 'Principal'), resolve),
    notPrincipal: principalSpec(own(node, 'NotPrincipal'), childRef(source, 'NotPrincipal'), resolve),
    action: element(node, 'Action', source, resolve),
    notAction: element(node, 'NotAction', source, resolve),
    resource: element(node, 'Resource', source, resolve),
    notResource: element(node, 'NotResource', source, resolve),
    conditions,
    conditionSource,
  };
}

function element(
  node: Record<string, unknown>,
  key: string,
  statement: SourceRef,
  resolve: ValueResolver,
): ElementValues | undefined {
  if (!Object.prototype.hasOwnProperty.call(node, key)) return undefined;
  const source = childRef(statement, key);
  return { source, values: elementValues(node[key], source, resolve) };
}

/** The values of an element that may be a single value, a list, or an intrinsic producing either. */
function elementValues(value: unknown, source: SourceRef, resolve: ValueResolver): ValueAt[] {
  if (Array.isArray(value)) {
    return value.flatMap((item, index) => elementValues(item, childRef(source, index), resolve));
  }
  const resolved = resolve(value, source.pointer);
  if (resolved.kind === 'list') return resolved.items.map((item) => ({ value: item, source }));
  if (resolved.kind === 'absent') return [];
  return [{ value: resolved, source }];
}

function principalSpec(value: unknown, source: SourceRef, resolve: ValueResolver): PrincipalSpec | undefined {
  if (value === undefined) return undefined;
  const entries: PrincipalEntry[] = [];
  for (const alt of structuralAlternatives(value, source.pointer)) {
    const altSource: SourceRef = { doc: source.doc, pointer: alt.pointer };
    if (isPlainObject(alt.value) && intrinsicName(alt.value) === undefined) {
      for (const [type, principals] of Object.entries(alt.value)) {
        for (const v of elementValues(principals, childRef(altSource, type), resolve)) entries.push({ type, value: v });
      }
    } else {
      // `"Principal": "*"` (or an intrinsic producing it): everyone.
      for (const v of elementValues(alt.value, altSource, resolve)) entries.push({ type: '*', value: v });
    }
  }
  return { source, entries };
}
