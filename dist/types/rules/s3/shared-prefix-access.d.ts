declare const _default: import("../../src/rule-api.js").Rule<{
    readonly shared: "Role {{role}}, {{exposure}}, may read every object under `{{prefix}}` in bucket `{{bucket}}`, shared by all its users.";
}, {
    readonly amplifyPublic: "This is Amplify's public level: readable by every user of the app.";
    readonly amplifyProtected: "This is Amplify's protected level: every user reads everyone's files, each writes only their own.";
}>;
export default _default;
