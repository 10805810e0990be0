declare const _default: import("../../src/rule-api.js").Rule<"wildcard" | "other" | "notAction" | "assumeRole">;
export default _default;
