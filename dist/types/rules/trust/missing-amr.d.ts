declare const _default: import("../../src/rule-api.js").Rule<{
    readonly guestsCanAssume: "Role {{role}} does not test `cognito-identity.amazonaws.com:amr`, and guests and the basic (classic) flow are allowed in {{pools}}: a guest token buys this role, because with the basic flow the client picks the role.";
    readonly noPoolResolved: "Role {{role}} does not test `cognito-identity.amazonaws.com:amr`, and no identity pool it trusts could be read to rule out guests with the basic (classic) flow: a guest token may buy this role.";
    readonly defenceInDepth: "Role {{role}} does not test `cognito-identity.amazonaws.com:amr`: guest access or the basic (classic) flow is turned off today in {{pools}}, but the role relies on that alone; AWS recommends an `amr` condition on every identity-pool role.";
}, Readonly<Record<never, string>>>;
export default _default;
