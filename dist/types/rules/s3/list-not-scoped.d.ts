declare const _default: import("../../src/rule-api.js").Rule<"noPrefix" | "openPrefix" | "ineffective">;
export default _default;
