declare const _default: import("../../src/rule-api.js").Rule<{
    readonly missing: "{{client}} does not set `{{property}}`, so it is `LEGACY`: sign-in, password reset and confirmation tell callers whether a user name exists.";
    readonly legacy: "{{client}} sets `{{property}}` to `{{value}}`: sign-in, password reset and confirmation tell callers whether a user name exists.";
    readonly conditional: "{{client}} leaves `{{property}}` at `LEGACY` in some deployments (one of its alternatives is not `ENABLED`): there, sign-in, password reset and confirmation tell callers whether a user name exists.";
}, Readonly<Record<never, string>>>;
export default _default;
