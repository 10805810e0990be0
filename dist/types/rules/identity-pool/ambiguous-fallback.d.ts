declare const _default: import("../../src/rule-api.js").Rule<"fallback">;
export default _default;
