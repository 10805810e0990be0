declare const _default: import("../../src/rule-api.js").Rule<{
    readonly mismatch: "Role {{role}} is the {{slot}} of identity pool {{pool}}, but its trust only admits tokens whose `aud` is {{aud}}: the pool cannot obtain credentials for it, and another pool can.";
}, Readonly<Record<never, string>>>;
export default _default;
