declare const _default: import("../../src/rule-api.js").Rule<{
    readonly unescapedInSub: "In {{where}}, `Fn::Sub` takes {{variables}} for a CloudFormation reference, so the deployment fails with \"Unresolved resource dependencies\"; write {{fixed}}.";
    readonly unescapedInSubMany: "In {{where}}, `Fn::Sub` takes {{variables}} for CloudFormation references, so the deployment fails with \"Unresolved resource dependencies\"; write {{fixed}}.";
    readonly escapeOutsideSub: "In {{where}}, {{variables}} is outside `Fn::Sub`, so the `!` stays in the policy and the variable never matches; write {{fixed}}.";
    readonly escapeOutsideSubMany: "In {{where}}, {{variables}} are outside `Fn::Sub`, so the `!` stays in the policy and the variable never matches; write {{fixed}}.";
}, Readonly<Record<never, string>>>;
export default _default;
