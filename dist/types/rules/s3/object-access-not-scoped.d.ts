declare const _default: import("../../src/rule-api.js").Rule<{
    readonly unscopedRead: "Role {{role}}, {{exposure}}, may {{actions}} on {{resources}} through {{via}}: every {{who}} can read every other user's objects.";
    readonly unscopedWrite: "Role {{role}}, {{exposure}}, may {{actions}} on {{resources}} through {{via}}: every {{who}} writes to the same shared keys and can overwrite the others' files.";
    readonly unscoped: "Role {{role}}, {{exposure}}, may {{actions}} on {{resources}} through {{via}}: every {{who}} can read, overwrite and delete every other user's objects.";
}, {
    readonly conditionsIgnored: "The statement's condition on {{keys}} was not taken into account.";
}>;
export default _default;
