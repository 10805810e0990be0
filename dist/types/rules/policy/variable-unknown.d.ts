declare const _default: import("../../src/rule-api.js").Rule<"operator" | "element" | "unknownKey" | "beforeFifthColon" | "notSubstitutedReference">;
export default _default;
