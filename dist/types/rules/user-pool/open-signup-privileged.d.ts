declare const _default: import("../../src/rule-api.js").Rule<"privileged">;
export default _default;
