declare const _default: import("../../src/rule-api.js").Rule<{
    readonly assumeRole: "Role {{role}} allows the identity-pool principal {{actions}}, which a federated principal can never use: `sts:AssumeRole` takes IAM credentials, identity-pool tokens only work with `sts:AssumeRoleWithWebIdentity`.";
    readonly wildcard: "Role {{role}} allows the identity-pool principal {{actions}}, a wildcard that matches far more than `sts:AssumeRoleWithWebIdentity` (and `sts:TagSession` for principal tags), the only actions its tokens can use.";
    readonly other: "Role {{role}} allows the identity-pool principal {{actions}}, which identity-pool tokens have no use for: only `sts:AssumeRoleWithWebIdentity` (and `sts:TagSession` for principal tags) belong in this statement.";
    readonly notAction: "Role {{role}} allows the identity-pool principal every action except {{actions}} through `NotAction`, instead of naming `sts:AssumeRoleWithWebIdentity`.";
}, Readonly<Record<never, string>>>;
export default _default;
