declare const _default: import("../../src/rule-api.js").Rule<{
    readonly bothSlots: "Guests of identity pool {{pool}} receive role {{role}}, which is also its authenticated role, and its `amr` condition admits guest tokens: every visitor gets the signed-in permissions.";
    readonly signedInAdmitsGuestsClassicFlow: "Role {{role}} is the authenticated role of identity pool {{pool}}, but its `amr` condition admits guest tokens (`unauthenticated`): a guest who picks the role through the basic (classic) flow gets signed-in permissions.";
    readonly signedInAdmitsGuestsClassicFlowRules: "Role {{role}} is the role chosen by a role-mapping rule of identity pool {{pool}}, but its `amr` condition admits guest tokens (`unauthenticated`): a guest who picks the role through the basic (classic) flow gets signed-in permissions.";
    readonly signedInAdmitsGuestsClassicFlowGroup: "Role {{role}} is the role of user pool group {{group}} of identity pool {{pool}}, but its `amr` condition admits guest tokens (`unauthenticated`): a guest who picks the role through the basic (classic) flow gets signed-in permissions.";
    readonly signedInAdmitsGuests: "Role {{role}} is the authenticated role of identity pool {{pool}}, but its `amr` condition admits guest tokens (`unauthenticated`): only `AllowClassicFlow: false` keeps guests from picking it and getting signed-in permissions.";
    readonly signedInAdmitsGuestsRules: "Role {{role}} is the role chosen by a role-mapping rule of identity pool {{pool}}, but its `amr` condition admits guest tokens (`unauthenticated`): only `AllowClassicFlow: false` keeps guests from picking it and getting signed-in permissions.";
    readonly signedInAdmitsGuestsGroup: "Role {{role}} is the role of user pool group {{group}} of identity pool {{pool}}, but its `amr` condition admits guest tokens (`unauthenticated`): only `AllowClassicFlow: false` keeps guests from picking it and getting signed-in permissions.";
    readonly guestSlotBroken: "Role {{role}} is the unauthenticated (guest) role of identity pool {{pool}}, but its `amr` condition admits only signed-in tokens, so guests can never assume it and guest sign-in fails.";
    readonly signedInSlotBroken: "Role {{role}} is the authenticated role of identity pool {{pool}}, but its `amr` condition admits only guest tokens, so signed-in users can never assume it.";
    readonly signedInSlotBrokenRules: "Role {{role}} is the role chosen by a role-mapping rule of identity pool {{pool}}, but its `amr` condition admits only guest tokens, so signed-in users can never assume it.";
    readonly signedInSlotBrokenGroup: "Role {{role}} is the role of user pool group {{group}} of identity pool {{pool}}, but its `amr` condition admits only guest tokens, so signed-in users can never assume it.";
    readonly guestSlotNoToken: "Role {{role}} is the unauthenticated (guest) role of identity pool {{pool}}, but its `amr` condition admits no token, guest or signed-in, so guests can never assume it and guest sign-in fails.";
    readonly signedInSlotNoToken: "Role {{role}} is the authenticated role of identity pool {{pool}}, but its `amr` condition admits no token, guest or signed-in, so signed-in users can never assume it.";
    readonly signedInSlotNoTokenRules: "Role {{role}} is the role chosen by a role-mapping rule of identity pool {{pool}}, but its `amr` condition admits no token, guest or signed-in, so signed-in users can never assume it.";
    readonly signedInSlotNoTokenGroup: "Role {{role}} is the role of user pool group {{group}} of identity pool {{pool}}, but its `amr` condition admits no token, guest or signed-in, so signed-in users can never assume it.";
}, {
    readonly guestSlotBroken: "Also, as the guest role it admits only signed-in tokens.";
    readonly signedInSlotBroken: "Also, as the authenticated role it admits only guest tokens.";
    readonly signedInSlotBrokenRules: "Also, as the role chosen by a role-mapping rule it admits only guest tokens.";
    readonly signedInSlotBrokenGroup: "Also, as the role of user pool group {{group}} it admits only guest tokens.";
    readonly signedInSlotNoToken: "Also, as the authenticated role it admits no token.";
    readonly signedInSlotNoTokenRules: "Also, as the role chosen by a role-mapping rule it admits no token.";
    readonly signedInSlotNoTokenGroup: "Also, as the role of user pool group {{group}} it admits no token.";
}>;
export default _default;
