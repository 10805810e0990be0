declare const _default: import("../../src/rule-api.js").Rule<{
    readonly authenticatedAdmin: "User pool {{userPool}} lets anyone sign up, and identity pool {{pool}} gives its users role {{role}} (its authenticated role), which has administrator-level permissions ({{reasons}}: {{actions}}): anyone on the internet can create an account and get that.";
    readonly authenticatedWrite: "User pool {{userPool}} lets anyone sign up, and identity pool {{pool}} gives its users role {{role}} (its authenticated role), which may write S3 objects outside the user's own prefix ({{actions}}): anyone on the internet can create an account and get that.";
    readonly mappingAdmin: "User pool {{userPool}} lets anyone sign up, and identity pool {{pool}} gives its users role {{role}} (a role-mapping rule on a claim the user writes), which has administrator-level permissions ({{reasons}}: {{actions}}): anyone on the internet can create an account and get that.";
    readonly mappingWrite: "User pool {{userPool}} lets anyone sign up, and identity pool {{pool}} gives its users role {{role}} (a role-mapping rule on a claim the user writes), which may write S3 objects outside the user's own prefix ({{actions}}): anyone on the internet can create an account and get that.";
}, Readonly<Record<never, string>>>;
export default _default;
