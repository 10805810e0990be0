declare const _default: import("../../src/rule-api.js").Rule<"wildcard" | "missing" | "userPool" | "empty" | "otherPool">;
export default _default;
