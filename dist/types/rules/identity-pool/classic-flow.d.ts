declare const _default: import("../../src/rule-api.js").Rule<"withGuests" | "signedInOnly">;
export default _default;
