declare const _default: import("../../src/rule-api.js").Rule<{
    readonly objectOnBucket: "Role {{role}} gets no {{actions}} from this statement: S3 authorizes object actions on object ARNs (`bucket/key`), and the statement names only bucket ARNs {{resources}}; add `/*` or the user's prefix to the resource.";
    readonly bucketOnObject: "Role {{role}} gets no {{actions}} from this statement: S3 authorizes listing on the bucket ARN, and the statement names only object ARNs {{resources}}; use the bucket ARN with an `s3:prefix` condition.";
}, {
    readonly othersApply: "The statement does grant {{others}} on these resources.";
}>;
export default _default;
