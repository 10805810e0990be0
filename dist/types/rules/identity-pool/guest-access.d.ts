declare const _default: import("../../src/rule-api.js").Rule<"grant" | "noGrants" | "managedOnly" | "unknownRole" | "noRole">;
export default _default;
