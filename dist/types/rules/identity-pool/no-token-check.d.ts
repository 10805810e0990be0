declare const _default: import("../../src/rule-api.js").Rule<{
    readonly disabled: "Identity pool {{pool}} accepts tokens of {{provider}} with `ServerSideTokenCheck: {{value}}`: tokens of users who signed out globally or were deleted still buy AWS credentials until they expire.";
    readonly absent: "Identity pool {{pool}} accepts tokens of {{provider}} without `ServerSideTokenCheck` (the check runs only once it is set to true): tokens of users who signed out globally or were deleted still buy AWS credentials until they expire.";
}, Readonly<Record<never, string>>>;
export default _default;
