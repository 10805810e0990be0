declare const _default: import("../../src/rule-api.js").Rule<"guest" | "temporary">;
export default _default;
