declare const _default: import("../../src/rule-api.js").Rule<{
    readonly roleEverything: "Role {{role}} may perform every action of every service through {{patterns}} in {{statement}} of {{policy}}.";
    readonly roleServices: "Role {{role}} may perform every action of {{services}} through {{patterns}} in {{statement}} of {{policy}}.";
    readonly roleNotAction: "Role {{role}} may perform every action of {{services}} through `NotAction` in {{statement}} of {{policy}}, which allows everything except {{excluded}}.";
    readonly policyEverything: "The {{policy}} allows every action of every service through {{patterns}} in {{statement}}.";
    readonly policyServices: "The {{policy}} allows every action of {{services}} through {{patterns}} in {{statement}}.";
    readonly policyNotAction: "The {{policy}} allows every action of {{services}} through `NotAction` in {{statement}}, which allows everything except {{excluded}}.";
    readonly roleServicesCount: "Role {{role}} may perform every action of {{count}} of the {{total}} services through {{patterns}} in {{statement}} of {{policy}}.";
    readonly roleNotActionCount: "Role {{role}} may perform every action of {{count}} of the {{total}} services through `NotAction` in {{statement}} of {{policy}}, which allows everything except {{excluded}}.";
    readonly policyServicesCount: "The {{policy}} allows every action of {{count}} of the {{total}} services through {{patterns}} in {{statement}}.";
    readonly policyNotActionCount: "The {{policy}} allows every action of {{count}} of the {{total}} services through `NotAction` in {{statement}}, which allows everything except {{excluded}}.";
}, {
    readonly denied: "The unconditional Deny of {{denials}} takes part of it away.";
    readonly deniedMany: "The unconditional Denies of {{denials}} take part of it away.";
}>;
export default _default;
