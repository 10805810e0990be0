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
/** Every base operator (no prefix, no `IfExists`), in the order of the AWS page. */
export declare const CONDITION_OPERATORS: ReadonlyMap<string, ConditionOperator>;
/** The entry of a base operator (`StringLike` of `ForAnyValue:StringLikeIfExists`), or undefined for an unknown one. */
export declare function conditionOperator(base: string): ConditionOperator | undefined;
/** The set-operator prefixes any operator may take. */
export declare const SET_OPERATOR_PREFIXES: readonly ["ForAllValues:", "ForAnyValue:"];
/** Every operator name IAM accepts: each base with and without `IfExists` (where it takes it), bare and with each prefix. */
export declare function allOperatorNames(): string[];
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
export declare function parseOperator(raw: string): ParsedOperator;
