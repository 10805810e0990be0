/**
 * The one module rules import: the rule definition API, model types and the policy helpers
 * rules share. Keeping rules on this surface lets the engine and model change underneath.
 * Words are not here: labels, lists and phrases for messages live in rules/_shared/.
 */
export { defineRule, type MessageTemplates, type Placeholders, type Report, type ReportDescriptor, type ReportNote, type Rule, type RuleContext, type RuleMeta, } from './engine/rule.js';
export type { Severity, FindingResource } from './engine/types.js';
export type { IdentityModel } from './model/model.js';
export type { Entity, IdentityPool, PolicyRecord, Role, RoleSlot, SlotKind } from './model/entities.js';
export type { ConditionEntry, ElementValues, PolicyDocument, Statement, ValueAt } from './iam/document.js';
export { childRef, type SourceRef } from './parsers/source.js';
export { alternatives, containsUnknown, describe, foldResolved, knownString, scalarAlternatives, templateText, HOLE, type PartialResolvedHandlers, type Resolved, type ResolvedHandlers, } from './values/resolved.js';
export type { Tri } from './core/tri.js';
export * as tri from './core/tri.js';
export { judge, someAlternative, someAlternativeText, truthOf } from './values/judge.js';
export { assessAud, audEntryRestricts, conditionsOn, identityPoolConditionKey, identityPoolPrincipals, identityPoolTrustStatements, isIdentityPoolHost, } from './iam/trust.js';
export { actionMatches, matchIamPattern } from './iam/match.js';
export { checkPolicyGrammar, policyTextLength, ROLE_INLINE_POLICIES_MAX_LENGTH, type GrammarFacts, type GrammarProblem, type GrammarProblemCode, } from './iam/grammar.js';
export { intrinsicKey } from './iam/intrinsic-shape.js';
export { clientsOf, isUserWritableClaim, TOKEN_CLAIMS, userPoolOf, userWritability, userWritableAttributes, type Writability, type WritableReason, } from './analysis/user-writability.js';
export { STANDARD_ATTRIBUTES } from './model/cognito.js';
export { certainString } from './values/judge.js';
export { writtenText } from './iam/intrinsic-shape.js';
export type { ListItem, ListProperty, PasswordPolicy, PrincipalTagMapping, PropertyValue, SchemaAttribute, UserPool, UserPoolClient, UserPoolEntities, UserPoolGroup, } from './model/cognito.js';
export { identityPoolOfMapping, identityPoolsUsingUserPool, userPoolClientFor, userPoolFor, userPoolReferencesIn, } from './analysis/user-pool-links.js';
export type { ApiAuthorizer, ApiDefinition, ApiEntities, ApiOperation, AudienceEntry, Field, HttpApi, HttpAuthorizer, HttpRoute, JwtConfiguration, ProviderArns, RestApi, RestAuthorizer, RestMethod, RestResource, SamApiAuth, SamApiEvent, SecurityScheme, } from './model/apigateway.js';
export { apiName, certainlyNot, isCognitoIssuer, isUserPoolIdText, issuerDefect, judgeCognitoIssuer, judgeUserPoolArn, jwtAuthorizersOfRoute, knownAlternatives, mayBe, mayBeUnauthenticated, referencedResource, restApiHasAuthorizer, routeLabel, USER_POOL, USER_POOL_CLIENT, } from './model/api-queries.js';
export { amrAdmission, amrAdmissionOf, amrEntryHolds, amrOperatorProblem, statementCoversAction, trustAmrAdmission, type AmrAdmission, } from './iam/trust.js';
export { audPools, EXPOSURE_LABELS, EXPOSURE_LEVELS, exposedRoles, exposureOf, guestRoles, isGuestRole, mappingRuleWritability, mappingUserPool, poolSignUp, roleMappingsOf, roleMappingsOfPool, trustAdmitsPool, type ClaimWritability, type Exposure, type ExposureLevel, type ExposureReason, type ExposureReasonKind, type ExposureFacts, type Dormancy, type SignUpOpener, type MappingRule, type PoolSignUp, type RoleMapping, } from './analysis/exposure.js';
export { isSubstitutedKey, documentsOutsideIdentityPools, grantsIn, statementAt, subEscapeProblems, variableUses, variableVersion, variablesIn, variableSpans, type GrantingDocument, type PolicyVariable, type SubEscapeProblem, type VariableElement, type VariableUse, } from './analysis/variables.js';
export { actionCarriesConditionKey, actionsOf, closestAction, conditionKeysOf, expandActionPattern, findConditionKey, iamDataVersion, serviceKeys, servicesOutside, wholeServicesOf, type ActionInfo, type ConditionKeyInfo, } from './iam/actions.js';
export { actionPatternsOf, actionsOnResources, resourceServices, statementWildcards, type ActionPattern, type StatementWildcards, } from './iam/wildcards.js';
export { isPrivilegeEscalationAction, privilegeEscalationAction, privilegeEscalationActions, privilegeEscalationSources, type PrivilegeEscalationAction, type PrivilegeEscalationSource, } from './data/privilege-escalation.js';
export { actionsAsWritten, grantsOf, documentsOf, type Denial, type Grant, type PolicySourceName, } from './analysis/grants.js';
export { actionsUnderConditions, falseWhenAbsent, impossibleBy, possibleActions } from './iam/condition-keys.js';
export { applicableActions, wildcardsUndecided } from './iam/resource-scope.js';
export { adminGrant, actionPatterns, confinedToIdentity, guestWrites, undecidedWildcards, writeActions, } from './analysis/role-grants.js';
export { cognitoAdminUses, groupsWithRoles, poolsOfRole, type CognitoAdminUse, type GroupWithRole, type PoolTarget, type RolePools, } from './analysis/cognito-admin.js';
export { reportedByParentRule } from './analysis/granularity.js';
export { cognitoAdminAction, cognitoAdminActions, type CognitoAdminAction, type CognitoPoolKind, } from './data/cognito-admin-actions.js';
export { s3AccessOf, prefixConditions, isListBucketAction, isObjectAction, isWriteAction, unscopedObjectAccess, type S3StatementAccess, } from './analysis/s3-access.js';
export { readS3Resource, keyScope, isPerIdentityKey, type S3Resource, type S3KeyScope } from './iam/s3-resources.js';
export { scaledSeverity, stepDown, stepUp, worst, mildest } from './analysis/severity.js';
export { survivesGuestScopeDown } from './iam/guest-scope-down.js';
export { documentedGuestUse, graphqlMutations, type DocumentedGuestUse } from './iam/guest-documented.js';
export type { Bucket } from './model/s3.js';
export { bucketWrites, type BucketWrite } from './analysis/s3-writes.js';
export { grantCoversOperation, type Operation } from './iam/execute-api.js';
export { sameDeployment, type ResourceNode } from './values/resource-node.js';
