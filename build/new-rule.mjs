#!/usr/bin/env node
/**
 * `npm run new-rule <area>/<name> [-- --root <dir>]`: the five artefacts of a rule (README,
 * "one rule, one name, five artefacts"), registered:
 *
 *   rules/<area>/<name>.ts            meta (id, description, severity, messages, fix, references) and a check that reports nothing yet
 *   rules/<area>/<name>.md            the page layout test/meta/rules.test.ts requires
 *   test/rules/<area>/<name>.test.ts  a RuleTester run (test/rules/rule-tester.ts)
 *   test/fixtures/rules/<area>/<name>/{valid,invalid}/<name>.yaml   one starter template each
 *   rules/<area>/index.ts             the rule added (a new area gets its index.ts and a line in rules/index.ts)
 *
 * The test expects one finding on the invalid starter, so it fails until the check reports it: write
 * the fixture, the expectation, then the check. Plain Node, no dependency: it writes text, it does
 * not load the rules. A malformed name, an existing rule or a bad option is one line on stderr, exit 2.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ID = /^([a-z][a-z0-9]*(?:-[a-z0-9]+)*)\/([a-z][a-z0-9]*(?:-[a-z0-9]+)*)$/;
const USAGE = 'usage: npm run new-rule <area>/<name> [-- --root <dir>]';

class UsageError extends Error {}

function parseArgs(argv) {
  let root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const ids = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--root') {
      const value = argv[++i];
      if (value === undefined) throw new UsageError('--root needs a directory');
      root = resolve(value);
    } else if (arg.startsWith('-')) throw new UsageError(`unknown option ${arg} (${USAGE})`);
    else ids.push(arg);
  }
  if (ids.length !== 1) throw new UsageError(USAGE);
  return { id: ids[0], root };
}

/** `guest-write-access` → `guestWriteAccess`: the name a module is imported under. */
const camel = (kebab) => kebab.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());

function ruleModule(id, area) {
  return `import { defineRule } from '../../src/rule-api.js';

export default defineRule({
  meta: {
    id: '${id}',
    description: 'TODO: one line saying what the rule checks',
    severity: 'medium',
    messages: {
      // One sentence with a concrete subject; values go in placeholders (README, "Adding a rule").
      problem: 'Resource {{resource}} TODO: says what is wrong and what it lets someone do.',
    },
    fix: 'TODO: one line saying how to fix it.',
    references: ['https://docs.aws.amazon.com/TODO-the-page-the-rule-relies-on.html'],
    tags: ['${area}'],
  },
  check() {
    // TODO: read context.model (check(context)) and report at the exact node:
    // context.report({ messageId: 'problem', data: { resource: \`\\\`\${entity.name}\\\`\` }, at: entity.source });
  },
});
`;
}

function rulePage(id) {
  return `# ${id}

TODO: one line saying what the rule checks

Severity: **medium**

## Why it matters

TODO: what goes wrong, for whom, citing the AWS documentation the rule relies on.

## Incorrect

\`\`\`yaml
AWSTemplateFormatVersion: "2010-09-09"
Description: TODO a template ${id} reports
Resources: {}
\`\`\`

## Correct

\`\`\`yaml
AWSTemplateFormatVersion: "2010-09-09"
Description: TODO the same template, fixed
Resources: {}
\`\`\`

## How to fix

TODO: the change, in CloudFormation and in CDK.

\`\`\`yaml
# TODO
\`\`\`

\`\`\`ts
// TODO
\`\`\`

### Terraform

TODO: the change in HCL (\`$\${…}\` for an IAM variable), and \`meta.fixIn.terraform\`; or one line starting "Cannot arise in Terraform".

\`\`\`hcl
# TODO
\`\`\`

### Serverless Framework

TODO: a whole serverless.yml (and \`meta.fixIn.serverless\`), or one line starting "As in CloudFormation" or "Cannot arise".

## References

- [TODO](https://docs.aws.amazon.com/TODO-the-page-the-rule-relies-on.html)
`;
}

function ruleTest(id, name) {
  return `import { ruleTester } from '../rule-tester.js';

ruleTester.run('${id}', {
  valid: 'all',
  invalid: {
    // TODO: what this fixture shows; its findings in report order.
    '${name}.yaml': [{ messageId: 'problem', line: 5, column: 5, resource: 'Example' }],
  },
});
`;
}

function fixture(id, kind) {
  const what = kind === 'invalid' ? `${id} must report` : `${id} must not report`;
  return `AWSTemplateFormatVersion: "2010-09-09"
Description: TODO a template ${what}
Resources:
  Example:
    Type: AWS::S3::Bucket
`;
}

