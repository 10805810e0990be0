declare const _default: (import("../../src/rule-api.js").Rule<{
    readonly fallback: "The role mapping {{mapping}} of identity pool {{pool}} sends users of {{provider}} who match none of its rules to the default authenticated role {{role}}; `Deny` would fail closed.";
    readonly fallbackUnnamed: "The role mapping {{mapping}} of identity pool {{pool}} sends users of {{provider}} who match none of its rules to the default authenticated role; `Deny` would fail closed.";
}, Readonly<Record<never, string>>> | import("../../src/rule-api.js").Rule<{
    readonly withGuests: "Identity pool {{pool}} enables the basic (classic) flow and allows guests: any client may call STS with any role that trusts the pool ({{roles}}), so each trust policy is the only guard, and guest credentials skip the session policy Cognito applies to guests in the enhanced flow.";
    readonly signedInOnly: "Identity pool {{pool}} enables the basic (classic) flow: any signed-in client may call STS with any role that trusts the pool ({{roles}}), so each trust policy, not the pool's role mapping, decides who gets which role.";
    readonly withGuestsNoRole: "Identity pool {{pool}} enables the basic (classic) flow and allows guests: any client may call STS with any role that trusts the pool (none in the linted files), so each trust policy is the only guard, and guest credentials skip the session policy Cognito applies to guests in the enhanced flow.";
    readonly signedInOnlyNoRole: "Identity pool {{pool}} enables the basic (classic) flow: any signed-in client may call STS with any role that trusts the pool (none in the linted files), so each trust policy, not the pool's role mapping, decides who gets which role.";
}, Readonly<Record<never, string>>> | import("../../src/rule-api.js").Rule<{
    readonly grant: "Identity pool {{pool}} gives anyone on the internet guest credentials for role {{role}}, whose riskiest grant is {{action}} on {{resources}}.";
    readonly grantNotResource: "Identity pool {{pool}} gives anyone on the internet guest credentials for role {{role}}, whose riskiest grant is {{action}} on every resource but a few (`NotResource`).";
    readonly grantNoResource: "Identity pool {{pool}} gives anyone on the internet guest credentials for role {{role}}, whose riskiest grant is {{action}}.";
    readonly grantExcept: "Identity pool {{pool}} gives anyone on the internet guest credentials for role {{role}}, whose riskiest grant is every action except {{excluded}} on {{resources}}.";
    readonly grantExceptNotResource: "Identity pool {{pool}} gives anyone on the internet guest credentials for role {{role}}, whose riskiest grant is every action except {{excluded}} on every resource but a few (`NotResource`).";
    readonly grantExceptNoResource: "Identity pool {{pool}} gives anyone on the internet guest credentials for role {{role}}, whose riskiest grant is every action except {{excluded}}.";
    readonly noGrants: "Identity pool {{pool}} gives anyone on the internet guest credentials for role {{role}}, which has no grants in the linted files.";
    readonly managedOnly: "Identity pool {{pool}} gives anyone on the internet guest credentials for role {{role}}, whose grants come from managed policies {{policies}}.";
    readonly unknownRole: "Identity pool {{pool}} gives anyone on the internet guest credentials for role {{role}}, which is not in the linted files.";
    readonly noRole: "Identity pool {{pool}} allows guests, but no unauthenticated role is attached in the linted files, so guests get an identity ID and no AWS credentials.";
    readonly refused: "Identity pool {{pool}} allows guests, but the trust of its unauthenticated role {{role}} does not admit the pool's guest tokens, so guests get an identity ID and no AWS credentials.";
}, {
    readonly moreAction: "The same statement allows 1 more action.";
    readonly moreActions: "The same statement allows {{count}} more actions.";
    readonly grantOf: "The grant is in role {{owner}}.";
    readonly scopedDown: "In the enhanced flow Cognito narrows guest credentials with its session policy.";
    readonly fullGrants: "With the basic flow on, guests get its full grants.";
}> | import("../../src/rule-api.js").Rule<{
    readonly disabled: "Identity pool {{pool}} accepts tokens of {{provider}} with `ServerSideTokenCheck: {{value}}`: tokens of users who signed out globally or were deleted still buy AWS credentials until they expire.";
    readonly absent: "Identity pool {{pool}} accepts tokens of {{provider}} without `ServerSideTokenCheck` (the check runs only once it is set to true): tokens of users who signed out globally or were deleted still buy AWS credentials until they expire.";
    readonly disabledUnnamed: "Identity pool {{pool}} accepts tokens of the user pool of `CognitoIdentityProviders` entry {{entry}} with `ServerSideTokenCheck: {{value}}`: tokens of users who signed out globally or were deleted still buy AWS credentials until they expire.";
    readonly absentUnnamed: "Identity pool {{pool}} accepts tokens of the user pool of `CognitoIdentityProviders` entry {{entry}} without `ServerSideTokenCheck` (the check runs only once it is set to true): tokens of users who signed out globally or were deleted still buy AWS credentials until they expire.";
}, {
    readonly client: "The entry is for app client {{client}}.";
}> | import("../../src/rule-api.js").Rule<{
    readonly dormant: "Identity pool {{pool}} does not allow guests, yet role {{role}} is attached as its unauthenticated role with grants ({{policies}}) that anyone on the internet receives as soon as guest access is turned on.";
}, Readonly<Record<never, string>>> | import("../../src/rule-api.js").Rule<{
    readonly equalsSignUp: "The role mapping {{mapping}} of identity pool {{pool}} gives role {{role}} to users whose `{{claim}}` equals `{{value}}`, but anyone who signs up to user pool {{userPool}} can set `{{claim}}` themselves, so they pick the role.";
    readonly equalsProvider: "The role mapping {{mapping}} of identity pool {{pool}} gives role {{role}} to users whose `{{claim}}` equals `{{value}}`, but every user of the provider can set `{{claim}}` themselves, so they pick the role.";
    readonly notEqualSignUp: "The role mapping {{mapping}} of identity pool {{pool}} gives role {{role}} to users whose `{{claim}}` is not `{{value}}`, but anyone who signs up to user pool {{userPool}} can set `{{claim}}` themselves, so they pick the role.";
    readonly notEqualProvider: "The role mapping {{mapping}} of identity pool {{pool}} gives role {{role}} to users whose `{{claim}}` is not `{{value}}`, but every user of the provider can set `{{claim}}` themselves, so they pick the role.";
    readonly startsWithSignUp: "The role mapping {{mapping}} of identity pool {{pool}} gives role {{role}} to users whose `{{claim}}` starts with `{{value}}`, but anyone who signs up to user pool {{userPool}} can set `{{claim}}` themselves, so they pick the role.";
    readonly startsWithProvider: "The role mapping {{mapping}} of identity pool {{pool}} gives role {{role}} to users whose `{{claim}}` starts with `{{value}}`, but every user of the provider can set `{{claim}}` themselves, so they pick the role.";
    readonly containsSignUp: "The role mapping {{mapping}} of identity pool {{pool}} gives role {{role}} to users whose `{{claim}}` contains `{{value}}`, but anyone who signs up to user pool {{userPool}} can set `{{claim}}` themselves, so they pick the role.";
    readonly containsProvider: "The role mapping {{mapping}} of identity pool {{pool}} gives role {{role}} to users whose `{{claim}}` contains `{{value}}`, but every user of the provider can set `{{claim}}` themselves, so they pick the role.";
    readonly matchesSignUp: "The role mapping {{mapping}} of identity pool {{pool}} gives role {{role}} to users whose `{{claim}}` matches `{{value}}`, but anyone who signs up to user pool {{userPool}} can set `{{claim}}` themselves, so they pick the role.";
    readonly matchesProvider: "The role mapping {{mapping}} of identity pool {{pool}} gives role {{role}} to users whose `{{claim}}` matches `{{value}}`, but every user of the provider can set `{{claim}}` themselves, so they pick the role.";
}, {
    readonly writableListed: "App client {{client}} lists `{{claim}}` in `{{property}}`.";
    readonly writableAllStandard: "App client {{client}} has no `{{property}}`, so it may write every standard attribute.";
    readonly writableRequired: "`{{claim}}` is a required attribute of user pool {{userPool}}, which users always write.";
    readonly writableUsername: "`cognito:username` is the user name chosen at sign-up, since user pool {{userPool}} allows self sign-up and has no `UsernameAttributes`.";
    readonly writableImmutable: "`{{claim}}` is immutable, but user pool {{userPool}} allows self sign-up, so users set it when signing up.";
}> | import("../../src/rule-api.js").Rule<{
    readonly writableSignUp: "Identity pool {{pool}} sets principal tag `{{tag}}` from `{{claim}}`, which anyone who signs up to user pool {{userPool}} can set themselves, and {{uses}} relies on `aws:PrincipalTag/{{tag}}`, so users choose what it grants them.";
    readonly writableProvider: "Identity pool {{pool}} sets principal tag `{{tag}}` from `{{claim}}`, which every user of the provider can set themselves, and {{uses}} relies on `aws:PrincipalTag/{{tag}}`, so users choose what it grants them.";
}, {
    readonly writableListed: "App client {{client}} lists `{{claim}}` in `{{property}}`.";
    readonly writableAllStandard: "App client {{client}} has no `{{property}}`, so it may write every standard attribute.";
    readonly writableRequired: "`{{claim}}` is a required attribute of user pool {{userPool}}, which users always write.";
    readonly writableUsername: "`cognito:username` is the user name chosen at sign-up, since user pool {{userPool}} allows self sign-up and has no `UsernameAttributes`.";
    readonly writableImmutable: "`{{claim}}` is immutable, but user pool {{userPool}} allows self sign-up, so users set it when signing up.";
}>)[];
export default _default;
