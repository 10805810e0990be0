declare const _default: import("../../src/rule-api.js").Rule<{
    readonly writableSignUp: "Identity pool {{pool}} sets principal tag `{{tag}}` from `{{claim}}`, which anyone who signs up to user pool {{userPool}} can set themselves, and {{uses}} relies on `aws:PrincipalTag/{{tag}}`, so users choose what it grants them.";
    readonly writableProvider: "Identity pool {{pool}} sets principal tag `{{tag}}` from `{{claim}}`, which every user of the provider can set themselves, and {{uses}} relies on `aws:PrincipalTag/{{tag}}`, so users choose what it grants them.";
}, {
    readonly writableListed: "App client {{client}} lists `{{claim}}` in `{{property}}`.";
    readonly writableAllStandard: "App client {{client}} has no `{{property}}`, so it may write every standard attribute.";
    readonly writableRequired: "`{{claim}}` is a required attribute of user pool {{userPool}}, which users always write.";
    readonly writableUsername: "`cognito:username` is the user name chosen at sign-up, since user pool {{userPool}} allows self sign-up and has no `UsernameAttributes`.";
    readonly writableImmutable: "`{{claim}}` is immutable, but user pool {{userPool}} allows self sign-up, so users set it when signing up.";
}>;
export default _default;
