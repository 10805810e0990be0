declare const _default: import("../../src/rule-api.js").Rule<"broad">;
export default _default;
