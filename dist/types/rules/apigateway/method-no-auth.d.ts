declare const _default: import("../../src/rule-api.js").Rule<{
    readonly open: "{{method}} has {{how}}{{authorizers}}: anyone who can reach the API can call it.";
    readonly noAuthorizer: "{{method}} has {{how}}, and the API has no authorizer at all: anyone who can reach the API can call it.";
    readonly apiKeyOnly: "{{method}} has {{how}} and relies on an API key (`ApiKeyRequired: true`), which identifies a client but does not authenticate anyone: whoever holds the key can call it.";
}, Readonly<Record<never, string>>>;
export default _default;
