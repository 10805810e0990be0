declare const _default: import("../../src/rule-api.js").Rule<{
    readonly open: "{{operation}} of API {{api}} requires IAM authorization, but role {{role}}, {{exposure}}, may `execute-api:Invoke` it through {{via}}: anyone on the internet can call it without signing in.";
}, {
    readonly dormant: "In the enhanced flow Cognito's guest scope-down may drop this grant (AWS does not say whether `execute-api` is inside it); it is live as soon as the basic (classic) flow is enabled.";
}>;
export default _default;
