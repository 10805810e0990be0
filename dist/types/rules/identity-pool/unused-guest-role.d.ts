declare const _default: import("../../src/rule-api.js").Rule<{
    readonly dormant: "Identity pool {{pool}} does not allow guests, yet role {{role}} is attached as its unauthenticated role with grants ({{policies}}) that anyone on the internet receives as soon as guest access is turned on.";
}, Readonly<Record<never, string>>>;
export default _default;
