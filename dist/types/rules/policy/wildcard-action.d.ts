declare const _default: import("../../src/rule-api.js").Rule<"roleEverything" | "roleServices" | "roleNotAction" | "policyEverything" | "policyServices" | "policyNotAction">;
export default _default;
