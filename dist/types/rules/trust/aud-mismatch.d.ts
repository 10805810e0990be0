declare const _default: import("../../src/rule-api.js").Rule<{
    readonly mismatchAuthenticated: "Role {{role}} is the authenticated role of identity pool {{pool}}, but its trust only admits tokens whose `aud` is {{aud}}: the pool cannot obtain credentials for it, and another pool can.";
    readonly mismatchUnauthenticated: "Role {{role}} is the unauthenticated (guest) role of identity pool {{pool}}, but its trust only admits tokens whose `aud` is {{aud}}: the pool cannot obtain credentials for it, and another pool can.";
    readonly mismatchRules: "Role {{role}} is the role chosen by a role-mapping rule of identity pool {{pool}}, but its trust only admits tokens whose `aud` is {{aud}}: the pool cannot obtain credentials for it, and another pool can.";
    readonly mismatchGroup: "Role {{role}} is the role of a user pool group of identity pool {{pool}}, but its trust only admits tokens whose `aud` is {{aud}}: the pool cannot obtain credentials for it, and another pool can.";
}, Readonly<Record<never, string>>>;
export default _default;
