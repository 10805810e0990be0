declare const _default: import("../../src/rule-api.js").Rule<{
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
}, Readonly<Record<never, string>>>;
export default _default;
