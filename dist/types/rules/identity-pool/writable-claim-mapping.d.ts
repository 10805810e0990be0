declare const _default: import("../../src/rule-api.js").Rule<{
    readonly writable: "The role mapping {{mapping}} of identity pool {{pool}} gives role {{role}} to users whose `{{claim}}` {{match}}, but {{who}} can set `{{claim}}` themselves ({{because}}), so they pick the role.";
}, Readonly<Record<never, string>>>;
export default _default;
