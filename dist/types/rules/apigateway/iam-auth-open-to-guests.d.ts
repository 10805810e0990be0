declare const _default: import("../../src/rule-api.js").Rule<"open">;
export default _default;
