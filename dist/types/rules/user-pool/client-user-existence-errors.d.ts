declare const _default: import("../../src/rule-api.js").Rule<"missing" | "legacy" | "conditional">;
export default _default;
