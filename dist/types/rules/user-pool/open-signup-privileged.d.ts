declare const _default: import("../../src/rule-api.js").Rule<{
    readonly privileged: "User pool {{userPool}} lets anyone sign up, and identity pool {{pool}} gives its users role {{role}} ({{how}}), which {{what}}: anyone on the internet can create an account and get that.";
}, Readonly<Record<never, string>>>;
export default _default;
