declare const _default: import("../../src/rule-api.js").Rule<{
    readonly broad: "Role {{role}}, {{exposure}}, may {{actions}} on {{resources}} through {{via}}: every {{who}} can read all of it, not only their own data.";
}, {
    readonly conditionsIgnored: "Its condition on {{keys}} was not taken into account.";
    readonly dormant: "The grant is dormant until the basic (classic) flow is enabled or the scope-down changes.";
}>;
export default _default;
