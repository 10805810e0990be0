declare const _default: import("../../src/rule-api.js").Rule<"unscoped">;
export default _default;
