declare const _default: import("../../src/rule-api.js").Rule<{
    readonly authenticatedAdmin: "User pool {{userPool}} lets anyone sign up, and identity pool {{pool}} gives its users role {{role}} (its authenticated role), which has administrator-level permissions ({{actions}}): anyone on the internet can create an account and get that.";
    readonly authenticatedAdminExcept: "User pool {{userPool}} lets anyone sign up, and identity pool {{pool}} gives its users role {{role}} (its authenticated role), which has administrator-level permissions (every action except {{excluded}}): anyone on the internet can create an account and get that.";
    readonly authenticatedWrite: "User pool {{userPool}} lets anyone sign up, and identity pool {{pool}} gives its users role {{role}} (its authenticated role), which may write S3 objects outside the user's own prefix ({{actions}}): anyone on the internet can create an account and get that.";
    readonly mappingAdmin: "User pool {{userPool}} lets anyone sign up, and identity pool {{pool}} gives its users role {{role}} (a role-mapping rule on a claim the user writes), which has administrator-level permissions ({{actions}}): anyone on the internet can create an account and get that.";
    readonly mappingAdminExcept: "User pool {{userPool}} lets anyone sign up, and identity pool {{pool}} gives its users role {{role}} (a role-mapping rule on a claim the user writes), which has administrator-level permissions (every action except {{excluded}}): anyone on the internet can create an account and get that.";
    readonly mappingWrite: "User pool {{userPool}} lets anyone sign up, and identity pool {{pool}} gives its users role {{role}} (a role-mapping rule on a claim the user writes), which may write S3 objects outside the user's own prefix ({{actions}}): anyone on the internet can create an account and get that.";
}, {
    readonly adminNotAction: "`NotAction` allows every action it does not list.";
    readonly adminEverything: "`*` is every action of every service.";
    readonly adminWholeService: "{{patterns}} is a whole-service wildcard.";
    readonly adminWholeServices: "{{patterns}} are whole-service wildcards.";
    readonly adminPermissionsManagement: "The access level of {{actions}} is Permissions management.";
    readonly adminPrivilegeEscalation: "{{actions}} can lead to privilege escalation.";
}>;
export default _default;
