/**
 * The IAM condition operators, one table: what each compares, whether it is negated, whether its
 * values take wildcards and policy variables, and whether it takes the `IfExists` suffix. The
 * grammar (suggestions for a misspelt operator), the variables analysis (where IAM substitutes),
 * the condition-key analysis (which operators are false for an absent key) and the trust analysis
 * (how an `aud` or `amr` test compares) all read it, so they agree on one list.
 *
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html
 * - every operator but `Null` may take the `IfExists` suffix; any may take a `ForAllValues:` or
 *   `ForAnyValue:` prefix (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_multi-value-conditions.html);
 * - `StringLike`/`StringNotLike` and all four ARN operators match `*` and `?` wildcards;
 * - negated operators (`…Not…`, `NotIpAddress`) are true when the key is absent from the request;
 * - policy variables are substituted only in the values of string and ARN operators
 *   (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html).
 *
 * The policy schema's operator `pattern` (schemas/iam-policy.schema.json) is what decides validity;
 * a test checks it accepts exactly the names this table yields.
 */

/** What an operator compares the key's value with (the section of the AWS page it is listed in). */
export type OperatorValueType = 'string' | 'numeric' | 'date' | 'boolean' | 'binary' | 'ip-address' | 'arn' | 'null';

export interface ConditionOperator {
  readonly type: OperatorValueType;
  /** Matches when the key's value is not one of the policy's values, so it is true for an absent key. */
  readonly negated: boolean;
  /** The policy's values may hold `*` and `?` wildcards. */
  readonly wildcards: boolean;
  /** Compares without regard to case (`StringEqualsIgnoreCase`). */
  readonly ignoreCase: boolean;
  /** May take the `IfExists` suffix (every operator but `Null`). */
  readonly ifExists: boolean;
  /** IAM substitutes policy variables in its values (string and ARN operators only). */
  readonly variables: boolean;
}

function operator(
  type: OperatorValueType,
  options: { negated?: boolean; wildcards?: boolean; ignoreCase?: boolean } = {},
): ConditionOperator {
  return {
    type,
    negated: options.negated ?? false,
    wildcards: options.wildcards ?? false,
    ignoreCase: options.ignoreCase ?? false,
    ifExists: type !== 'null',
    variables: type === 'string' || type === 'arn',
  };
}

/** Every base operator (no prefix, no `IfExists`), in the order of the AWS page. */
export const CONDITION_OPERATORS: ReadonlyMap<string, ConditionOperator> = new Map([
  ['StringEquals', operator('string')],
  ['StringNotEquals', operator('string', { negated: true })],
  ['StringEqualsIgnoreCase', operator('string', { ignoreCase: true })],
  ['StringNotEqualsIgnoreCase', operator('string', { negated: true, ignoreCase: true })],
  ['StringLike', operator('string', { wildcards: true })],
  ['StringNotLike', operator('string', { negated: true, wildcards: true })],
  ['NumericEquals', operator('numeric')],
  ['NumericNotEquals', operator('numeric', { negated: true })],
  ['NumericLessThan', operator('numeric')],
  ['NumericLessThanEquals', operator('numeric')],
  ['NumericGreaterThan', operator('numeric')],
  ['NumericGreaterThanEquals', operator('numeric')],
  ['DateEquals', operator('date')],
  ['DateNotEquals', operator('date', { negated: true })],
  ['DateLessThan', operator('date')],
  ['DateLessThanEquals', operator('date')],
  ['DateGreaterThan', operator('date')],
  ['DateGreaterThanEquals', operator('date')],
  ['Bool', operator('boolean')],
  ['BinaryEquals', operator('binary')],
  ['IpAddress', operator('ip-address')],
  ['NotIpAddress', operator('ip-address', { negated: true })],
  ['ArnEquals', operator('arn', { wildcards: true })],
  ['ArnNotEquals', operator('arn', { negated: true, wildcards: true })],
  ['ArnLike', operator('arn', { wildcards: true })],
  ['ArnNotLike', operator('arn', { negated: true, wildcards: true })],
  ['Null', operator('null')],
]);

/** The entry of a base operator (`StringLike` of `ForAnyValue:StringLikeIfExists`), or undefined for an unknown one. */
export function conditionOperator(base: string): ConditionOperator | undefined {
  return CONDITION_OPERATORS.get(base);
}

/** The set-operator prefixes any operator may take. */
export const SET_OPERATOR_PREFIXES = ['ForAllValues:', 'ForAnyValue:'] as const;

/** Every operator name IAM accepts: each base with and without `IfExists` (where it takes it), bare and with each prefix. */
export function allOperatorNames(): string[] {
  const names: string[] = [];
  for (const prefix of ['', ...SET_OPERATOR_PREFIXES]) {
    for (const [base, info] of CONDITION_OPERATORS) {
      names.push(prefix + base);
      if (info.ifExists) names.push(`${prefix}${base}IfExists`);
    }
  }
  return names;
}

/** A condition operator as written, split into its parts. */
export interface ParsedOperator {
  /** As written: `ForAnyValue:StringLike`. */
  readonly raw: string;
  /** Without prefix and `IfExists`: `StringLike`. */
  readonly base: string;
  readonly set: 'ForAllValues' | 'ForAnyValue' | undefined;
  readonly ifExists: boolean;
}

/** Split a condition operator into its parts. */
export function parseOperator(raw: string): ParsedOperator {
  let rest = raw;
  let set: ParsedOperator['set'];
  const colon = rest.indexOf(':');
  if (colon !== -1) {
    const prefix = rest.slice(0, colon);
    if (prefix === 'ForAllValues' || prefix === 'ForAnyValue') set = prefix;
    rest = rest.slice(colon + 1);
  }
  const ifExists = rest.endsWith('IfExists');
  if (ifExists) rest = rest.slice(0, -'IfExists'.length);
  return { raw, base: rest, set, ifExists };
}
