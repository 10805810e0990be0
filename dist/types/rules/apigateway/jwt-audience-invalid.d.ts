declare const _default: import("../../src/rule-api.js").Rule<{
    readonly missing: "JWT authorizer {{authorizer}} has no `{{property}}`: API Gateway needs the app client IDs whose tokens it accepts.";
    readonly empty: "JWT authorizer {{authorizer}} has an empty `{{property}}`: it names no app client whose tokens it accepts.";
    readonly wildcard: "JWT authorizer {{authorizer}} lists `{{value}}` in `{{property}}`: AWS documents audience entries as values the token's `aud` or `client_id` must match, not patterns, so the entry either matches no token or was meant to accept tokens of any client.";
    readonly userPool: "JWT authorizer {{authorizer}} lists `{{value}}` in `{{property}}`, which names the user pool, not an app client: Cognito tokens carry the app client ID in `aud` (ID token) or `client_id` (access token).";
    readonly otherPool: "JWT authorizer {{authorizer}} lists app client `{{client}}` of user pool `{{clientPool}}` in `{{property}}`, but its issuer is user pool `{{issuerPool}}`: no token is valid for both.";
}, Readonly<Record<never, string>>>;
export default _default;
