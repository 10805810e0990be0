declare const _default: import("../../src/rule-api.js").Rule<"noDefault" | "explicitNone">;
export default _default;
