declare const _default: import("../../src/rule-api.js").Rule<"mismatch">;
export default _default;
