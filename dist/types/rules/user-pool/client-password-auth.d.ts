declare const _default: import("../../src/rule-api.js").Rule<{
    readonly passwordAuth: "{{client}} allows `{{flow}}`: the app sends the user's password to Cognito in the request instead of proving it with SRP.";
}, Readonly<Record<never, string>>>;
export default _default;
