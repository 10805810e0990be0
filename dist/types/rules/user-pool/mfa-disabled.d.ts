declare const _default: import("../../src/rule-api.js").Rule<{
    readonly missing: "{{pool}} does not set `{{property}}`, so multi-factor authentication is off: a stolen or guessed password is enough to sign in.";
    readonly off: "{{pool}} sets `{{property}}` to `OFF`: a stolen or guessed password is enough to sign in.";
    readonly conditional: "{{pool}} turns multi-factor authentication off in some deployments (`{{property}}` is `OFF` or absent in one of its alternatives): there, a stolen or guessed password is enough to sign in.";
}, Readonly<Record<never, string>>>;
export default _default;
