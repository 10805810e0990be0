declare const _default: import("../../src/rule-api.js").Rule<{
    readonly tooShort: "{{pool}} accepts passwords of {{length}} characters: its password policy sets `MinimumLength` under 8.";
    readonly noCharacterClass: "{{pool}} accepts {{length}}-character passwords that need no lowercase letter, uppercase letter, number or symbol: under 12 characters, such passwords are easy to guess.";
}, Readonly<Record<never, string>>>;
export default _default;
