declare const _default: import("../../src/rule-api.js").Rule<"missing">;
export default _default;
