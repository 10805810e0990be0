declare const _default: import("../../src/rule-api.js").Rule<{
    readonly missing: "Role {{role}} can be assumed with a token from any identity pool in any account: its trust statement has no `cognito-identity.amazonaws.com:aud` condition (IAM refuses to create such a trust today, so the role is either legacy or will not deploy).";
    readonly wildcard: "Role {{role}} can be assumed from any identity pool matching `{{value}}`: a wildcard `aud` under `{{operator}}` pins nothing (IAM refuses to create such a trust today, so the role is either legacy or will not deploy).";
    readonly negated: "Role {{role}} tests `aud` with `{{operator}}`, which is true for every other identity pool and when the key is absent, so any pool in any account can assume it (IAM refuses to create such a trust today, so the role is either legacy or will not deploy).";
    readonly ifExists: "Role {{role}} tests `aud` with `{{operator}}`, which passes when the key is absent, so the condition does not bind the role to its identity pools (IAM refuses to create such a trust today, so the role is either legacy or will not deploy).";
    readonly forAllValues: "Role {{role}} tests `aud` with `{{operator}}`, which is true when the key is absent, so the condition does not bind the role to its identity pools (IAM refuses to create such a trust today, so the role is either legacy or will not deploy).";
    readonly operator: "Role {{role}} tests `aud` with `{{operator}}`, which does not restrict the role to specific identity pools (IAM refuses to create such a trust today, so the role is either legacy or will not deploy).";
}, Readonly<Record<never, string>>>;
export default _default;
