declare const _default: (import("../../src/rule-api.js").Rule<{
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
}> | import("../../src/rule-api.js").Rule<{
    readonly bothSlots: "Guests of identity pool {{pool}} receive role {{role}}, which is also its authenticated role, and its `amr` condition admits guest tokens: every visitor gets the signed-in permissions.";
    readonly signedInAdmitsGuestsClassicFlow: "Role {{role}} is the authenticated role of identity pool {{pool}}, but its `amr` condition admits guest tokens (`unauthenticated`): a guest who picks the role through the basic (classic) flow gets signed-in permissions.";
    readonly signedInAdmitsGuestsClassicFlowRules: "Role {{role}} is the role chosen by a role-mapping rule of identity pool {{pool}}, but its `amr` condition admits guest tokens (`unauthenticated`): a guest who picks the role through the basic (classic) flow gets signed-in permissions.";
    readonly signedInAdmitsGuestsClassicFlowGroup: "Role {{role}} is the role of user pool group {{group}} of identity pool {{pool}}, but its `amr` condition admits guest tokens (`unauthenticated`): a guest who picks the role through the basic (classic) flow gets signed-in permissions.";
    readonly signedInAdmitsGuests: "Role {{role}} is the authenticated role of identity pool {{pool}}, but its `amr` condition admits guest tokens (`unauthenticated`): only `AllowClassicFlow: false` keeps guests from picking it and getting signed-in permissions.";
    readonly signedInAdmitsGuestsRules: "Role {{role}} is the role chosen by a role-mapping rule of identity pool {{pool}}, but its `amr` condition admits guest tokens (`unauthenticated`): only `AllowClassicFlow: false` keeps guests from picking it and getting signed-in permissions.";
    readonly signedInAdmitsGuestsGroup: "Role {{role}} is the role of user pool group {{group}} of identity pool {{pool}}, but its `amr` condition admits guest tokens (`unauthenticated`): only `AllowClassicFlow: false` keeps guests from picking it and getting signed-in permissions.";
    readonly guestSlotBroken: "Role {{role}} is the unauthenticated (guest) role of identity pool {{pool}}, but its `amr` condition admits only signed-in tokens, so guests can never assume it and guest sign-in fails.";
    readonly signedInSlotBroken: "Role {{role}} is the authenticated role of identity pool {{pool}}, but its `amr` condition admits only guest tokens, so signed-in users can never assume it.";
    readonly signedInSlotBrokenRules: "Role {{role}} is the role chosen by a role-mapping rule of identity pool {{pool}}, but its `amr` condition admits only guest tokens, so signed-in users can never assume it.";
    readonly signedInSlotBrokenGroup: "Role {{role}} is the role of user pool group {{group}} of identity pool {{pool}}, but its `amr` condition admits only guest tokens, so signed-in users can never assume it.";
    readonly guestSlotNoToken: "Role {{role}} is the unauthenticated (guest) role of identity pool {{pool}}, but its `amr` condition admits no token, guest or signed-in, so guests can never assume it and guest sign-in fails.";
    readonly signedInSlotNoToken: "Role {{role}} is the authenticated role of identity pool {{pool}}, but its `amr` condition admits no token, guest or signed-in, so signed-in users can never assume it.";
    readonly signedInSlotNoTokenRules: "Role {{role}} is the role chosen by a role-mapping rule of identity pool {{pool}}, but its `amr` condition admits no token, guest or signed-in, so signed-in users can never assume it.";
    readonly signedInSlotNoTokenGroup: "Role {{role}} is the role of user pool group {{group}} of identity pool {{pool}}, but its `amr` condition admits no token, guest or signed-in, so signed-in users can never assume it.";
}, {
    readonly guestSlotBroken: "Also, as the guest role it admits only signed-in tokens.";
    readonly signedInSlotBroken: "Also, as the authenticated role it admits only guest tokens.";
    readonly signedInSlotBrokenRules: "Also, as the role chosen by a role-mapping rule it admits only guest tokens.";
    readonly signedInSlotBrokenGroup: "Also, as the role of user pool group {{group}} it admits only guest tokens.";
    readonly signedInSlotNoToken: "Also, as the authenticated role it admits no token.";
    readonly signedInSlotNoTokenRules: "Also, as the role chosen by a role-mapping rule it admits no token.";
    readonly signedInSlotNoTokenGroup: "Also, as the role of user pool group {{group}} it admits no token.";
}> | import("../../src/rule-api.js").Rule<{
    readonly mismatchAuthenticated: "Role {{role}} is the authenticated role of identity pool {{pool}}, but its trust only admits tokens whose `aud` is {{aud}}: the pool cannot obtain credentials for it, and another pool can.";
    readonly mismatchUnauthenticated: "Role {{role}} is the unauthenticated (guest) role of identity pool {{pool}}, but its trust only admits tokens whose `aud` is {{aud}}: the pool cannot obtain credentials for it, and another pool can.";
    readonly mismatchRules: "Role {{role}} is the role chosen by a role-mapping rule of identity pool {{pool}}, but its trust only admits tokens whose `aud` is {{aud}}: the pool cannot obtain credentials for it, and another pool can.";
    readonly mismatchGroup: "Role {{role}} is the role of a user pool group of identity pool {{pool}}, but its trust only admits tokens whose `aud` is {{aud}}: the pool cannot obtain credentials for it, and another pool can.";
}, Readonly<Record<never, string>>> | import("../../src/rule-api.js").Rule<{
    readonly anyone: "Role {{role}} trusts {{principal}} with no condition that pins the caller (`aws:PrincipalArn`, `aws:PrincipalAccount`, `aws:PrincipalOrgID`, `sts:ExternalId` or an `aud`): anyone, from any AWS account or identity provider, can assume it.";
    readonly anyToken: "Role {{role}} trusts {{principal}} with no condition that pins the caller (`aws:PrincipalArn`, `aws:PrincipalAccount`, `aws:PrincipalOrgID`, `sts:ExternalId` or an `aud`): a token from any identity provider can assume it.";
    readonly anyAwsPrincipal: "Role {{role}} trusts {{principal}} with no condition that pins the caller (`aws:PrincipalArn`, `aws:PrincipalAccount`, `aws:PrincipalOrgID`, `sts:ExternalId` or an `aud`): any AWS principal in any account can assume it.";
}, Readonly<Record<never, string>>> | import("../../src/rule-api.js").Rule<{
    readonly guestsCanAssume: "Role {{role}} does not test `cognito-identity.amazonaws.com:amr`, and guests and the basic (classic) flow are allowed in {{pools}}: a guest token buys this role, because with the basic flow the client picks the role.";
    readonly noPoolResolved: "Role {{role}} does not test `cognito-identity.amazonaws.com:amr`, and no identity pool it trusts could be read to rule out guests with the basic (classic) flow: a guest token may buy this role.";
    readonly defenceInDepth: "Role {{role}} does not test `cognito-identity.amazonaws.com:amr`: guest access or the basic (classic) flow is turned off today in {{pools}}, but the role relies on that alone; AWS recommends an `amr` condition on every identity-pool role.";
}, Readonly<Record<never, string>>> | import("../../src/rule-api.js").Rule<{
    readonly missing: "Role {{role}} can be assumed with a token from any identity pool in any account: its trust statement has no `cognito-identity.amazonaws.com:aud` condition (IAM refuses to create such a trust today, so the role is either legacy or will not deploy).";
    readonly wildcard: "Role {{role}} can be assumed from any identity pool matching `{{value}}`: a wildcard `aud` under `{{operator}}` pins nothing (IAM refuses to create such a trust today, so the role is either legacy or will not deploy).";
    readonly negated: "Role {{role}} tests `aud` with `{{operator}}`, which is true for every other identity pool and when the key is absent, so any pool in any account can assume it (IAM refuses to create such a trust today, so the role is either legacy or will not deploy).";
    readonly ifExists: "Role {{role}} tests `aud` with `{{operator}}`, which passes when the key is absent, so the condition does not bind the role to its identity pools (IAM refuses to create such a trust today, so the role is either legacy or will not deploy).";
    readonly forAllValues: "Role {{role}} tests `aud` with `{{operator}}`, which is true when the key is absent, so the condition does not bind the role to its identity pools (IAM refuses to create such a trust today, so the role is either legacy or will not deploy).";
    readonly operator: "Role {{role}} tests `aud` with `{{operator}}`, which does not restrict the role to specific identity pools (IAM refuses to create such a trust today, so the role is either legacy or will not deploy).";
}, Readonly<Record<never, string>>> | import("../../src/rule-api.js").Rule<{
    readonly missing: "Identity pool {{pool}} maps principal tags ({{tags}}) for {{provider}}, but role {{role}}, its authenticated role, does not allow `sts:TagSession` in the statement that allows `sts:AssumeRoleWithWebIdentity`: STS refuses to issue tagged credentials for it, so those users get no credentials.";
    readonly missingDefaults: "Identity pool {{pool}} maps principal tags (the default tags) for {{provider}}, but role {{role}}, its authenticated role, does not allow `sts:TagSession` in the statement that allows `sts:AssumeRoleWithWebIdentity`: STS refuses to issue tagged credentials for it, so those users get no credentials.";
    readonly missingDefaultsAnd: "Identity pool {{pool}} maps principal tags (the default tags, {{tags}}) for {{provider}}, but role {{role}}, its authenticated role, does not allow `sts:TagSession` in the statement that allows `sts:AssumeRoleWithWebIdentity`: STS refuses to issue tagged credentials for it, so those users get no credentials.";
    readonly missingMappingRule: "Identity pool {{pool}} maps principal tags ({{tags}}) for {{provider}}, but role {{role}}, chosen by its role-mapping rule {{rule}} for this provider, does not allow `sts:TagSession` in the statement that allows `sts:AssumeRoleWithWebIdentity`: STS refuses to issue tagged credentials for it, so those users get no credentials.";
    readonly missingMappingRuleDefaults: "Identity pool {{pool}} maps principal tags (the default tags) for {{provider}}, but role {{role}}, chosen by its role-mapping rule {{rule}} for this provider, does not allow `sts:TagSession` in the statement that allows `sts:AssumeRoleWithWebIdentity`: STS refuses to issue tagged credentials for it, so those users get no credentials.";
    readonly missingMappingRuleDefaultsAnd: "Identity pool {{pool}} maps principal tags (the default tags, {{tags}}) for {{provider}}, but role {{role}}, chosen by its role-mapping rule {{rule}} for this provider, does not allow `sts:TagSession` in the statement that allows `sts:AssumeRoleWithWebIdentity`: STS refuses to issue tagged credentials for it, so those users get no credentials.";
    readonly missingGroupRole: "Identity pool {{pool}} maps principal tags ({{tags}}) for {{provider}}, but role {{role}}, the role of user pool group `{{group}}`, does not allow `sts:TagSession` in the statement that allows `sts:AssumeRoleWithWebIdentity`: STS refuses to issue tagged credentials for it, so those users get no credentials.";
    readonly missingGroupRoleDefaults: "Identity pool {{pool}} maps principal tags (the default tags) for {{provider}}, but role {{role}}, the role of user pool group `{{group}}`, does not allow `sts:TagSession` in the statement that allows `sts:AssumeRoleWithWebIdentity`: STS refuses to issue tagged credentials for it, so those users get no credentials.";
    readonly missingGroupRoleDefaultsAnd: "Identity pool {{pool}} maps principal tags (the default tags, {{tags}}) for {{provider}}, but role {{role}}, the role of user pool group `{{group}}`, does not allow `sts:TagSession` in the statement that allows `sts:AssumeRoleWithWebIdentity`: STS refuses to issue tagged credentials for it, so those users get no credentials.";
}, Readonly<Record<never, string>>> | import("../../src/rule-api.js").Rule<{
    readonly assumeRole: "Role {{role}} allows the identity-pool principal {{actions}}, which a federated principal can never use: `sts:AssumeRole` takes IAM credentials, identity-pool tokens only work with `sts:AssumeRoleWithWebIdentity`.";
    readonly wildcard: "Role {{role}} allows the identity-pool principal {{actions}}, a wildcard that matches far more than `sts:AssumeRoleWithWebIdentity` (and `sts:TagSession` for principal tags), the only actions its tokens can use.";
    readonly other: "Role {{role}} allows the identity-pool principal {{actions}}, which identity-pool tokens have no use for: only `sts:AssumeRoleWithWebIdentity` (and `sts:TagSession` for principal tags) belong in this statement.";
    readonly notAction: "Role {{role}} allows the identity-pool principal every action except {{actions}} through `NotAction`, instead of naming `sts:AssumeRoleWithWebIdentity`.";
}, Readonly<Record<never, string>>>)[];
export default _default;
