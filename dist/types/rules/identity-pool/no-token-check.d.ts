declare const _default: import("../../src/rule-api.js").Rule<{
    readonly disabled: "Identity pool {{pool}} accepts tokens of {{provider}} with `ServerSideTokenCheck: {{value}}`: tokens of users who signed out globally or were deleted still buy AWS credentials until they expire.";
    readonly absent: "Identity pool {{pool}} accepts tokens of {{provider}} without `ServerSideTokenCheck` (the check runs only once it is set to true): tokens of users who signed out globally or were deleted still buy AWS credentials until they expire.";
    readonly disabledUnnamed: "Identity pool {{pool}} accepts tokens of the user pool of `CognitoIdentityProviders` entry {{entry}} with `ServerSideTokenCheck: {{value}}`: tokens of users who signed out globally or were deleted still buy AWS credentials until they expire.";
    readonly absentUnnamed: "Identity pool {{pool}} accepts tokens of the user pool of `CognitoIdentityProviders` entry {{entry}} without `ServerSideTokenCheck` (the check runs only once it is set to true): tokens of users who signed out globally or were deleted still buy AWS credentials until they expire.";
}, {
    readonly client: "The entry is for app client {{client}}.";
}>;
export default _default;
