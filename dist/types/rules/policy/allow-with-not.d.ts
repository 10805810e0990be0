declare const _default: import("../../src/rule-api.js").Rule<{
    readonly notAction: "In {{where}}, `Allow` with `NotAction` grants every action except {{actions}}, including every action AWS adds later.";
    readonly notActionScoped: "In {{where}}, `Allow` with `NotAction` grants every action on its resources except {{actions}}, including every action AWS adds later.";
    readonly notResource: "In {{where}}, `Allow` with `NotResource` grants its actions on every resource except {{resources}}, including resources created later.";
    readonly both: "In {{where}}, `Allow` with `NotAction` and `NotResource` grants every action except {{actions}} on every resource except {{resources}}.";
}, Readonly<Record<never, string>>>;
export default _default;
