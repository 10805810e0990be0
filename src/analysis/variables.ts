/**
 * IAM policy variables: `${aws:username}`, `${cognito-identity.amazonaws.com:sub}`,
 * `${aws:PrincipalTag/team, 'none'}`. Where they are written, which names IAM substitutes and
 * where it never does, and how they survive CloudFormation (`Fn::Sub` turns `${!x}` into a
 * literal `${x}`; `Fn::Join` and plain strings do not interpolate).
 *
 * AWS rules (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html):
 * - variables need `"Version": "2012-10-17"`; without it (or with `2008-10-17`) they are literal text;
 * - a variable names a request-context key: global condition keys (including `aws:PrincipalTag/<key>`
 *   and `aws:RequestTag/<key>`), service keys, web-identity and SAML keys; `${*}`, `${?}` and `${$}`
 *   stand for the characters `*`, `?` and `$`; `${key, 'default'}` gives a default value;
 * - IAM substitutes them in `Resource` (only in the resource part, after the fifth colon of the ARN)
 *   and in condition values of string and ARN operators, never with numeric, date, Boolean, binary,
 *   IP-address or `Null` operators; nor in `Action`, `Principal`, `Sid` or condition keys.
 * CloudFormation: https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/intrinsic-function-reference-sub.html
 *
 * The policy/ rules' other shared helpers live here too: how messages name statements and
 * policies, and which documents the rules about grants (wildcards, privilege escalation) judge.
 */
import { findConditionKey } from '../iam/actions.js';
import { conditionOperator } from '../iam/condition-operators.js';
import type { Pointer } from '../parsers/types.js';
import { joinPointer } from '../parsers/types.js';
import { intrinsicName } from '../iam/intrinsic-shape.js';
import { alternatives, type Resolved } from '../values/resolved.js';
import { type SourceRef } from '../parsers/source.js';
import type { Role } from '../model/entities.js';
import type { IdentityModel } from '../model/model.js';
import type { PolicyDocument, Statement, ValueAt } from '../iam/document.js';
import { documentsOf, grantsOf, grantsOfDocument, type Grant, type PolicySourceName } from './grants.js';
import { isPlainObject, own } from '../core/objects.js';
import { memo } from '../core/memo.js';

/** One `${…}` written in a value. */
export interface PolicyVariable {
  /** As it appears in the policy: `${aws:userid, 'anonymous'}`. */
  readonly written: string;
  /** The context key (without its default value), or `*`, `?`, `$`; for `${!x}`, `!x`. */
  readonly key: string;
  /** The default value of `${key, 'default'}`. */
  readonly defaultValue: string | undefined;
  /** A default-value form IAM cannot read (`${aws:userid, anonymous}`). */
  readonly malformed: boolean;
  /**
   * What the author meant by it: an IAM variable (`${aws:username}`, `${*}`); a CloudFormation
   * reference that never went through `Fn::Sub` (`${AWS::AccountId}`, `${BucketName}`: IAM keys
   * always have a `prefix:`); a template preprocessor's variable, replaced before CloudFormation
   * sees the file (Serverless Framework `${self:…}`, `${opt:…}`, `${env:…}`, `${file(…)}`, …);
   * or `${!…}`, CloudFormation's escape, which only `Fn::Sub` removes (here it reached the policy unchanged).
   */
  readonly kind: 'iam' | 'cloudformation' | 'preprocessor' | 'escaped';
  /** The fixed text before the variable in its value, or undefined when an unknown part precedes it. */
  readonly before: string | undefined;
}

const SPECIAL = new Set(['*', '?', '$']);

/** The `${…}` spans of a text (a `'…'` default value may hold `}`). */
export function variableSpans(text: string): Array<{ start: number; end: number; inner: string }> {
  const spans: Array<{ start: number; end: number; inner: string }> = [];
  let i = 0;
  while (i < text.length) {
    const start = text.indexOf('${', i);
    if (start === -1) break;
    let j = start + 2;
    let quoted = false;
    while (j < text.length && (quoted || text[j] !== '}')) {
      if (text[j] === "'") quoted = !quoted;
      j++;
    }
    if (j >= text.length) break;
    spans.push({ start, end: j + 1, inner: text.slice(start + 2, j) });
    i = j + 1;
  }
  return spans;
}

