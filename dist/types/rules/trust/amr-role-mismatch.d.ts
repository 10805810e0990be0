declare const _default: import("../../src/rule-api.js").Rule<"bothSlots" | "signedInAdmitsGuests" | "guestSlotBroken" | "signedInSlotBroken">;
export default _default;
