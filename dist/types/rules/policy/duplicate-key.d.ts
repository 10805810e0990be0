declare const _default: import("../../src/rule-api.js").Rule<"duplicate">;
export default _default;
