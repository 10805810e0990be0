declare const _default: import("../../src/rule-api.js").Rule<{
    readonly admin: "Role {{role}}, {{exposure}}, may {{actions}} through {{via}} ({{reasons}}): every {{who}} holds these credentials in the browser.";
}, {
    readonly dormant: "The grant is dormant until the basic (classic) flow is enabled or the scope-down changes.";
}>;
export default _default;