/** `open a, b, c close` on one line when it fits the house width (120, .prettierrc.json), else one entry a line, as Prettier writes it. */
function listText(open, names, close) {
  const line = `${open}${names.join(', ')}${close}`;
  return line.length <= 120 ? line : [open, ...names.map((n) => `  ${n},`), close].join('\n');
}

/** The area's index.ts with the rule added, imports and list in file-name order. */
function registerInArea(text, name) {
  const importLine = (file) => `import ${camel(file)} from './${file}.js';`;
  const imports = [...text.matchAll(/^import (\w+) from '\.\/([\w-]+)\.js';$/gm)].map((m) => m[2]);
  const list = /^export default \[([^\]]*)\];$/m.exec(text);
  if (!list) throw new UsageError('rules index has no `export default [...]` line to add the rule to');
  const files = [...imports, name].sort();
  const body = text
    .replace(/^import (\w+) from '\.\/([\w-]+)\.js';\n/gm, '')
    .replace(list[0], '')
    .trim();
  return [
    ...files.map(importLine),
    '',
    ...(body ? [body, ''] : []),
    listText('export default [', files.map(camel), '];'),
    '',
  ].join('\n');
}

/** rules/index.ts with a new area's import and its entry in `areas`, in name order. */
function registerArea(text, area) {
  const line = `import ${camel(area)} from './${area}/index.js';`;
  const imports = [...text.matchAll(/^import \w+ from '\.\/([\w-]+)\/index\.js';$/gm)];
  const after = imports.filter((m) => m[1] < area).at(-1) ?? imports.at(-1);
  if (!after) throw new UsageError('rules/index.ts has no area import to add the new area beside');
  const before = imports.find((m) => m[1] > area);
  const withImport = before
    ? text.replace(before[0], `${line}\n${before[0]}`)
    : text.replace(after[0], `${after[0]}\n${line}`);
  const areas = /(const areas[^=]*= \[)([^\]]*)(\];)/.exec(withImport);
  if (!areas) throw new UsageError('rules/index.ts has no `const areas = [...]` to add the new area to');
  const names = [
    ...areas[2]
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    camel(area),
  ].sort();
  return withImport.replace(areas[0], listText(areas[1], names, areas[3]));
}

function main(argv) {
  const { id, root } = parseArgs(argv);
  const match = ID.exec(id);
  if (!match)
    throw new UsageError(
      `\`${id}\` is not a rule ID: <area>/<name>, lower-case words joined by "-" (e.g. trust/missing-aud)`,
    );
  const [, area, name] = match;
  if (!existsSync(join(root, 'rules', 'index.ts')))
    throw new UsageError(`${root} has no rules/index.ts (is --root the repository?)`);

  const files = {
    [`rules/${area}/${name}.ts`]: ruleModule(id, area),
    [`rules/${area}/${name}.md`]: rulePage(id),
    [`test/rules/${area}/${name}.test.ts`]: ruleTest(id, name),
    [`test/fixtures/rules/${area}/${name}/valid/${name}.yaml`]: fixture(id, 'valid'),
    [`test/fixtures/rules/${area}/${name}/invalid/${name}.yaml`]: fixture(id, 'invalid'),
  };
  const areaIndex = join(root, 'rules', area, 'index.ts');
  const registered =
    existsSync(areaIndex) && new RegExp(`from '\\./${name}\\.js'`).test(readFileSync(areaIndex, 'utf8'));
  const taken = Object.keys(files).filter((path) => existsSync(join(root, path)));
  if (registered || taken.length > 0)
    throw new UsageError(
      `rule ${id} exists already (${registered ? `rules/${area}/index.ts registers it` : taken[0]})`,
    );

  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  const newArea = !existsSync(areaIndex);
  if (!newArea) {
    writeFileSync(areaIndex, registerInArea(readFileSync(areaIndex, 'utf8'), name));
  } else {
    writeFileSync(areaIndex, registerInArea(`export default [];\n`, name));
    const registry = join(root, 'rules', 'index.ts');
    writeFileSync(registry, registerArea(readFileSync(registry, 'utf8'), area));
  }

  process.stdout.write(
    [
      `Created ${id}:`,
      ...Object.keys(files).map((path) => `  ${path}`),
      `  registered in rules/${area}/index.ts${newArea ? ' (a new area, added to rules/index.ts)' : ''}`,
      'Next: write the invalid fixture and its expected findings in the test (it fails until the check reports them),',
      'then the check, the valid fixture, the page (its Incorrect example must be flagged, its Correct one not),',
      'then `UPDATE_README=1 npx vitest run test/meta/readme.test.ts` (rule table) and `npm run build` (dist/).',
      '',
    ].join('\n'),
  );
}

try {
  main(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  process.stderr.write(`new-rule: ${error.message}\n`);
  process.exit(2);
}
