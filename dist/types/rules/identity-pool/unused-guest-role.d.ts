declare const _default: import("../../src/rule-api.js").Rule<"dormant">;
export default _default;
