import { defineRule } from '../../src/rule-api.js';

export default defineRule({
  meta: {
    id: 'input/parse-error',
    description:
      'Every input file must be valid JSON or YAML, and every template a cdk.out manifest names must exist inside the assembly',
    severity: 'high',
    messages: {
      syntax: '{{file}} cannot be read: {{detail}}.',
      input: '{{detail}}',
    },
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
        messageId: 'syntax',
        data: { file: doc.file, detail: error.message.replace(/\.$/, '') },
        at: { doc, pointer: '' },
        range: error.range,
      });
    }
    for (const problem of context.model.problems) {
      if (!problem.doc) continue;
      // The key is the problem's code and pointer, never its wording: rewording must not make baselined findings new.
      context.report({
        messageId: 'input',
        data: { detail: problem.message },
        at: { doc: problem.doc, pointer: '' },
        range: problem.range,
        key: `${problem.code}:${problem.pointer}`,
      });
    }
  },
});
