/**
 * What the input readers say about a cdk.out assembly or a parameter file they could not read
 * whole, by code (src/inputs/cdk-assembly.ts, src/inputs/load.ts): each problem carries its code
 * and values, and its words are here, once. input/parse-error has one message per code
 * (rules/input/parse-error.ts). The code, with the problem's pointer, is also what identifies the
 * finding in its fingerprint, so a code is never renamed.
 */
import { type PlaceholderValue } from '../core/template.js';
import { type ReadFailure, type ReadFailureCode } from './read-failures.js';
export declare const INPUT_PROBLEM_MESSAGES: {
    readonly 'manifest-unreadable': "{{manifest}} cannot be read.";
    readonly 'not-a-manifest': "{{manifest}}: not a cloud assembly manifest (no `artifacts` object).";
    readonly 'assembly-repeated': "{{manifest}}: artifact `{{artifact}}` names assembly directory `{{directory}}`, the same assembly as `{{first}}`, already read; it is not read again.";
    readonly 'assembly-missing': "{{manifest}}: artifact `{{artifact}}` names assembly directory `{{directory}}`, which has no manifest.json.";
    readonly 'assembly-unreadable': "{{manifest}}: artifact `{{artifact}}` names assembly directory `{{directory}}`, whose manifest.json cannot be read.";
    readonly 'assembly-no-directory': "{{manifest}}: artifact `{{artifact}}` is a nested cloud assembly without a `directoryName`.";
    readonly 'assembly-outside': "{{manifest}}: artifact `{{artifact}}` names assembly directory `{{directory}}`, which is outside the assembly directory.";
    readonly 'assembly-too-deep': "{{manifest}}: artifact `{{artifact}}` nests cloud assemblies deeper than {{limit}} levels; it is not read.";
    readonly 'template-unnamed': "{{manifest}}: stack artifact `{{artifact}}` has no `templateFile`.";
    readonly 'template-outside': "{{manifest}}: artifact `{{artifact}}` names template `{{template}}`, which is outside the assembly directory.";
    readonly 'template-missing': "{{manifest}}: artifact `{{artifact}}` names template `{{template}}`, which does not exist.";
    readonly 'template-unreadable': "{{manifest}}: artifact `{{artifact}}` names template `{{template}}`, which cannot be read.";
    readonly 'nested-template-outside': "Nested stack `{{stack}}` names template `{{template}}`, which is outside the assembly directory.";
    readonly 'nested-template-not-beside': "Nested stack `{{stack}}` names template `{{template}}`, which is not beside its parent template.";
    readonly 'nested-too-deep': "Nested stack `{{stack}}` is nested deeper than {{limit}} levels; its template is not read.";
    readonly 'nested-template-missing': "Nested stack `{{stack}}` names template `{{template}}`, which does not exist.";
    readonly 'nested-template-unreadable': "Nested stack `{{stack}}` names template `{{template}}`, which cannot be read.";
    readonly 'metadata-outside': "{{manifest}}: artifact `{{artifact}}` names metadata file `{{metadata}}`, which is outside the assembly directory.";
    readonly 'metadata-missing': "{{manifest}}: artifact `{{artifact}}` names metadata file `{{metadata}}`, which does not exist.";
    readonly 'metadata-unreadable': "{{manifest}}: artifact `{{artifact}}` names metadata file `{{metadata}}`, which cannot be read.";
    readonly 'parameters-not-a-list': "Not a CloudFormation parameter file: expected a list of {ParameterKey, ParameterValue}.";
    readonly 'parameter-no-key': "Parameter entry has no `ParameterKey`.";
    readonly 'parameter-no-value': "Parameter `{{parameter}}` has no usable value.";
};
/**
 * What went wrong with an input, as a code: with `pointer` it identifies the problem in
 * input/parse-error's fingerprint, so rewording a message never turns a baselined finding new.
 */
export type InputProblemCode = keyof typeof INPUT_PROBLEM_MESSAGES;
export type InputProblemData = Readonly<Record<string, PlaceholderValue>>;
/**
 * The note a problem about a file that could not be read adds: why (src/inputs/read-failures.ts), by
 * the failure's code.
 */
export declare const READ_FAILURE_NOTES: Readonly<Record<ReadFailureCode, string>>;
/** The text of an input problem, as its finding says it: the message, then the note of why a file could not be read. */
export declare function inputProblemText(code: InputProblemCode, data?: InputProblemData, reason?: ReadFailure): string;
