declare const _default: import("../../src/rule-api.js").Rule<"notAction" | "notActionScoped" | "notResource" | "both">;
export default _default;
