declare const _default: import("../../src/rule-api.js").Rule<{
    readonly openAbsent: "{{method}} has no `{{property}}` (API Gateway then uses `NONE`) although the API has authorizer {{authorizers}}: anyone who can reach the API can call it.";
    readonly openNone: "{{method}} has `{{property}}: NONE` although the API has authorizer {{authorizers}}: anyone who can reach the API can call it.";
    readonly openMaybeNone: "{{method}} has an `{{property}}` that may be `NONE` although the API has authorizer {{authorizers}}: anyone who can reach the API can call it.";
    readonly openUnnamedAbsent: "{{method}} has no `{{property}}` (API Gateway then uses `NONE`): anyone who can reach the API can call it.";
    readonly openUnnamedNone: "{{method}} has `{{property}}: NONE`: anyone who can reach the API can call it.";
    readonly openUnnamedMaybeNone: "{{method}} has an `{{property}}` that may be `NONE`: anyone who can reach the API can call it.";
    readonly noAuthorizerAbsent: "{{method}} has no `{{property}}` (API Gateway then uses `NONE`), and the API has no authorizer at all: anyone who can reach the API can call it.";
    readonly noAuthorizerNone: "{{method}} has `{{property}}: NONE`, and the API has no authorizer at all: anyone who can reach the API can call it.";
    readonly noAuthorizerMaybeNone: "{{method}} has an `{{property}}` that may be `NONE`, and the API has no authorizer at all: anyone who can reach the API can call it.";
    readonly apiKeyOnlyAbsent: "{{method}} has no `{{property}}` (API Gateway then uses `NONE`) and relies on an API key (`{{apiKey}}: true`), which identifies a client but does not authenticate anyone: whoever holds the key can call it.";
    readonly apiKeyOnlyNone: "{{method}} has `{{property}}: NONE` and relies on an API key (`{{apiKey}}: true`), which identifies a client but does not authenticate anyone: whoever holds the key can call it.";
    readonly apiKeyOnlyMaybeNone: "{{method}} has an `{{property}}` that may be `NONE` and relies on an API key (`{{apiKey}}: true`), which identifies a client but does not authenticate anyone: whoever holds the key can call it.";
}, Readonly<Record<never, string>>>;
export default _default;
