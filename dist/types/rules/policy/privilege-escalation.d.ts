declare const _default: import("../../src/rule-api.js").Rule<{
    readonly role: "Role {{role}} may use {{actions}} on every resource through {{statement}} of {{policy}}, which lets it gain permissions it was not given.";
    readonly policy: "The {{policy}} allows {{actions}} on every resource in {{statement}}, which lets its holder gain permissions it was not given.";
    readonly roleOne: "Role {{role}} may use {{actions}} on every resource through {{statement}} of {{policy}}.";
    readonly policyOne: "The {{policy}} allows {{actions}} on every resource in {{statement}}.";
}, Readonly<Record<string, string>>>;
export default _default;