/** Serverless Framework variable sources (https://www.serverless.com/framework/docs/guides/variables). */
const PREPROCESSOR = /^(?:(?:self|opt|env|sls|cf|param):|ssm:\/|file\()/i;

function parseVariable(inner: string, before: string | undefined): PolicyVariable {
  const written = '${' + inner + '}';
  if (inner.startsWith('!'))
    return { written, key: inner, defaultValue: undefined, malformed: false, kind: 'escaped', before };
  const comma = inner.indexOf(',');
  const key = comma === -1 || SPECIAL.has(inner) ? inner.trim() : inner.slice(0, comma).trim();
  const kind: PolicyVariable['kind'] = SPECIAL.has(key)
    ? 'iam'
    : PREPROCESSOR.test(key)
      ? 'preprocessor'
      : key.includes('::') || !key.includes(':')
        ? 'cloudformation'
        : 'iam';
  if (comma === -1 || SPECIAL.has(inner))
    return { written, key, defaultValue: undefined, malformed: false, kind, before };
  const quoted = /^'([^']*)'$/.exec(inner.slice(comma + 1).trim());
  return { written, key, defaultValue: quoted ? quoted[1] : undefined, malformed: !quoted, kind, before };
}

/**
 * The variables of a resolved value: in known text (plain strings, `Fn::Sub` output where `${!x}`
 * became `${x}`, `Fn::Join` pieces), in every alternative of `Fn::If` and in list items. A `${…}`
 * cut by a part that is not known (a `Ref` between `${` and `}`) cannot be read and is skipped.
 */
export function variablesIn(value: Resolved): PolicyVariable[] {
  const out: PolicyVariable[] = [];
  collect(value, '', out, 0);
  return out;
}

/** Collect the variables of `value`, which follows the fixed text `before` (undefined: not known). Returns the text after it, when known. */
function collect(
  value: Resolved,
  before: string | undefined,
  out: PolicyVariable[],
  depth: number,
): string | undefined {
  if (depth > 32) return undefined;
  switch (value.kind) {
    case 'known': {
      if (value.value === null) return before;
      const text = String(value.value);
      for (const span of variableSpans(text)) {
        out.push(parseVariable(span.inner, before === undefined ? undefined : before + text.slice(0, span.start)));
      }
      return before === undefined ? undefined : before + text;
    }
    case 'concat': {
      let current = before;
      for (const part of value.parts) current = collect(part, current, out, depth + 1);
      return current;
    }
    case 'anyOf': {
      const after = value.options.map((option) => collect(option, before, out, depth + 1));
      const first = after[0];
      return after.every((a) => a === first) ? first : undefined;
    }
    case 'list':
      for (const item of value.items) collect(item, '', out, depth + 1);
      return undefined;
    default:
      return undefined;
  }
}

/**
 * Does IAM substitute a variable naming this key? Global and service condition keys of the
 * Service Authorization Reference, web-identity keys (`<provider>:sub`, `aud`, `amr`, `id`,
 * `user_id`) for any provider host, SAML keys, and the special `*`, `?`, `$`. Case-insensitive.
 */
export function isSubstitutedKey(key: string): boolean {
  if (SPECIAL.has(key)) return true;
  if (findConditionKey(key)) return true;
  // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_iam-condition-keys.html#condition-keys-wif
  const colon = key.lastIndexOf(':');
  if (colon <= 0) return false;
  const provider = key.slice(0, colon);
  const name = key.slice(colon + 1).toLowerCase();
  return provider.includes('.') && !/\s/.test(provider) && WEB_IDENTITY_KEYS.has(name);
}

const WEB_IDENTITY_KEYS = new Set(['sub', 'aud', 'amr', 'id', 'user_id']);

/** The element a variable is written in. */
export type VariableElement =
  | 'Resource'
  | 'NotResource'
  | 'Condition'
  | 'condition key'
  | 'Action'
  | 'NotAction'
  | 'Principal'
  | 'NotPrincipal'
  | 'Sid';

