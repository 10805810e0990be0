declare const _default: import("../../src/rule-api.js").Rule<{
    readonly noPrefix: "Role {{role}}, {{exposure}}, may {{actions}} on {{resources}} with no `s3:prefix` condition: every {{who}} lists every key in the bucket, including other users' file names.";
    readonly openPrefix: "Role {{role}}, {{exposure}}, may {{actions}} with `s3:prefix` `{{value}}` under `{{operator}}`, which matches every key: every {{who}} lists the whole bucket.";
    readonly ineffective: "Role {{role}}: `s3:prefix` `{{value}}` under `{{operator}}` is compared literally (no wildcards), so this list permission never matches; use `StringLike`.";
}, Readonly<Record<never, string>>>;
export default _default;
