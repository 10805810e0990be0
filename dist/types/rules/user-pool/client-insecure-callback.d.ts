declare const _default: import("../../src/rule-api.js").Rule<"callback" | "logout">;
export default _default;
