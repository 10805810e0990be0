declare const _default: import("../../src/rule-api.js").Rule<"passwordAuth">;
export default _default;
