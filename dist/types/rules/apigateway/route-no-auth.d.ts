declare const _default: import("../../src/rule-api.js").Rule<{
    readonly open: "Route `{{route}}` of HTTP API `{{api}}` has {{how}} although the API has JWT authorizer {{authorizers}}: anyone who can reach the API can call it.";
    readonly openDefault: "Route `$default` of HTTP API `{{api}}` has {{how}} although the API has JWT authorizer {{authorizers}}: every request that matches no other route reaches its integration without a token.";
}, Readonly<Record<never, string>>>;
export default _default;
