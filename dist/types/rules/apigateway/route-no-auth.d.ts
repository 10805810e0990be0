declare const _default: import("../../src/rule-api.js").Rule<{
    readonly openAbsent: "Route `{{route}}` of HTTP API `{{api}}` has no `{{property}}` (API Gateway then uses `NONE`) although the API has JWT authorizer {{authorizers}}: anyone who can reach the API can call it.";
    readonly openNone: "Route `{{route}}` of HTTP API `{{api}}` has `{{property}}: NONE` although the API has JWT authorizer {{authorizers}}: anyone who can reach the API can call it.";
    readonly openMaybeNone: "Route `{{route}}` of HTTP API `{{api}}` has an `{{property}}` that may be `NONE` although the API has JWT authorizer {{authorizers}}: anyone who can reach the API can call it.";
    readonly openDefaultAbsent: "Route `$default` of HTTP API `{{api}}` has no `{{property}}` (API Gateway then uses `NONE`) although the API has JWT authorizer {{authorizers}}: every request that matches no other route reaches its integration without a token.";
    readonly openDefaultNone: "Route `$default` of HTTP API `{{api}}` has `{{property}}: NONE` although the API has JWT authorizer {{authorizers}}: every request that matches no other route reaches its integration without a token.";
    readonly openDefaultMaybeNone: "Route `$default` of HTTP API `{{api}}` has an `{{property}}` that may be `NONE` although the API has JWT authorizer {{authorizers}}: every request that matches no other route reaches its integration without a token.";
}, Readonly<Record<never, string>>>;
export default _default;
