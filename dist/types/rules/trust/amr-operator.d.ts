declare const _default: import("../../src/rule-api.js").Rule<{
    readonly singleValued: "Role {{role}} tests the multivalued key `amr` with the single-valued operator `{{operator}}`: AWS requires a set operator for it, and does not document how `{{operator}}` compares a signed-in token, which carries `authenticated` plus provider names, with {{values}}.";
    readonly forAllValues: "Role {{role}} tests `amr` with `{{operator}}`, which is true for a token that carries no `amr` and false for any token with a value not in {{values}}, while real signed-in tokens carry `authenticated` plus the name of their provider.";
    readonly ifExists: "Role {{role}} tests `amr` with `{{operator}}`, which passes whenever the key is missing, so {{values}} is not required of the token.";
    readonly negated: "Role {{role}} tests `amr` with the negated operator `{{operator}}`, which admits every `amr` value except {{values}}, including provider names you have not thought of, and a token that carries no `amr` at all.";
    readonly negatedAnyValue: "Role {{role}} tests `amr` with the negated operator `{{operator}}`, which admits every `amr` value except {{values}}, including provider names you have not thought of.";
    readonly other: "Role {{role}} tests `amr` with `{{operator}}`, which is not a string set operator, so it does not say which identities ({{values}}) may assume the role.";
}, {
    readonly any: "As written, the statement admits guests and signed-in users alike.";
    readonly authenticated: "As written, the statement admits signed-in users only.";
    readonly providers: "As written, the statement admits only users signed in through {{providers}}.";
    readonly unauthenticated: "As written, the statement admits guests only.";
    readonly none: "As written, the statement admits no real token.";
    readonly unknown: "As written, the statement admits tokens that depend on undocumented or unresolved behaviour.";
}>;
export default _default;
