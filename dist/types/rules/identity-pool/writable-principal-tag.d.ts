declare const _default: import("../../src/rule-api.js").Rule<{
    readonly writable: "Identity pool {{pool}} sets principal tag `{{tag}}` from `{{claim}}`, which {{who}} can set themselves ({{because}}), and {{uses}} relies on `aws:PrincipalTag/{{tag}}`, so users choose what it grants them.";
}, Readonly<Record<never, string>>>;
export default _default;
