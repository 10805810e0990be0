declare const _default: import("../../src/rule-api.js").Rule<{
    readonly method: "{{method}} requires scopes {{scopes}}: API Gateway then accepts only access tokens, so a client that sends the ID token gets 401 Unauthorized.";
    readonly samAuthorizer: "Cognito authorizer `{{authorizer}}` of API `{{api}}` requires scopes {{scopes}} on every method that uses it: API Gateway then accepts only access tokens, so a client that sends the ID token gets 401 Unauthorized.";
    readonly samEvent: "Function event `{{event}}` (`{{route}}` on API `{{api}}`) requires scopes {{scopes}}: API Gateway then accepts only access tokens, so a client that sends the ID token gets 401 Unauthorized.";
    readonly operation: "{{route}} of API `{{api}}` requires scopes {{scopes}} of Cognito scheme `{{scheme}}`: API Gateway then accepts only access tokens, so a client that sends the ID token gets 401 Unauthorized.";
}, Readonly<Record<never, string>>>;
export default _default;
