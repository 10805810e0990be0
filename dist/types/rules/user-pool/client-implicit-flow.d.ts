declare const _default: import("../../src/rule-api.js").Rule<{
    readonly implicit: "{{client}} allows the OAuth 2.0 implicit grant: the hosted UI returns tokens in the URL fragment of the redirect, where browser history, logs and scripts on the page can read them.";
}, Readonly<Record<never, string>>>;
export default _default;
