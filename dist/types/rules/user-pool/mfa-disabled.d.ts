declare const _default: import("../../src/rule-api.js").Rule<"missing" | "conditional" | "off">;
export default _default;
