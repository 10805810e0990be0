declare const _default: import("../../src/rule-api.js").Rule<"unknown">;
export default _default;
