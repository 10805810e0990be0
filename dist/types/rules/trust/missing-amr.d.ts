declare const _default: import("../../src/rule-api.js").Rule<"guestsCanAssume" | "noPoolResolved" | "defenceInDepth">;
export default _default;
