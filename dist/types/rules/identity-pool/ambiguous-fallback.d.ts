declare const _default: import("../../src/rule-api.js").Rule<{
    readonly fallback: "The role mapping {{mapping}} of identity pool {{pool}} sends users of {{provider}} who match none of its rules to the default authenticated role {{role}}; `Deny` would fail closed.";
    readonly fallbackUnnamed: "The role mapping {{mapping}} of identity pool {{pool}} sends users of {{provider}} who match none of its rules to the default authenticated role; `Deny` would fail closed.";
}, Readonly<Record<never, string>>>;
export default _default;
