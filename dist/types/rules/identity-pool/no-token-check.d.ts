declare const _default: import("../../src/rule-api.js").Rule<"absent" | "disabled">;
export default _default;