/** A variable written in a statement, and whether IAM substitutes it where it stands. */
export interface VariableUse {
  readonly variable: PolicyVariable;
  readonly element: VariableElement;
  /** The condition operator, for variables in condition values and keys. */
  readonly operator: string | undefined;
  /** The value node the variable is written in. */
  readonly source: SourceRef;
  /**
   * Why IAM never substitutes a variable there, or undefined where it does (or where that cannot
   * be decided: an ARN whose first parts are not known).
   */
  readonly neverSubstituted: 'before-fifth-colon' | 'operator' | 'element' | undefined;
}

/** Every variable written in a statement, with where it stands. */
export function variableUses(statement: Statement): VariableUse[] {
  const uses: VariableUse[] = [];
  const add = (
    values: readonly ValueAt[],
    element: VariableElement,
    operator: string | undefined,
    judge: (v: PolicyVariable) => VariableUse['neverSubstituted'],
  ): void => {
    for (const value of values) {
      for (const variable of variablesIn(value.value)) {
        uses.push({ variable, element, operator, source: value.source, neverSubstituted: judge(variable) });
      }
    }
  };
  for (const element of ['Resource', 'NotResource'] as const) {
    const values = element === 'Resource' ? statement.resource : statement.notResource;
    // Only the resource part of an ARN (after the fifth colon) takes variables.
    // A value that is not an ARN at all (`*`, a malformed resource) is not judged here.
    add(values?.values ?? [], element, undefined, (v) =>
      v.before !== undefined && v.before.startsWith('arn:') && colons(v.before) < 5 ? 'before-fifth-colon' : undefined,
    );
  }
  for (const entry of statement.conditions) {
    // Only string and ARN operators take variables; an unknown operator is policy/invalid's concern.
    const takesVariables = conditionOperator(entry.operator.base)?.variables;
    add(entry.values, 'Condition', entry.operator.raw, () => (takesVariables === false ? 'operator' : undefined));
    for (const span of variableSpans(entry.key)) {
      uses.push({
        variable: parseVariable(span.inner, undefined),
        element: 'condition key',
        operator: entry.operator.raw,
        source: entry.source,
        neverSubstituted: 'element',
      });
    }
  }
  add(statement.action?.values ?? [], 'Action', undefined, () => 'element');
  add(statement.notAction?.values ?? [], 'NotAction', undefined, () => 'element');
  add(statement.principal?.entries.map((e) => e.value) ?? [], 'Principal', undefined, () => 'element');
  add(statement.notPrincipal?.entries.map((e) => e.value) ?? [], 'NotPrincipal', undefined, () => 'element');
  if (statement.sid !== undefined) {
    const source: SourceRef = { doc: statement.source.doc, pointer: joinPointer(statement.source.pointer, 'Sid') };
    for (const span of variableSpans(statement.sid)) {
      uses.push({
        variable: parseVariable(span.inner, undefined),
        element: 'Sid',
        operator: undefined,
        source,
        neverSubstituted: 'element',
      });
    }
  }
  return uses;
}

function colons(text: string): number {
  let n = 0;
  for (const c of text) if (c === ':') n++;
  return n;
}

/** How the document's `Version` reads for variables: `2012-10-17`, `missing`/`2008-10-17` (literal text), or undecidable. */
export function variableVersion(
  document: PolicyDocument,
): '2012-10-17' | '2008-10-17' | 'missing' | 'other' | 'unknown' {
  const options = alternatives(document.version).map((v): ReturnType<typeof variableVersion> => {
    if (v.kind === 'absent') return 'missing';
    if (v.kind === 'known')
      return v.value === '2012-10-17' ? '2012-10-17' : v.value === '2008-10-17' ? '2008-10-17' : 'other';
    return 'unknown';
  });
  const first = options[0] ?? 'unknown';
  return options.every((o) => o === first) ? first : 'unknown';
}

// ---------------------------------------------------------------------------------------------
// CloudFormation escapes, read from the document as written (with its intrinsic functions).

