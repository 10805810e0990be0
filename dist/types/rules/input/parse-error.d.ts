declare const _default: import("../../src/rule-api.js").Rule<Readonly<Record<string, string>>, Readonly<Record<string, string>>>;
export default _default;
