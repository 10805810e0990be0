declare const _default: import("../../src/rule-api.js").Rule<{
    readonly wildcard: "Bucket {{bucket}}, written by role {{role}}, lets any website send {{methods}} requests (`{{property}}: [\"*\"]`): a page on another origin can drive uploads with a visitor's credentials.";
}, Readonly<Record<never, string>>>;
export default _default;
