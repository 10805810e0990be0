/**
 * The one module rules import: the rule definition API, model types and the policy helpers
 * rules share. Keeping rules on this surface lets the engine and model change underneath.
 * Words are not here: labels, lists and phrases for messages live in rules/_shared/.
 */
export { defineRule, type MessageTemplates, type Placeholders, type Report, type ReportDescriptor, type ReportNote, type Rule, type RuleContext, type RuleMeta, } from './engine/rule.js';
export type { Severity, FindingResource } from './engine/types.js';
export type { IdentityModel } from './model/model.js';
export type { IdentityPool, PolicyRecord, Role, RoleSlot } from './model/entities.js';
export type { ConditionEntry, ElementValues, PolicyDocument, Statement, ValueAt } from './iam/document.js';
export { childRef, type SourceRef } from './parsers/source.js';
export { alternatives, containsUnknown, describe, foldResolved, knownString, scalarAlternatives, templateText, HOLE, type Resolved, } from './values/resolved.js';
export type { Tri } from './core/tri.js';
export * as tri from './core/tri.js';
export { someAlternative, someAlternativeText, truthOf } from './values/judge.js';
export { assessAud, audEntryRestricts, conditionsOn, denyFormAudEntries, identityPoolPrincipals, identityPoolTrustStatements, } from './iam/trust.js';
export { checkPolicyGrammar, policyTextLength, ROLE_INLINE_POLICIES_MAX_LENGTH, type GrammarProblem, } from './iam/grammar.js';
export { intrinsicKey } from './iam/intrinsic-shape.js';
export { SYNTAX_MESSAGES, type SyntaxCode } from './parsers/syntax-messages.js';
export { INPUT_PROBLEM_MESSAGES, READ_FAILURE_NOTES, type InputProblemCode } from './inputs/problem-messages.js';
export { userWritability, type WritableReason } from './analysis/user-writability.js';
export { writtenText } from './iam/intrinsic-shape.js';
export type { ListProperty, PrincipalTagMapping, UserPool, UserPoolClient } from './model/cognito.js';
export { identityPoolOfMapping, identityPoolsUsingUserPool, userPoolClientFor, userPoolReferencesIn, } from './analysis/user-pool-links.js';
export type { ApiAuthorizer, AudienceEntry, Field, HttpApi, JwtConfiguration, RestApi, RestMethod, SamApiEvent, } from './model/apigateway.js';
export { apiName, certainlyNot, isCognitoIssuer, isUserPoolIdText, issuerDefect, judgeCognitoIssuer, judgeUserPoolArn, jwtAuthorizersOfRoute, knownAlternatives, mayBe, mayBeUnauthenticated, referencedResource, restApiHasAuthorizer, routeKeyMethods, routeLabel, USER_POOL, } from './model/api-queries.js';
export { amrAdmission, amrOperatorProblem, statementCoversAction, trustAmrAdmission, type AmrAdmission, } from './iam/trust.js';
export { audPools, exposedRoles, exposureOf, guestRoles, mappingRuleWritability, mappingUserPool, roleMappingsOf, roleMappingsOfPool, trustAdmitsPool, type Exposure, type ExposureFacts, type Dormancy, type SignUpOpener, } from './analysis/exposure.js';
export { isSubstitutedKey, documentsOutsideIdentityPools, grantsIn, statementAt, subEscapeProblems, variableUses, variableVersion, type SubEscapeProblem, type VariableUse, } from './analysis/variables.js';
export { closestAction, expandActionPattern, privilegeEscalationActionsNamed, serviceKeys, type ActionInfo, } from './iam/actions.js';
export { actionPatternsOf, actionsOnResources, resourceServices, statementWildcards, type ActionPattern, } from './iam/wildcards.js';
export { privilegeEscalationAction, privilegeEscalationActions } from './data/privilege-escalation.js';
export { actionsAsWritten, grantsOf, type Grant, type PolicySourceName } from './analysis/grants.js';
export { actionsUnderConditions } from './iam/condition-keys.js';
export { wildcardsUndecided } from './iam/resource-scope.js';
export { adminGrant, actionPatterns, guestWrites, undecidedWildcards, type AdminGrant, } from './analysis/role-grants.js';
export { cognitoAdminUses, groupsWithRoles, poolsOfRole, type CognitoAdminUse, type GroupWithRole, type PoolTarget, } from './analysis/cognito-admin.js';
export { reportedByParentRule } from './analysis/granularity.js';
export { cognitoAdminActions } from './data/cognito-admin-actions.js';
export { s3AccessOf, prefixConditions, isListBucketAction, isObjectAction, isWriteAction, unscopedObjectAccess, } from './analysis/s3-access.js';
export { isPerIdentityKey } from './iam/s3-resources.js';
export { scaledSeverity, stepDown } from './analysis/severity.js';
export { survivesGuestScopeDown } from './iam/guest-scope-down.js';
export { documentedGuestUse, graphqlMutations } from './iam/guest-documented.js';
export { bucketWrites, type BucketWrite } from './analysis/s3-writes.js';
export { grantCoversOperation, type Operation } from './iam/execute-api.js';
export { sameDeployment } from './values/resource-node.js';
