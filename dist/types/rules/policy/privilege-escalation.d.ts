declare const _default: import("../../src/rule-api.js").Rule<"role" | "policy">;
export default _default;
