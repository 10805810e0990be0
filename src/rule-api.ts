/**
 * The one module rules import: the rule definition API, model types and the policy helpers
 * rules share. Keeping rules on this surface lets the engine and model change underneath.
 */
export { defineRule, type Rule, type RuleContext, type RuleMeta, type ReportDescriptor } from './engine/rule.js';
export type { Severity, FindingResource } from './engine/types.js';
export type { IdentityModel } from './model/model.js';
export type { Entity, IdentityPool, PolicyRecord, Role, RoleSlot, SlotKind } from './model/entities.js';
export type { ConditionEntry, ElementValues, PolicyDocument, Statement, ValueAt } from './model/policy/document.js';
export { childRef, type SourceRef } from './model/source.js';
export {
  alternatives,
  containsUnknown,
  describe,
  isKnownFalseOrAbsent,
  isKnownTrue,
  isTrueOrUnknown,
  knownString,
  scalarAlternatives,
  type Resolved,
} from './model/resolved.js';
export {
  assessAud,
  audEntryRestricts,
  conditionsOn,
  identityPoolConditionKey,
  identityPoolPrincipals,
  identityPoolTrustStatements,
  isIdentityPoolHost,
} from './model/policy/trust.js';
export { actionMatches, matchIamPattern } from './model/policy/match.js';
export { checkPolicyGrammar, policyTextLength, ROLE_INLINE_POLICIES_MAX_LENGTH } from './model/policy/grammar.js';
