declare const _default: import("../../src/rule-api.js").Rule<"input" | "syntax">[];
export default _default;
