declare const _default: import("../../src/rule-api.js").Rule<"open" | "openDefault">;
export default _default;
