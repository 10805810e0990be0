/**
 * --explain <rule-id>: the rule's documentation page in the terminal (the Markdown as it ships),
 * and the same page in SARIF `help.markdown`, where GitHub shows it beside an alert.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Log } from 'sarif';
import { ruleExplanation } from '../../src/cli/main.js';
import { rules } from '../../src/index.js';
import { ruleDocs } from '../../src/rule-docs.js';
import { expectOneLineError, memoryProject } from './helpers.js';
import { CRITICAL_YAML } from './templates.js';

const ROOT = join(import.meta.dirname, '..', '..');
const project = memoryProject({ 'critical.yaml': CRITICAL_YAML });
const page = (id: string) => readFileSync(join(ROOT, 'rules', `${id}.md`), 'utf8');

describe('--explain', () => {
  it('prints the rule’s page, exactly, then every message and note it can report, and exits 0 without linting', () => {
    for (const id of ['trust/missing-aud', 'trust/missing-amr', 'input/parse-error', 'role/admin-access']) {
      const rule = rules.find((r) => r.meta.id === id)!;
      const run = project.run(['--explain', id, 'no-such-file.yaml']);
      expect(run.code, id).toBe(0);
      expect(run.stderr).toBe('');
      const shipped = page(id).endsWith('\n') ? page(id) : `${page(id)}\n`;
      expect(run.stdout.startsWith(shipped)).toBe(true);
      const listed = run.stdout.slice(shipped.length);
      expect(listed.startsWith('\n## Messages\n')).toBe(true);
      for (const [messageId, template] of Object.entries(rule.meta.messages))
        expect(listed, messageId).toContain(`\n- \`${messageId}\`: ${template}\n`);
      for (const [noteId, template] of Object.entries(rule.meta.notes ?? {}))
        expect(listed, noteId).toContain(`\n- \`${noteId}\`: ${template}\n`);
      expect(listed.includes('notes:')).toBe(Object.keys(rule.meta.notes ?? {}).length > 0);
    }
  });

  it('names an unknown rule in one line, exit 2', () => {
    for (const id of ['trust/missing-aude', 'missing-aud', '../../package']) {
      const run = project.run(['--explain', id]);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expectOneLineError(run.stderr, `--explain: no rule '${id}'`, '--list-rules');
    }
  });

  it('needs a rule ID', () => {
    const run = project.run(['--explain']);
    expect(run.code).toBe(2);
    expectOneLineError(run.stderr, "'--explain");
  });

  const undocumented = rules.find((rule) => ruleDocs(rule.meta.id) === undefined);
  it.skipIf(undocumented === undefined)('builds a page from the metadata of a rule that has none yet', () => {
    const rule = undocumented!;
    const run = project.run(['--explain', rule.meta.id]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      `# ${rule.meta.id}\n\n${rule.meta.description}\n\nSeverity: **${rule.meta.severity}**\n\n## How to fix\n\n${rule.meta.fix}`,
    );
  });
});

it('builds a page from the metadata when a rule has none', () => {
  expect(
    ruleExplanation({
      id: 'area/name',
      description: 'What it checks',
      severity: 'high',
      fix: 'Do this.',
      references: ['https://docs.aws.amazon.com/x.html'],
      tags: [],
    }),
  ).toBe(
    '# area/name\n\nWhat it checks\n\nSeverity: **high**\n\n## How to fix\n\nDo this.\n\n## References\n\n- <https://docs.aws.amazon.com/x.html>\n',
  );
  expect(
    ruleExplanation({
      id: 'area/name',
      description: 'What it checks',
      severity: 'high',
      fix: 'Do this.',
      fixIn: { terraform: 'Set `x = true`.', serverless: 'Set `events[].http.x`.' },
      references: [],
      tags: [],
    }),
  ).toBe(
    '# area/name\n\nWhat it checks\n\nSeverity: **high**\n\n## How to fix\n\nDo this.\n\n### Terraform\n\nSet `x = true`.\n\n### Serverless Framework\n\nSet `events[].http.x`.\n',
  );
});

describe('SARIF help', () => {
  it('carries the page as help.markdown (and plain text as help.text)', () => {
    const log = JSON.parse(project.run(['critical.yaml', '-f', 'sarif']).stdout) as Log;
    const rule = log.runs[0]!.tool.driver.rules!.find((r) => r.id === 'trust/missing-aud')!;
    expect(rule.help!.markdown).toBe(page('trust/missing-aud'));
    expect(rule.help!.text.length).toBeGreaterThan(0);
    expect(rule.help!.text).not.toContain('```');
  });
});
