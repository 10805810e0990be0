declare const _default: import("../../src/rule-api.js").Rule<"objectOnBucket" | "bucketOnObject">;
export default _default;
