declare const _default: import("../../src/rule-api.js").Rule<Readonly<Record<string, string>>, Readonly<Record<never, string>>>;
export default _default;
