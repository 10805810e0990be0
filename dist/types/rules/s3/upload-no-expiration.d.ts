declare const _default: import("../../src/rule-api.js").Rule<{
    readonly guestAnywhere: "Bucket {{bucket}} can be written by {{guests}}, and no enabled lifecycle rule expires those objects: anonymous uploads pile up for ever (and are billed).";
    readonly guest: "Bucket {{bucket}} can be written under {{prefixes}} by {{guests}}, and no enabled lifecycle rule expires those objects: anonymous uploads pile up for ever (and are billed).";
    readonly temporary: "Bucket {{bucket}} receives uploads under `{{prefix}}` from role {{role}}, and no enabled lifecycle rule expires them: temporary uploads never clean themselves up.";
}, Readonly<Record<never, string>>>;
export default _default;
