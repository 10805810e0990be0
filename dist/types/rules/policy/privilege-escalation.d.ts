declare const _default: import("../../src/rule-api.js").Rule<{
    readonly role: "Role {{role}} may use {{actions}} on every resource through {{statement}} of {{policy}}, which lets it {{why}}.";
    readonly policy: "The {{policy}} allows {{actions}} on every resource in {{statement}}, which lets its holder {{why}}.";
}, Readonly<Record<never, string>>>;
export default _default;
