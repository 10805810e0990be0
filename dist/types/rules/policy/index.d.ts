declare const _default: (import("../../src/rule-api.js").Rule<{
    readonly notAction: "In {{where}}, `Allow` with `NotAction` grants every action except {{actions}}, including every action AWS adds later.";
    readonly notActionScoped: "In {{where}}, `Allow` with `NotAction` grants every action on its resources except {{actions}}, including every action AWS adds later.";
    readonly notResource: "In {{where}}, `Allow` with `NotResource` grants its actions on every resource except {{resources}}, including resources created later.";
    readonly both: "In {{where}}, `Allow` with `NotAction` and `NotResource` grants every action except {{actions}} on every resource except {{resources}}.";
}, Readonly<Record<never, string>>> | import("../../src/rule-api.js").Rule<{
    readonly role: "Role {{role}} may use {{actions}} on every resource through {{statement}} of {{policy}}, which lets it gain permissions it was not given.";
    readonly policy: "The {{policy}} allows {{actions}} on every resource in {{statement}}, which lets its holder gain permissions it was not given.";
    readonly roleOne: "Role {{role}} may use {{actions}} on every resource through {{statement}} of {{policy}}.";
    readonly policyOne: "The {{policy}} allows {{actions}} on every resource in {{statement}}.";
}, Readonly<Record<string, string>>> | import("../../src/rule-api.js").Rule<{
    readonly unknown: "In {{where}}, no action of the AWS Service Authorization Reference matches {{actions}}, so that entry allows nothing.";
    readonly unknownMany: "In {{where}}, no action of the AWS Service Authorization Reference matches {{actions}}, so those entries allow nothing.";
    readonly unknownDeny: "In {{where}}, no action of the AWS Service Authorization Reference matches {{actions}}, so that entry denies nothing.";
    readonly unknownDenyMany: "In {{where}}, no action of the AWS Service Authorization Reference matches {{actions}}, so those entries deny nothing.";
    readonly unknownExclude: "In {{where}}, no action of the AWS Service Authorization Reference matches {{actions}}, so that entry excludes nothing.";
    readonly unknownExcludeMany: "In {{where}}, no action of the AWS Service Authorization Reference matches {{actions}}, so those entries exclude nothing.";
}, {
    readonly didYouMean: "Did you mean {{suggestion}}?";
    readonly didYouMeanFor: "Did you mean {{suggestion}} for {{action}}?";
}> | import("../../src/rule-api.js").Rule<{
    readonly unescapedInSub: "In {{where}}, `Fn::Sub` takes {{variables}} for a CloudFormation reference, so the deployment fails with \"Unresolved resource dependencies\"; write {{fixed}}.";
    readonly unescapedInSubMany: "In {{where}}, `Fn::Sub` takes {{variables}} for CloudFormation references, so the deployment fails with \"Unresolved resource dependencies\"; write {{fixed}}.";
    readonly escapeOutsideSub: "In {{where}}, {{variables}} is outside `Fn::Sub`, so the `!` stays in the policy and the variable never matches; write {{fixed}}.";
    readonly escapeOutsideSubMany: "In {{where}}, {{variables}} are outside `Fn::Sub`, so the `!` stays in the policy and the variable never matches; write {{fixed}}.";
}, Readonly<Record<never, string>>> | import("../../src/rule-api.js").Rule<{
    readonly unknownKey: "In {{where}}, {{variables}} names no request-context key that IAM substitutes, so the value never matches what was meant.";
    readonly unknownKeyMany: "In {{where}}, {{variables}} name no request-context key that IAM substitutes, so the value never matches what was meant.";
    readonly beforeFifthColon: "In {{where}}, {{variables}} stands in the ARN before its fifth colon, where IAM never substitutes variables.";
    readonly beforeFifthColonMany: "In {{where}}, {{variables}} stand in the ARN before its fifth colon, where IAM never substitutes variables.";
    readonly operator: "In {{where}}, {{variables}} stands in the value of {{operators}}, whose values IAM never substitutes.";
    readonly operatorMany: "In {{where}}, {{variables}} stand in the value of {{operators}}, whose values IAM never substitutes.";
    readonly element: "In {{where}}, {{variables}} stands in {{elements}}, where IAM never substitutes variables.";
    readonly elementMany: "In {{where}}, {{variables}} stand in {{elements}}, where IAM never substitutes variables.";
    readonly conditionKey: "In {{where}}, {{variables}} stands in a condition key, where IAM never substitutes variables.";
    readonly conditionKeyMany: "In {{where}}, {{variables}} stand in a condition key, where IAM never substitutes variables.";
    readonly elementAndConditionKey: "In {{where}}, {{variables}} stands in {{elements}} and in a condition key, where IAM never substitutes variables.";
    readonly elementAndConditionKeyMany: "In {{where}}, {{variables}} stand in {{elements}} and in a condition key, where IAM never substitutes variables.";
    readonly notSubstitutedReference: "In {{where}}, {{variables}} looks like a CloudFormation reference, but the string is no `Fn::Sub` template, so the policy keeps the text as written.";
    readonly notSubstitutedReferenceMany: "In {{where}}, {{variables}} look like CloudFormation references, but the string is no `Fn::Sub` template, so the policy keeps the text as written.";
}, Readonly<Record<never, string>>> | import("../../src/rule-api.js").Rule<{
    readonly missing: "The {{policy}} has no `Version`: IAM reads {{variables}} in {{statements}} as literal text.";
    readonly old: "The {{policy}} declares `Version` `2008-10-17`: IAM reads {{variables}} in {{statements}} as literal text.";
}, {
    readonly allowGrantsNothing: "The `Allow` grants nothing there.";
    readonly denyFailsOpen: "The `Deny` fails open.";
}> | import("../../src/rule-api.js").Rule<{
    readonly roleEverything: "Role {{role}} may perform every action of every service through {{patterns}} in {{statement}} of {{policy}}.";
    readonly roleServices: "Role {{role}} may perform every action of {{services}} through {{patterns}} in {{statement}} of {{policy}}.";
    readonly roleNotAction: "Role {{role}} may perform every action of {{services}} through `NotAction` in {{statement}} of {{policy}}, which allows everything except {{excluded}}.";
    readonly policyEverything: "The {{policy}} allows every action of every service through {{patterns}} in {{statement}}.";
    readonly policyServices: "The {{policy}} allows every action of {{services}} through {{patterns}} in {{statement}}.";
    readonly policyNotAction: "The {{policy}} allows every action of {{services}} through `NotAction` in {{statement}}, which allows everything except {{excluded}}.";
    readonly roleServicesCount: "Role {{role}} may perform every action of {{count}} of the {{total}} services through {{patterns}} in {{statement}} of {{policy}}.";
    readonly roleNotActionCount: "Role {{role}} may perform every action of {{count}} of the {{total}} services through `NotAction` in {{statement}} of {{policy}}, which allows everything except {{excluded}}.";
    readonly policyServicesCount: "The {{policy}} allows every action of {{count}} of the {{total}} services through {{patterns}} in {{statement}}.";
    readonly policyNotActionCount: "The {{policy}} allows every action of {{count}} of the {{total}} services through `NotAction` in {{statement}}, which allows everything except {{excluded}}.";
}, {
    readonly denied: "The unconditional Deny of {{denials}} takes part of it away.";
    readonly deniedMany: "The unconditional Denies of {{denials}} take part of it away.";
}> | import("../../src/rule-api.js").Rule<{
    readonly duplicate: "Key `{{key}}` appears more than once in the same object: reviewers read one value while AWS applies another.";
}, Readonly<Record<never, string>>> | import("../../src/rule-api.js").Rule<{
    readonly unknownPolicyKey: "In {{policy}}: Policy key `{{key}}` is not part of the IAM grammar; a policy has only `Version`, `Id` and `Statement`.";
    readonly unknownPolicyKeySuggestion: "In {{policy}}: Policy key `{{key}}` is not part of the IAM grammar; did you mean `{{suggestion}}`?";
    readonly unknownStatementKey: "In {{policy}}: Statement key `{{key}}` is not part of the IAM grammar.";
    readonly unknownStatementKeySuggestion: "In {{policy}}: Statement key `{{key}}` is not part of the IAM grammar; did you mean `{{suggestion}}`?";
    readonly unknownPrincipalType: "In {{policy}}: Principal type `{{key}}` is not part of the IAM grammar; use `AWS`, `Federated`, `Service` or `CanonicalUser`.";
    readonly unknownPrincipalTypeSuggestion: "In {{policy}}: Principal type `{{key}}` is not part of the IAM grammar; did you mean `{{suggestion}}`?";
    readonly unknownKey: "In {{policy}}: Key `{{key}}` is not part of the IAM grammar.";
    readonly unknownKeySuggestion: "In {{policy}}: Key `{{key}}` is not part of the IAM grammar; did you mean `{{suggestion}}`?";
    readonly keyNotAllowed: "In {{policy}}: Key `{{key}}` is not allowed here.";
    readonly effect: "In {{policy}}: `Effect` must be `Allow` or `Deny` (case-sensitive).";
    readonly version: "In {{policy}}: `Version` must be `2012-10-17` or `2008-10-17`.";
    readonly principal: "In {{policy}}: `{{element}}` must be `\"*\"` or an object of principal types such as `{\"AWS\": …}` or `{\"Federated\": …}`.";
    readonly principalInIdentity: "In {{policy}}: Statement has `{{key}}`, which an identity-based policy cannot have (IAM rejects it: the principal is whoever the policy is attached to).";
    readonly resourceInTrust: "In {{policy}}: Statement has `{{key}}`, which a role trust policy cannot have (IAM rejects it: the resource is the role itself).";
    readonly exclusiveElements: "In {{policy}}: Statement has both `{{counterpart}}` and `{{key}}`; use one of them.";
    readonly conditionOperator: "In {{policy}}: `{{operator}}` is not an IAM condition operator.";
    readonly conditionOperatorSuggestion: "In {{policy}}: `{{operator}}` is not an IAM condition operator; did you mean `{{suggestion}}`?";
    readonly nullIfExists: "In {{policy}}: `{{operator}}` is not an IAM condition operator: `Null` does not take the `IfExists` suffix.";
    readonly conditionValue: "In {{policy}}: The value of condition key `{{conditionKey}}` under `{{operator}}` must be a string, number or boolean, or a list of them.";
    readonly conditionValueItem: "In {{policy}}: Each value of condition key `{{conditionKey}}` under `{{operator}}` must be a string, number or boolean.";
    readonly sidFormatIdentity: "In {{policy}}: In an identity-based policy a `Sid` may contain only letters and digits (A-Z, a-z, 0-9).";
    readonly sidFormatTrust: "In {{policy}}: In a role trust policy a `Sid` may contain only letters and digits (A-Z, a-z, 0-9).";
    readonly sidFormatResource: "In {{policy}}: In a resource-based policy a `Sid` may contain only letters and digits (A-Z, a-z, 0-9).";
    readonly duplicateSid: "In {{policy}}: `Sid` `{{sid}}` is already used by the statement at `{{first}}`; a Sid must be unique within a policy.";
    readonly sizeManaged: "In {{policy}}: Policy is {{length}} characters long without whitespace; a managed policy may have at most {{limit}}.";
    readonly sizeManagedAtLeast: "In {{policy}}: Policy is at least {{length}} characters long without whitespace; a managed policy may have at most {{limit}}.";
    readonly sizeTrust: "In {{policy}}: Policy is {{length}} characters long without whitespace; a role trust policy may have at most {{limit}}.";
    readonly sizeTrustAtLeast: "In {{policy}}: Policy is at least {{length}} characters long without whitespace; a role trust policy may have at most {{limit}}.";
    readonly sizeGiven: "In {{policy}}: Policy is {{length}} characters long without whitespace; this policy may have at most {{limit}}.";
    readonly sizeGivenAtLeast: "In {{policy}}: Policy is at least {{length}} characters long without whitespace; this policy may have at most {{limit}}.";
    readonly missingStatement: "In {{policy}}: Policy has no `Statement`.";
    readonly missingEffect: "In {{policy}}: Statement has no `Effect`; it must say `Allow` or `Deny`.";
    readonly missingAction: "In {{policy}}: Statement has neither `Action` nor `NotAction`.";
    readonly missingPrincipalTrust: "In {{policy}}: Statement has neither `Principal` nor `NotPrincipal`, which a role trust policy statement requires.";
    readonly missingPrincipalResource: "In {{policy}}: Statement has neither `Principal` nor `NotPrincipal`, which a resource-based policy statement requires.";
    readonly missingResourceIdentity: "In {{policy}}: Statement has neither `Resource` nor `NotResource`, which an identity-based policy statement requires.";
    readonly missingResourceResource: "In {{policy}}: Statement has neither `Resource` nor `NotResource`, which a resource-based policy statement requires.";
    readonly missingElement: "In {{policy}}: Statement has no `{{missing}}`.";
    readonly typePolicy: "In {{policy}}: A policy document must be an object.";
    readonly typeStatement: "In {{policy}}: A statement must be an object.";
    readonly typePrincipalTypeItem: "In {{policy}}: Each `{{principalType}}` principal must be a string.";
    readonly typePrincipalType: "In {{policy}}: `{{element}}` `{{principalType}}` must be a string or a list of strings.";
    readonly typeConditionOperator: "In {{policy}}: Condition operator `{{operator}}` must map condition keys to values.";
    readonly typeStatementList: "In {{policy}}: `Statement` must be a statement object or a list of them.";
    readonly typeStringListItem: "In {{policy}}: Each `{{element}}` entry must be a string.";
    readonly typeStringList: "In {{policy}}: `{{element}}` must be a string or a list of strings.";
    readonly typePrincipal: "In {{policy}}: `{{element}}` must be `\"*\"` or an object of principal types such as `{\"AWS\": …}`.";
    readonly typeCondition: "In {{policy}}: `Condition` must be an object of condition operators.";
    readonly typeString: "In {{policy}}: `{{element}}` must be a string.";
    readonly typeOther: "In {{policy}}: The value at `{{pointer}}` has the wrong type for the IAM grammar.";
    readonly typeCycle: "In {{policy}}: This value contains itself (a YAML alias loop), which no policy can.";
    readonly typeDepth: "In {{policy}}: The policy is nested more than {{depth}} levels deep here.";
    readonly typeKeyword: "In {{policy}}: The value at `{{pointer}}` does not match the IAM grammar (JSON Schema keyword `{{keyword}}`).";
    readonly roleInlineSize: "The inline policies of role {{role}} add up to {{length}} characters without whitespace; IAM allows at most {{limit}} per role, so the stack will fail to deploy.";
}, {
    readonly found: "Found {{value}}.";
    readonly foundEmptyString: "Found an empty string.";
    readonly foundList: "Found a list.";
    readonly foundObject: "Found an object.";
    readonly foundFunction: "Found a `{{function}}` function.";
    readonly foundNothing: "Found nothing.";
}>)[];
export default _default;
