declare const _default: (import("../../src/rule-api.js").Rule<{
    readonly objectOnBucket: "Role {{role}}: {{actions}} act on objects, but the statement names only the bucket ARN {{resources}}, so it grants nothing; add `/*` or the user's prefix to the resource.";
    readonly bucketOnObject: "Role {{role}}: {{actions}} act on the bucket, but the statement names only object ARNs {{resources}}, so it grants nothing; use the bucket ARN with an `s3:prefix` condition.";
}, Readonly<Record<never, string>>> | import("../../src/rule-api.js").Rule<{
    readonly wildcard: "Bucket {{bucket}}, written by role {{role}}, lets any website send {{methods}} requests (`AllowedOrigins: [\"*\"]`): a page on another origin can drive uploads with a visitor's credentials.";
}, Readonly<Record<never, string>>> | import("../../src/rule-api.js").Rule<{
    readonly noPrefix: "Role {{role}}, {{exposure}}, may {{actions}} on {{resources}} with no `s3:prefix` condition: every {{who}} lists every key in the bucket, including other users' file names.";
    readonly openPrefix: "Role {{role}}, {{exposure}}, may {{actions}} with `s3:prefix` `{{value}}` under `{{operator}}`, which matches every key: every {{who}} lists the whole bucket.";
    readonly ineffective: "Role {{role}}: `s3:prefix` `{{value}}` under `{{operator}}` is compared literally (no wildcards), so this list permission never matches; use `StringLike`.";
}, Readonly<Record<never, string>>> | import("../../src/rule-api.js").Rule<{
    readonly unscopedRead: "Role {{role}}, {{exposure}}, may {{actions}} on {{resources}} through {{via}}: every {{who}} can read every other user's objects.";
    readonly unscopedWrite: "Role {{role}}, {{exposure}}, may {{actions}} on {{resources}} through {{via}}: every {{who}} writes to the same shared keys and can overwrite the others' files.";
    readonly unscoped: "Role {{role}}, {{exposure}}, may {{actions}} on {{resources}} through {{via}}: every {{who}} can read, overwrite and delete every other user's objects.";
}, {
    readonly conditionsIgnored: "The statement's condition on {{keys}} was not taken into account.";
}> | import("../../src/rule-api.js").Rule<{
    readonly shared: "Role {{role}}, {{exposure}}, may read every object under `{{prefix}}` in bucket `{{bucket}}`, shared by all its users.";
}, {
    readonly amplifyPublic: "This is Amplify's public level: readable by every user of the app.";
    readonly amplifyProtected: "This is Amplify's protected level: every user reads everyone's files, each writes only their own.";
}> | import("../../src/rule-api.js").Rule<{
    readonly guestAnywhere: "Bucket {{bucket}} can be written by {{guests}}, and no enabled lifecycle rule expires those objects: anonymous uploads pile up for ever (and are billed).";
    readonly guest: "Bucket {{bucket}} can be written under {{prefixes}} by {{guests}}, and no enabled lifecycle rule expires those objects: anonymous uploads pile up for ever (and are billed).";
    readonly temporary: "Bucket {{bucket}} receives uploads under `{{prefix}}` from role {{role}}, and no enabled lifecycle rule expires them: temporary uploads never clean themselves up.";
}, Readonly<Record<never, string>>>)[];
export default _default;