/** A `${…}` that CloudFormation mishandles in a policy as written. */
export interface SubEscapeProblem {
  /**
   * `unescaped-in-sub`: an IAM variable in an `Fn::Sub` template without `!` (CloudFormation
   * takes it for a reference and the deployment fails: "Unresolved resource dependencies").
   * `escape-outside-sub`: `${!…}` in a plain string or an `Fn::Join` piece, where nothing removes the `!`.
   */
  readonly kind: 'unescaped-in-sub' | 'escape-outside-sub';
  /** The `${…}` as written. */
  readonly written: string;
  /** The string node (the `Fn::Sub` template, or the plain string), in the document `at` names. */
  readonly pointer: Pointer;
  readonly at: SourceRef;
}

/**
 * CloudFormation-escape problems of a policy as written (`document.raw`). Only `Fn::Sub`'s
 * template string is interpolated; its variable map values, `Fn::Join` pieces and every other
 * string are taken literally. For a document read from JSON text, the parsed text still holds
 * every `${!…}` that nothing removed, and the `Fn::Sub` that built it is read as written.
 */
export function subEscapeProblems(document: PolicyDocument): SubEscapeProblem[] {
  const problems: Array<Omit<SubEscapeProblem, 'at'>> = [];
  walk(document.raw, document.source.pointer, problems, 0);
  const out: SubEscapeProblem[] = problems.map((p) => ({ ...p, at: { doc: document.source.doc, pointer: p.pointer } }));
  const written = document.asWritten;
  if (written) {
    const more: Array<Omit<SubEscapeProblem, 'at'>> = [];
    walk(written.value, written.source.pointer, more, 0);
    // Parts of the node that were not text (an object-form Fn::If branch) sit in `raw` too, at the same relative pointer.
    const seen = new Set(
      problems.map((p) => `${p.kind}\u0000${p.pointer.slice(document.source.pointer.length)}\u0000${p.written}`),
    );
    for (const p of more) {
      if (
        p.kind !== 'unescaped-in-sub' ||
        seen.has(`${p.kind}\u0000${p.pointer.slice(written.source.pointer.length)}\u0000${p.written}`)
      )
        continue;
      out.push({ ...p, at: { doc: written.source.doc, pointer: p.pointer } });
    }
  }
  return out;
}

type Problems = Array<Omit<SubEscapeProblem, 'at'>>;

function walk(node: unknown, pointer: Pointer, problems: Problems, depth: number): void {
  if (depth > 64) return;
  if (typeof node === 'string') {
    for (const span of variableSpans(node)) {
      if (span.inner.startsWith('!'))
        problems.push({ kind: 'escape-outside-sub', written: '${' + span.inner + '}', pointer });
    }
    return;
  }
  if (Array.isArray(node)) {
    node.forEach((item, i) => walk(item, joinPointer(pointer, i), problems, depth + 1));
    return;
  }
  if (!isPlainObject(node)) return;
  if (intrinsicName(node) === 'Fn::Sub') {
    const arg = own(node, 'Fn::Sub');
    const at = joinPointer(pointer, 'Fn::Sub');
    if (typeof arg === 'string') {
      subTemplate(arg, {}, at, problems);
    } else if (Array.isArray(arg)) {
      const map = isPlainObject(arg[1]) ? arg[1] : {};
      if (typeof arg[0] === 'string') subTemplate(arg[0], map, joinPointer(at, 0), problems);
      else walk(arg[0], joinPointer(at, 0), problems, depth + 1);
      if (arg.length > 1) walk(arg[1], joinPointer(at, 1), problems, depth + 1);
    }
    return;
  }
  for (const [key, value] of Object.entries(node)) walk(value, joinPointer(pointer, key), problems, depth + 1);
}

/**
 * In an `Fn::Sub` template, `${name}` is a CloudFormation reference unless written `${!name}`.
 * A name with a single colon (`aws:username`, `cognito-identity.amazonaws.com:sub`) can be no
 * parameter, resource or pseudo parameter (`AWS::Region`), so it is an IAM variable missing its `!`.
 */
