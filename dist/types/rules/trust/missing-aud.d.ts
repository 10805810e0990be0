declare const _default: import("../../src/rule-api.js").Rule<"operator" | "negated" | "wildcard" | "missing" | "forAllValues" | "ifExists">;
export default _default;
