declare const _default: import("../../src/rule-api.js").Rule<"tooShort" | "noCharacterClass">;
export default _default;
