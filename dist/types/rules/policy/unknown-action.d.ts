declare const _default: import("../../src/rule-api.js").Rule<{
    readonly unknown: "In {{where}}, no action of the AWS Service Authorization Reference matches {{actions}}, so that entry allows nothing.";
    readonly unknownMany: "In {{where}}, no action of the AWS Service Authorization Reference matches {{actions}}, so those entries allow nothing.";
    readonly unknownDeny: "In {{where}}, no action of the AWS Service Authorization Reference matches {{actions}}, so that entry denies nothing.";
    readonly unknownDenyMany: "In {{where}}, no action of the AWS Service Authorization Reference matches {{actions}}, so those entries deny nothing.";
    readonly unknownExclude: "In {{where}}, no action of the AWS Service Authorization Reference matches {{actions}}, so that entry excludes nothing.";
    readonly unknownExcludeMany: "In {{where}}, no action of the AWS Service Authorization Reference matches {{actions}}, so those entries exclude nothing.";
}, {
    readonly didYouMean: "Did you mean {{suggestion}}?";
    readonly didYouMeanFor: "Did you mean {{suggestion}} for {{action}}?";
}>;
export default _default;
