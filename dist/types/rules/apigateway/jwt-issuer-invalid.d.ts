declare const _default: import("../../src/rule-api.js").Rule<"arn" | "http" | "trailingSlash" | "noRegion" | "malformed">;
export default _default;
