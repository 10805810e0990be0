declare const _default: import("../../src/rule-api.js").Rule<{
    readonly duplicate: "Key `{{key}}` appears more than once in the same object: reviewers read one value while AWS applies another.";
}, Readonly<Record<never, string>>>;
export default _default;
