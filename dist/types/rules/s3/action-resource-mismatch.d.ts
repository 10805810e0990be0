declare const _default: import("../../src/rule-api.js").Rule<{
    readonly objectOnBucket: "Role {{role}}: {{actions}} act on objects, but the statement names only the bucket ARN {{resources}}, so it grants nothing; add `/*` or the user's prefix to the resource.";
    readonly bucketOnObject: "Role {{role}}: {{actions}} act on the bucket, but the statement names only object ARNs {{resources}}, so it grants nothing; use the bucket ARN with an `s3:prefix` condition.";
}, Readonly<Record<never, string>>>;
export default _default;
