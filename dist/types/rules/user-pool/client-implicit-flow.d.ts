declare const _default: import("../../src/rule-api.js").Rule<"implicit">;
export default _default;
