/**
 * docs/semantics.md#condition-keys-that-are-never-present: a statement whose `Condition` tests a
 * service-specific key an action never carries, with an operator that is false when the key is
 * absent, grants nothing for that action. `s3:prefix` exists only for `s3:ListBucket*`, so
 * `StringLike: {s3:prefix: home/*}` on a statement that also lists `s3:GetObject` and
 * `s3:PutObject` allows only the listing. Every rule that asks what a statement allows goes
 * through `possibleActions` (grantsOf does, in its two steps; so do the privilege-escalation rule and
 * identity-pool/guest-access), which also drops the actions none of the statement's resources can be
 * a resource of (resource-scope.ts). The whole-service wildcard test applies the conditions only.
 *
 * IAM, "Condition operators": "If the key that you specify in a policy condition is not present
 * in the request context, the values do not match and the condition is false. If the policy
 * condition requires that the key is not matched, such as StringNotLike or ArnNotLike, and the
 * right key is not present, the condition is true. This logic applies to all condition operators
 * except …IfExists and Null check."
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html
 * `ForAllValues:` is true when the key is absent; `ForAnyValue:` is false.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_multi-value-conditions.html
 * Which keys each action carries: the Service Authorization Reference.
 * https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html
 */
import { type ActionInfo } from './actions.js';
import type { ConditionEntry, Statement } from './document.js';
/**
 * Is this condition false whenever its key is absent from the request? Plain matching operators
 * and their `ForAnyValue:` forms are; `…IfExists`, `ForAllValues:`, negated operators and
 * `Null: true` are not; `Null: false` (the key must be present) is. A key whose value may be
 * removed (`Fn::If` with `AWS::NoValue`) or a `Null` value that is not known is not judged.
 */
export declare function falseWhenAbsent(entry: ConditionEntry): boolean;
/**
 * The condition of the statement that makes `action` impossible: a service-specific key the
 * action never carries, tested by an operator false for an absent key. Conditions that hold only
 * in one branch of an `Fn::If` are not judged (the other branch may lack them). Undefined when
 * the action may be allowed.
 */
export declare function impossibleBy(statement: Statement, action: ActionInfo): ConditionEntry | undefined;
/**
 * The actions of the list the statement can really allow: those its conditions leave possible
 * (docs/semantics.md#condition-keys-that-are-never-present) that apply to its resources (resource-scope.ts).
 */
export declare function possibleActions<T extends ActionInfo>(statement: Statement, actions: readonly T[]): readonly T[];
/** The actions of the list the statement's conditions leave possible, whatever its resources. */
export declare function actionsUnderConditions<T extends ActionInfo>(statement: Statement, actions: readonly T[]): readonly T[];
