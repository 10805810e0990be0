declare const _default: import("../../src/rule-api.js").Rule<{
    readonly syntax: "{{file}} cannot be read: {{detail}}.";
    readonly input: "{{detail}}";
}, Readonly<Record<never, string>>>;
export default _default;
