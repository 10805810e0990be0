declare const _default: import("../../src/rule-api.js").Rule<"writable">;
export default _default;
