declare const _default: (import("../../src/rule-api.js").Rule<"admin"> | import("../../src/rule-api.js").Rule<"broad"> | import("../../src/rule-api.js").Rule<"telemetry" | "write" | "telemetryAnyResource" | "lexBot" | "documented">)[];
export default _default;
