declare const _default: import("../../src/rule-api.js").Rule<{
    readonly grant: "Identity pool {{pool}} gives anyone on the internet guest credentials for role {{role}}, whose riskiest grant is {{action}} on {{resources}}.";
    readonly grantNotResource: "Identity pool {{pool}} gives anyone on the internet guest credentials for role {{role}}, whose riskiest grant is {{action}} on every resource but a few (`NotResource`).";
    readonly grantNoResource: "Identity pool {{pool}} gives anyone on the internet guest credentials for role {{role}}, whose riskiest grant is {{action}}.";
    readonly grantExcept: "Identity pool {{pool}} gives anyone on the internet guest credentials for role {{role}}, whose riskiest grant is every action except {{excluded}} on {{resources}}.";
    readonly grantExceptNotResource: "Identity pool {{pool}} gives anyone on the internet guest credentials for role {{role}}, whose riskiest grant is every action except {{excluded}} on every resource but a few (`NotResource`).";
    readonly grantExceptNoResource: "Identity pool {{pool}} gives anyone on the internet guest credentials for role {{role}}, whose riskiest grant is every action except {{excluded}}.";
    readonly noGrants: "Identity pool {{pool}} gives anyone on the internet guest credentials for role {{role}}, which has no grants in the linted files.";
    readonly managedOnly: "Identity pool {{pool}} gives anyone on the internet guest credentials for role {{role}}, whose grants come from managed policies {{policies}}.";
    readonly unknownRole: "Identity pool {{pool}} gives anyone on the internet guest credentials for role {{role}}, which is not in the linted files.";
    readonly noRole: "Identity pool {{pool}} allows guests, but no unauthenticated role is attached in the linted files, so guests get an identity ID and no AWS credentials.";
    readonly refused: "Identity pool {{pool}} allows guests, but the trust of its unauthenticated role {{role}} does not admit the pool's guest tokens, so guests get an identity ID and no AWS credentials.";
}, {
    readonly moreAction: "The same statement allows 1 more action.";
    readonly moreActions: "The same statement allows {{count}} more actions.";
    readonly grantOf: "The grant is in role {{owner}}.";
    readonly scopedDown: "In the enhanced flow Cognito narrows guest credentials with its session policy.";
    readonly fullGrants: "With the basic flow on, guests get its full grants.";
}>;
export default _default;
