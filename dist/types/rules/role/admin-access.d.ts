declare const _default: import("../../src/rule-api.js").Rule<"admin">;
export default _default;
