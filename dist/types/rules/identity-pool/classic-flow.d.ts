declare const _default: import("../../src/rule-api.js").Rule<{
    readonly withGuests: "Identity pool {{pool}} enables the basic (classic) flow and allows guests: any client may call STS with any role that trusts the pool ({{roles}}), so each trust policy is the only guard, and guest credentials skip the session policy Cognito applies to guests in the enhanced flow.";
    readonly signedInOnly: "Identity pool {{pool}} enables the basic (classic) flow: any signed-in client may call STS with any role that trusts the pool ({{roles}}), so each trust policy, not the pool's role mapping, decides who gets which role.";
    readonly withGuestsNoRole: "Identity pool {{pool}} enables the basic (classic) flow and allows guests: any client may call STS with any role that trusts the pool (none in the linted files), so each trust policy is the only guard, and guest credentials skip the session policy Cognito applies to guests in the enhanced flow.";
    readonly signedInOnlyNoRole: "Identity pool {{pool}} enables the basic (classic) flow: any signed-in client may call STS with any role that trusts the pool (none in the linted files), so each trust policy, not the pool's role mapping, decides who gets which role.";
}, Readonly<Record<never, string>>>;
export default _default;
