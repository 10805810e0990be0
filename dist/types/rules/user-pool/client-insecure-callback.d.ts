declare const _default: import("../../src/rule-api.js").Rule<{
    readonly callback: "{{client}} accepts the callback URL `{{url}}` over plain HTTP: authorization codes and tokens reach it unencrypted, readable and replaceable by anyone on the network path.";
    readonly logout: "{{client}} accepts the sign-out URL `{{url}}` over plain HTTP: users are sent to it unencrypted, where anyone on the network path can replace the page.";
}, Readonly<Record<never, string>>>;
export default _default;
