declare const _default: import("../../src/rule-api.js").Rule<"operation" | "method" | "samAuthorizer" | "samEvent">;
export default _default;
