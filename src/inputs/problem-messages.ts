/**
 * What the input readers say about a cdk.out assembly or a parameter file they could not read
 * whole, by code (src/inputs/cdk-assembly.ts, src/inputs/load.ts): each problem carries its code
 * and values, and its words are here, once. input/parse-error has one message per code
 * (rules/input/parse-error.ts). The code, with the problem's pointer, is also what identifies the
 * finding in its fingerprint, so a code is never renamed.
 */
import { formatMessage, type PlaceholderValue } from '../core/template.js';
import { READ_FAILURES, type ReadFailure, type ReadFailureCode } from './read-failures.js';

export const INPUT_PROBLEM_MESSAGES = {
  // ── cloud assembly manifests ─────────────────────────────────────────────────────────────
  'manifest-unreadable': '{{manifest}} cannot be read.',
  'not-a-manifest': '{{manifest}}: not a cloud assembly manifest (no `artifacts` object).',
  'assembly-repeated':
    '{{manifest}}: artifact `{{artifact}}` names assembly directory `{{directory}}`, the same assembly as `{{first}}`, already read; it is not read again.',
  'assembly-missing':
    '{{manifest}}: artifact `{{artifact}}` names assembly directory `{{directory}}`, which has no manifest.json.',
  'assembly-unreadable':
    '{{manifest}}: artifact `{{artifact}}` names assembly directory `{{directory}}`, whose manifest.json cannot be read.',
  'assembly-no-directory':
    '{{manifest}}: artifact `{{artifact}}` is a nested cloud assembly without a `directoryName`.',
  'assembly-outside':
    '{{manifest}}: artifact `{{artifact}}` names assembly directory `{{directory}}`, which is outside the assembly directory.',
  'assembly-too-deep':
    '{{manifest}}: artifact `{{artifact}}` nests cloud assemblies deeper than {{limit}} levels; it is not read.',
  // ── stack templates ──────────────────────────────────────────────────────────────────────
  'template-unnamed': '{{manifest}}: stack artifact `{{artifact}}` has no `templateFile`.',
  'template-outside':
    '{{manifest}}: artifact `{{artifact}}` names template `{{template}}`, which is outside the assembly directory.',
  'template-missing': '{{manifest}}: artifact `{{artifact}}` names template `{{template}}`, which does not exist.',
  'template-unreadable': '{{manifest}}: artifact `{{artifact}}` names template `{{template}}`, which cannot be read.',
  'nested-template-outside':
    'Nested stack `{{stack}}` names template `{{template}}`, which is outside the assembly directory.',
  'nested-template-not-beside':
    'Nested stack `{{stack}}` names template `{{template}}`, which is not beside its parent template.',
  'nested-too-deep': 'Nested stack `{{stack}}` is nested deeper than {{limit}} levels; its template is not read.',
  'nested-template-missing': 'Nested stack `{{stack}}` names template `{{template}}`, which does not exist.',
  'nested-template-unreadable': 'Nested stack `{{stack}}` names template `{{template}}`, which cannot be read.',
  'metadata-outside':
    '{{manifest}}: artifact `{{artifact}}` names metadata file `{{metadata}}`, which is outside the assembly directory.',
  'metadata-missing': '{{manifest}}: artifact `{{artifact}}` names metadata file `{{metadata}}`, which does not exist.',
  'metadata-unreadable':
    '{{manifest}}: artifact `{{artifact}}` names metadata file `{{metadata}}`, which cannot be read.',
  // ── parameter files (--parameters) ───────────────────────────────────────────────────────
  'parameters-not-a-list': 'Not a CloudFormation parameter file: expected a list of {ParameterKey, ParameterValue}.',
  'parameter-no-key': 'Parameter entry has no `ParameterKey`.',
  // A list entry's `ParameterValue`, or a value of the `{"Parameters": {…}}` form.
  'parameter-no-value': 'Parameter `{{parameter}}` has no usable value.',
} as const;

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
export const READ_FAILURE_NOTES = Object.fromEntries(
  Object.entries(READ_FAILURES).map(([code, text]) => [code, `Reason: ${text}.`]),
) as Readonly<Record<ReadFailureCode, string>>;

/** The text of an input problem, as its finding says it: the message, then the note of why a file could not be read. */
export function inputProblemText(code: InputProblemCode, data?: InputProblemData, reason?: ReadFailure): string {
  const message = formatMessage(INPUT_PROBLEM_MESSAGES[code], data);
  return reason ? `${message} ${formatMessage(READ_FAILURE_NOTES[reason.code], reason.data)}` : message;
}
