declare const _default: import("../../src/rule-api.js").Rule<"shared">;
export default _default;
