declare const _default: import("../../src/rule-api.js").Rule<"missing" | "old">;
export default _default;
