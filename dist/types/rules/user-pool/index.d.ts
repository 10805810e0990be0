declare const _default: (import("../../src/rule-api.js").Rule<{
    readonly implicit: "{{client}} allows the OAuth 2.0 implicit grant: the hosted UI returns tokens in the URL fragment of the redirect, where browser history, logs and scripts on the page can read them.";
}, Readonly<Record<never, string>>> | import("../../src/rule-api.js").Rule<{
    readonly callback: "{{client}} accepts the callback URL `{{url}}` over plain HTTP: authorization codes and tokens reach it unencrypted, readable and replaceable by anyone on the network path.";
    readonly logout: "{{client}} accepts the sign-out URL `{{url}}` over plain HTTP: users are sent to it unencrypted, where anyone on the network path can replace the page.";
}, Readonly<Record<never, string>>> | import("../../src/rule-api.js").Rule<{
    readonly passwordAuth: "{{client}} allows `{{flow}}`: the app sends the user's password to Cognito in the request instead of proving it with SRP.";
}, Readonly<Record<never, string>>> | import("../../src/rule-api.js").Rule<{
    readonly missing: "{{client}} does not set `{{property}}`, so it is `LEGACY`: sign-in, password reset and confirmation tell callers whether a user name exists.";
    readonly legacy: "{{client}} sets `{{property}}` to `{{value}}`: sign-in, password reset and confirmation tell callers whether a user name exists.";
    readonly conditional: "{{client}} leaves `{{property}}` at `LEGACY` in some deployments (one of its alternatives is not `ENABLED`): there, sign-in, password reset and confirmation tell callers whether a user name exists.";
}, Readonly<Record<never, string>>> | import("../../src/rule-api.js").Rule<{
    readonly missing: "{{pool}} does not set `{{property}}`, so multi-factor authentication is off: a stolen or guessed password is enough to sign in.";
    readonly off: "{{pool}} sets `{{property}}` to `OFF`: a stolen or guessed password is enough to sign in.";
    readonly conditional: "{{pool}} turns multi-factor authentication off in some deployments (`{{property}}` is `OFF` or absent in one of its alternatives): there, a stolen or guessed password is enough to sign in.";
}, Readonly<Record<never, string>>> | import("../../src/rule-api.js").Rule<{
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
}> | import("../../src/rule-api.js").Rule<{
    readonly tooShort: "{{pool}} accepts passwords of {{length}} characters: its password policy sets `MinimumLength` under 8.";
    readonly noCharacterClass: "{{pool}} accepts {{length}}-character passwords that need no lowercase letter, uppercase letter, number or symbol: under 12 characters, such passwords are easy to guess.";
}, Readonly<Record<never, string>>>)[];
export default _default;
