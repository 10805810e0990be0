declare const _default: import("../../src/rule-api.js").Rule<{
    readonly anyone: "Role {{role}} trusts {{principal}} with no condition that pins the caller (`aws:PrincipalArn`, `aws:PrincipalAccount`, `aws:PrincipalOrgID`, `sts:ExternalId` or an `aud`): anyone, from any AWS account or identity provider, can assume it.";
    readonly anyToken: "Role {{role}} trusts {{principal}} with no condition that pins the caller (`aws:PrincipalArn`, `aws:PrincipalAccount`, `aws:PrincipalOrgID`, `sts:ExternalId` or an `aud`): a token from any identity provider can assume it.";
    readonly anyAwsPrincipal: "Role {{role}} trusts {{principal}} with no condition that pins the caller (`aws:PrincipalArn`, `aws:PrincipalAccount`, `aws:PrincipalOrgID`, `sts:ExternalId` or an `aud`): any AWS principal in any account can assume it.";
}, Readonly<Record<never, string>>>;
export default _default;
