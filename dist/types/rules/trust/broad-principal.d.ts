declare const _default: import("../../src/rule-api.js").Rule<"anyone">;
export default _default;
