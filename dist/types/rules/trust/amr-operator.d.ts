declare const _default: import("../../src/rule-api.js").Rule<"negated" | "other" | "singleValued" | "forAllValues" | "ifExists">;
export default _default;
