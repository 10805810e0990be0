declare const _default: import("../../src/rule-api.js").Rule<{
    readonly missing: "The {{policy}} has no `Version`: IAM reads {{variables}} in {{statements}} as literal text.";
    readonly old: "The {{policy}} declares `Version` `2008-10-17`: IAM reads {{variables}} in {{statements}} as literal text.";
}, {
    readonly allowGrantsNothing: "The `Allow` grants nothing there.";
    readonly denyFailsOpen: "The `Deny` fails open.";
}>;
export default _default;
