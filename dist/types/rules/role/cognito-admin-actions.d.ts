declare const _default: import("../../src/rule-api.js").Rule<{
    readonly admin: "Role {{role}}, {{exposure}}, may {{actions}} on {{pools}} through {{via}}: any {{who}} can {{abilities}}.";
}, {
    readonly dormant: "The grant is dormant until the basic (classic) flow is enabled or the scope-down changes.";
}>;
export default _default;
