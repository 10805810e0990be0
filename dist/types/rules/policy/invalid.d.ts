declare const _default: import("../../src/rule-api.js").Rule<"grammar" | "roleInlineSize">;
export default _default;
