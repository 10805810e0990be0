import {
  defineRule,
  INPUT_PROBLEM_MESSAGES,
  READ_FAILURE_NOTES,
  SYNTAX_MESSAGES,
  type InputProblemCode,
  type MessageTemplates,
  type SyntaxCode,
} from '../../src/rule-api.js';

/**
 * Problems after which the file is still linted, with what the message adds about the rest of the
 * file: invalid UTF-8 is decoded with U+FFFD in place of the bad bytes (src/inputs/decode.ts), and of
 * several YAML documents the first is linted (its text says so). Their message must not say the file
 * cannot be read when its other findings are in the same report.
 */
const STILL_LINTED: Partial<Record<SyntaxCode, string>> = {
  'text/invalid-utf8': '; the rest of the file was linted, with U+FFFD in place of the bad bytes',
  'yaml/multiple-documents': '',
};

function syntaxMessage(code: SyntaxCode, text: string): string {
  const rest = STILL_LINTED[code];
  return rest === undefined ? `{{file}} cannot be read: ${text}.` : `In {{file}}: ${text}${rest}.`;
}

/**
 * One message per problem code: the parsers' and readers' words (src/parsers/syntax-messages.ts,
 * src/inputs/problem-messages.ts), a syntax error's after the file it makes unreadable. The data
 * comes with each problem, keyed by its code's placeholders, so the templates are typed as text
 * (the data is not checked by the compiler); test/parsers/problem-codes.test.ts fills every template.
 */
const byCode: Readonly<Record<SyntaxCode | InputProblemCode, string>> = {
  ...(Object.fromEntries(
    Object.entries(SYNTAX_MESSAGES).map(([code, text]) => [code, syntaxMessage(code as SyntaxCode, text)]),
  ) as Record<SyntaxCode, string>),
  ...INPUT_PROBLEM_MESSAGES,
};

/** Widened: a report names its message by the problem's code, which the union of codes cannot check per ID. */
const messages: MessageTemplates = byCode;

/** Why a file a problem names could not be read, by the read failure's code (src/inputs/read-failures.ts); widened as `messages`. */
const notes: MessageTemplates = READ_FAILURE_NOTES;

export default defineRule({
  meta: {
    id: 'input/parse-error',
    description:
      'Every input file must be valid JSON or YAML, and every template a cdk.out manifest names must exist inside the assembly',
    severity: 'high',
    messages,
    notes,
    fix: 'Fix the syntax at the reported position (or the manifest entry), then lint again: nothing in an unreadable file was checked.',
    fixIn: {
      terraform:
        'A plan or state file is written by Terraform: write it again with `terraform show -json <planfile> > plan.json` (or `terraform show -json > state.json`) instead of editing it, then lint again.',
      serverless:
        'Fix the syntax at the reported position, in `serverless.yml` or the file a `${file(…)}` variable includes, then lint again: nothing in an unreadable file was checked.',
    },
    references: ['https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/template-formats.html'],
    tags: ['input'],
  },
  check(context) {
    for (const doc of context.model.documents) {
      // The first error only: parsers recover badly, and what follows the first error is mostly its echo.
      const error = doc.syntaxErrors[0];
      if (!error) continue;
      context.report({
        messageId: error.code,
        data: { ...error.data, file: doc.file },
        at: { doc, pointer: '' },
        range: error.range,
      });
    }
    for (const problem of context.model.problems) {
      if (!problem.doc) continue;
      // The key is the problem's code and pointer, never its wording: rewording must not make baselined findings new.
      context.report({
        messageId: problem.code,
        data: problem.data,
        ...(problem.reason ? { notes: [{ id: problem.reason.code, data: problem.reason.data }] } : {}),
        at: { doc: problem.doc, pointer: '' },
        range: problem.range,
        key: `${problem.code}:${problem.pointer}`,
      });
    }
  },
});
