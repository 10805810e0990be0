declare const _default: import("../../src/rule-api.js").Rule<"open" | "noAuthorizer" | "apiKeyOnly">;
export default _default;