function subTemplate(template: string, map: Record<string, unknown>, pointer: Pointer, problems: Problems): void {
  let i = 0;
  while (i < template.length) {
    const start = template.indexOf('${', i);
    if (start === -1) break;
    const end = template.indexOf('}', start + 2);
    if (end === -1) break;
    const name = template.slice(start + 2, end);
    i = end + 1;
    if (name.startsWith('!') || Object.prototype.hasOwnProperty.call(map, name.trim())) continue;
    if (name.includes(':') && !name.includes('::'))
      problems.push({ kind: 'unescaped-in-sub', written: '${' + name + '}', pointer });
  }
}

// ---------------------------------------------------------------------------------------------

/** The statement of a document that holds the node at `pointer` (the innermost, for `Fn::If` alternatives). */
export function statementAt(document: PolicyDocument, pointer: Pointer): Statement | undefined {
  let best: Statement | undefined;
  for (const statement of document.statements) {
    const p = statement.source.pointer;
    if ((pointer === p || pointer.startsWith(p + '/')) && (!best || p.length > best.source.pointer.length))
      best = statement;
  }
  return best;
}

// ---------------------------------------------------------------------------------------------
// The scope of the policy/ rules that judge what a policy grants (policy/wildcard-action,
// policy/privilege-escalation): one function, so the two rules always judge the same statements
// and never the identity-pool roles that role/admin-access judges.

/** An identity policy document outside identity-pool roles, and the role it reaches (none for a standalone policy). */
export interface GrantingDocument {
  readonly document: PolicyDocument;
  /** The role it is attached to; undefined for a policy attached to no role (users, groups, a raw file). */
  readonly role: Role | undefined;
  /** How it reaches the role, or that it stands alone (`policy`). */
  readonly via: PolicySourceName;
}

/**
 * Identity policies of roles that are not identity-pool roles (inline, attached, and AWS managed
 * policies judged by their document), once per role; and identity policies attached to no role.
 * Trust and resource policies are not included.
 */
export function documentsOutsideIdentityPools(model: IdentityModel): readonly GrantingDocument[] {
  return outsideIdentityPools(model, () => listDocumentsOutsideIdentityPools(model));
}

/** Asked by several rules of the same model: listed once. */
const outsideIdentityPools = memo<IdentityModel, readonly GrantingDocument[]>();

function listDocumentsOutsideIdentityPools(model: IdentityModel): GrantingDocument[] {
  const out: GrantingDocument[] = [];
  const identityPoolRoles = new Set(model.identityPoolRoles());
  for (const role of model.roles) {
    // Service-linked roles are AWS's: only the service assumes them, and their permissions cannot be changed
    // (https://docs.aws.amazon.com/IAM/latest/UserGuide/using-service-linked-roles.html).
    if (identityPoolRoles.has(role) || (role.arn !== undefined && role.arn.includes(':role/aws-service-role/')))
      continue;
    // documentsOf counts an AWS managed policy once, even when authorization details also list it.
    for (const source of documentsOf(role)) out.push({ document: source.document, role, via: source.via });
  }
  for (const record of model.policies) {
    if (record.document.kind !== 'identity' || record.policyType === 'aws-managed' || record.roles.length > 0) continue;
    out.push({ document: record.document, role: undefined, via: { kind: 'policy', name: record.document.name } });
  }
  return out;
}

/**
 * What each `Allow` statement of the document really allows (src/analysis/grants.ts): for a
 * policy of a role, less the unconditional Denies of every policy of that role (IAM evaluates a
 * role's identity policies together, and an explicit Deny in any of them overrides an Allow:
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html); for a
 * policy attached to no role, less the Denies of the document itself.
 */
export function grantsIn(granting: GrantingDocument): ReadonlyMap<Statement, Grant> {
  const ofRole = granting.role ? grantsOf(granting.role).filter((g) => g.source.document === granting.document) : [];
  // documentsOutsideIdentityPools and grantsOf read a role's documents through the same documentsOf,
  // so a role's document is always among its grants; the document alone is only the lone policy's view.
  const grants = ofRole.length > 0 ? ofRole : grantsOfDocument({ document: granting.document, via: granting.via });
  return new Map(grants.map((g) => [g.statement, g]));
}
