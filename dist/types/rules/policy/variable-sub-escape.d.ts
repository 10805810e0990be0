declare const _default: import("../../src/rule-api.js").Rule<"unescapedInSub" | "escapeOutsideSub">;
export default _default;
