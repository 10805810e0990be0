declare const _default: import("../../src/rule-api.js").Rule<"method" | "operation" | "samAuthorizer" | "samEvent">;
export default _default;
