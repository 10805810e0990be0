/**
 * `npm run new-rule <area>/<name>` (build/new-rule.mjs), run as a process on a copy of what it
 * touches: it writes the five artefacts, registers the rule (and a new area), the result compiles,
 * and it refuses an existing rule or a malformed name with one line and exit code 2, changing nothing.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as prettier from 'prettier';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from './rule-docs.js';

const SCRIPT = join(REPO_ROOT, 'build', 'new-rule.mjs');
let root: string;

/** A repository copy with what the script and the compiler need: rules/ and the RuleTester copied, src/ and node_modules linked. */
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'new-rule-'));
  cpSync(join(REPO_ROOT, 'rules'), join(root, 'rules'), { recursive: true });
  mkdirSync(join(root, 'test', 'rules'), { recursive: true });
  for (const file of readdirSync(join(REPO_ROOT, 'test', 'rules')).filter(
    (f) => f.endsWith('.ts') && !f.endsWith('.test.ts'),
  )) {
    cpSync(join(REPO_ROOT, 'test', 'rules', file), join(root, 'test', 'rules', file));
  }
  // package.json says the .ts files are ES modules ("type": "module") to the compiler.
  for (const file of ['tsconfig.json', 'package.json']) cpSync(join(REPO_ROOT, file), join(root, file));
  symlinkSync(join(REPO_ROOT, 'src'), join(root, 'src'));
  symlinkSync(join(REPO_ROOT, 'node_modules'), join(root, 'node_modules'));
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

const newRule = (...args: string[]) =>
  spawnSync(process.execPath, [SCRIPT, ...args, '--root', root], { encoding: 'utf8' });
const read = (path: string) => readFileSync(join(root, path), 'utf8');

/** Type errors of the given files of the copy (and what they import), one line each. */
function typeErrors(files: string[]): string[] {
  const config = ts.getParsedCommandLineOfConfigFile(
    join(root, 'tsconfig.json'),
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} },
  );
  const options = { ...config!.options, noEmit: true, rootDir: undefined, declaration: false, sourceMap: false };
  const program = ts.createProgram(
    files.map((f) => join(root, f)),
    options,
  );
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const where = d.file ? `${d.file.fileName}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}` : '';
    return `${where} ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`;
  });
}

describe('npm run new-rule', () => {
  it('writes the rule, its page, its test and its fixtures, and registers it in its area', () => {
    const result = newRule('trust/example-check');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    for (const path of [
      'rules/trust/example-check.ts',
      'rules/trust/example-check.md',
      'test/rules/trust/example-check.test.ts',
      'test/fixtures/rules/trust/example-check/valid/example-check.yaml',
      'test/fixtures/rules/trust/example-check/invalid/example-check.yaml',
    ]) {
      expect(existsSync(join(root, path)), path).toBe(true);
      expect(result.stdout).toContain(path);
    }
    expect(read('rules/trust/example-check.ts')).toContain("id: 'trust/example-check',");
    expect(read('rules/trust/example-check.md').split('\n').slice(0, 5)).toEqual([
      '# trust/example-check',
      '',
      'TODO: one line saying what the rule checks',
      '',
      'Severity: **medium**',
    ]);
    expect(read('rules/trust/example-check.md').match(/^## .*/gm)).toEqual([
      '## Why it matters',
      '## Incorrect',
      '## Correct',
      '## How to fix',
      '## References',
    ]);
    // "How to fix" ends with the Terraform and Serverless parts test/meta/fix-forms.test.ts asks for.
    expect(read('rules/trust/example-check.md').match(/^### .*/gm)).toEqual([
      '### Terraform',
      '### Serverless Framework',
    ]);
    expect(read('test/rules/trust/example-check.test.ts')).toContain("ruleTester.run('trust/example-check', {");
    expect(read('test/rules/trust/example-check.test.ts')).toContain("'example-check.yaml': [{ messageId: 'problem'");

    const index = read('rules/trust/index.ts');
    expect(index).toContain(
      "import exampleCheck from './example-check.js';\nimport missingAmr from './missing-amr.js';",
    );
    expect(index).toContain('  broadPrincipal,\n  exampleCheck,\n  missingAmr,\n');
    // Everything the area registered before is still there.
    for (const line of readFileSync(join(REPO_ROOT, 'rules', 'trust', 'index.ts'), 'utf8')
      .split('\n')
      .filter((l) => l.startsWith('import'))) {
      expect(index).toContain(line);
    }
  });

  it('starts a new area: its index.ts, and a line in rules/index.ts', () => {
    const result = newRule('widgets/new-thing');
    expect(result.status).toBe(0);
    expect(read('rules/widgets/index.ts')).toBe(
      "import newThing from './new-thing.js';\n\nexport default [newThing];\n",
    );
    const registry = read('rules/index.ts');
    expect(registry).toContain(
      "import userPool from './user-pool/index.js';\nimport widgets from './widgets/index.js';",
    );
    expect(registry).toContain('  trust,\n  userPool,\n  widgets,\n];');
  });

  // .prettierignore leaves out Markdown, YAML and fixtures; rules/index.ts has lines the script does not write.
  it('writes TypeScript the house formatter leaves as it is', async () => {
    const written = [
      'rules/trust/example-check.ts',
      'test/rules/trust/example-check.test.ts',
      'rules/trust/index.ts',
      'rules/widgets/index.ts',
    ];
    const options = (await prettier.resolveConfig(join(REPO_ROOT, 'package.json'))) ?? {};
    const unformatted: string[] = [];
    for (const path of written) {
      if (!(await prettier.check(read(path), { ...options, filepath: join(root, path) }))) unformatted.push(path);
    }
    expect(unformatted).toEqual([]);
  });

  it('writes rules and tests that compile against the rule API and the RuleTester', () => {
    expect(
      typeErrors(['rules/index.ts', 'test/rules/trust/example-check.test.ts', 'test/rules/widgets/new-thing.test.ts']),
    ).toEqual([]);
  }, 120_000);

  it.each([
    ['trust/missing-aud', 'new-rule: rule trust/missing-aud exists already (rules/trust/index.ts registers it)\n'],
    ['trust/example-check', 'new-rule: rule trust/example-check exists already (rules/trust/index.ts registers it)\n'],
    [
      'Trust/Missing',
      'new-rule: `Trust/Missing` is not a rule ID: <area>/<name>, lower-case words joined by "-" (e.g. trust/missing-aud)\n',
    ],
    [
      'trust',
      'new-rule: `trust` is not a rule ID: <area>/<name>, lower-case words joined by "-" (e.g. trust/missing-aud)\n',
    ],
    [
      'trust/a/b',
      'new-rule: `trust/a/b` is not a rule ID: <area>/<name>, lower-case words joined by "-" (e.g. trust/missing-aud)\n',
    ],
  ])('refuses %s with one line and exit code 2, changing nothing', (id, message) => {
    const before = read('rules/trust/index.ts');
    const result = newRule(id);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(message);
    expect(result.stdout).toBe('');
    expect(read('rules/trust/index.ts')).toBe(before);
  });

  it('refuses to run without a rule ID', () => {
    const result = spawnSync(process.execPath, [SCRIPT], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('new-rule: usage: npm run new-rule <area>/<name> [-- --root <dir>]\n');
  });
});
