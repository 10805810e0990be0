declare const _default: import("../../src/rule-api.js").Rule<{
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
}>;
export default _default;
