declare const _default: import("../../src/rule-api.js").Rule<"wildcard">;
export default _default;
