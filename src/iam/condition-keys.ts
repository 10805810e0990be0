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
import { actionCarriesConditionKey, type ActionInfo } from './actions.js';
import { knownString, scalarAlternatives } from '../values/resolved.js';
import type { ConditionEntry, Statement } from './document.js';
import { applicableActions } from './resource-scope.js';
import { filteredActions } from './action-index.js';
import { conditionOperator } from './condition-operators.js';

/**
 * Is this condition false whenever its key is absent from the request? Plain matching operators
 * and their `ForAnyValue:` forms are; `…IfExists`, `ForAllValues:`, negated operators and
 * `Null: true` are not; `Null: false` (the key must be present) is. A key whose value may be
 * removed (`Fn::If` with `AWS::NoValue`) or a `Null` value that is not known is not judged.
 */
export function falseWhenAbsent(entry: ConditionEntry): boolean {
  const { operator } = entry;
  if (operator.ifExists || operator.set === 'ForAllValues') return false;
  if (operator.set === undefined && operator.raw.includes(':')) return false;
  const alternatives = entry.values.flatMap((v) => scalarAlternatives(v.value));
  if (alternatives.length === 0 || alternatives.some((alt) => alt.kind === 'absent')) return false;
  if (operator.base === 'Null') {
    return (
      operator.set === undefined &&
      alternatives.every(
        (alt) => (alt.kind === 'known' && alt.value === false) || knownString(alt)?.toLowerCase() === 'false',
      )
    );
  }
  // Operators that match a present key against the policy's values are false when it is absent;
  // negated ones are true, and an unknown operator is policy/invalid's concern (IAM rejects the
  // policy, so nothing is known about what it would allow).
  const info = conditionOperator(operator.base);
  return info !== undefined && !info.negated && info.type !== 'null';
}

/**
 * The condition of the statement that makes `action` impossible: a service-specific key the
 * action never carries, tested by an operator false for an absent key. Conditions that hold only
 * in one branch of an `Fn::If` are not judged (the other branch may lack them). Undefined when
 * the action may be allowed.
 */
export function impossibleBy(statement: Statement, action: ActionInfo): ConditionEntry | undefined {
  for (const entry of statement.conditions) {
    if (inConditionalBranch(statement, entry) || !falseWhenAbsent(entry)) continue;
    if (actionCarriesConditionKey(action, entry.key) === false) return entry;
  }
  return undefined;
}

/**
 * The actions of the list the statement can really allow: those its conditions leave possible
 * (docs/semantics.md#condition-keys-that-are-never-present) that apply to its resources (resource-scope.ts).
 */
export function possibleActions<T extends ActionInfo>(statement: Statement, actions: readonly T[]): readonly T[] {
  return applicableActions(statement, actionsUnderConditions(statement, actions));
}

/** The actions of the list the statement's conditions leave possible, whatever its resources. */
export function actionsUnderConditions<T extends ActionInfo>(
  statement: Statement,
  actions: readonly T[],
): readonly T[] {
  const judged = statement.conditions.filter(
    (entry) => !inConditionalBranch(statement, entry) && falseWhenAbsent(entry),
  );
  if (judged.length === 0) return actions;
  // Which actions remain depends only on the keys judged: grants of `*` under the same keys share it.
  const key = `conditions\u0000${judged.map((entry) => entry.key).join('\u0000')}`;
  return filteredActions(actions, key, (list) =>
    list.filter((action) => !judged.some((entry) => actionCarriesConditionKey(action, entry.key) === false)),
  );
}

/** Does the entry sit inside an `Fn::If` of the statement's `Condition` block? */
function inConditionalBranch(statement: Statement, entry: ConditionEntry): boolean {
  const base = statement.conditionSource?.pointer ?? '';
  return entry.source.pointer.slice(base.length).split('/').includes('Fn::If');
}
