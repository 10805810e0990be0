/**
 * Registry, docs and tests in step (README: "one rule, one name, five artefacts"). For every
 * registered rule: `rules/<id>.ts` whose default export is the rule, `rules/<id>.md` with the
 * required sections, `test/rules/<id>.test.ts` running the RuleTester, and fixtures in `test/fixtures/rules/<id>/valid/`
 * and `invalid/`. Each check collects every problem of a rule into one list, so a failure names
 * the rule and everything it lacks at once.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { SEVERITIES } from '../../src/engine/types.js';
import {
  REPO_ROOT,
  REQUIRED_SECTIONS,
  RULES_DIR,
  filesUnder,
  linkTargets,
  parseRuleDoc,
  readDoc,
  section,
  sectionBlocks,
} from './rule-docs.js';

const ID_PATTERN = /^[a-z0-9-]+\/[a-z0-9-]+$/;
const ids = rules.map((rule) => rule.meta.id);
const EXAMPLE_LANGS = new Set(['yaml', 'yml', 'json']);

describe('the rule registry (rules/index.ts)', () => {
  it('has unique rule IDs', () => {
    const duplicates = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(duplicates, `rule IDs registered more than once: ${duplicates.join(', ')}`).toEqual([]);
  });

  it('registers every rule module under rules/', () => {
    // index.ts files are registries (rules/index.ts and one per area), not rules; rules/_shared/ holds their wording helpers.
    const modules = filesUnder(RULES_DIR)
      .filter(
        (file) =>
          file.endsWith('.ts') &&
          !file.endsWith('.d.ts') &&
          !/(^|\/)index\.ts$/.test(file) &&
          !file.startsWith('_shared/'),
      )
      .map((file) => file.slice(0, -'.ts'.length));
    const unregistered = modules
      .filter((id) => !ids.includes(id))
      .map((id) => `rules/${id}.ts is not registered (add it to its area's index.ts)`);
    expect(unregistered).toEqual([]);
  });

  it('has no documentation page without a rule', () => {
    const orphans = filesUnder(RULES_DIR)
      .filter((file) => file.endsWith('.md') && file.includes('/'))
      .map((file) => file.slice(0, -'.md'.length))
      .filter((id) => !ids.includes(id))
      .map((id) => `rules/${id}.md documents no registered rule`);
    expect(orphans).toEqual([]);
  });
});

describe.each(rules.map((rule) => [rule.meta.id, rule] as const))('rule %s', (id, rule) => {
  it('has an ID of the form <area>/<name> that is its path under rules/', async () => {
    const problems: string[] = [];
    if (!ID_PATTERN.test(id)) problems.push(`${id}: the ID does not match ${ID_PATTERN}`);
    const modulePath = join(RULES_DIR, ...id.split('/')) + '.ts';
    if (!existsSync(modulePath)) {
      problems.push(`${id}: rules/${id}.ts does not exist (a rule's ID is its path under rules/)`);
    } else {
      const module: unknown = await import(modulePath);
      const exported = (module as { default?: unknown }).default;
      if (exported !== rule)
        problems.push(`${id}: the default export of rules/${id}.ts is not the registered rule with this ID`);
    }
    expect(problems).toEqual([]);
  });

  it('has well-formed metadata', () => {
    const problems: string[] = [];
    const { meta } = rule;
    if (!SEVERITIES.includes(meta.severity))
      problems.push(`${id}: severity \`${meta.severity}\` is not one of ${SEVERITIES.join(', ')}`);
    for (const [name, text] of [
      ['description', meta.description],
      ['fix', meta.fix],
    ] as const) {
      if (text.trim() === '' || text.includes('\n')) problems.push(`${id}: meta.${name} must be one non-empty line`);
    }
    if (meta.references.length === 0)
      problems.push(`${id}: meta.references is empty (cite the AWS documentation the rule relies on)`);
    for (const reference of meta.references) {
      if (!isHttpsUrl(reference)) problems.push(`${id}: meta.references entry \`${reference}\` is not an https URL`);
    }
    const messages = Object.entries(meta.messages as Record<string, string>);
    if (messages.length === 0) problems.push(`${id}: meta.messages is empty`);
    for (const [messageId, template] of messages) problems.push(...messageProblems(id, messageId, template));
    expect(problems).toEqual([]);
  });

  it(`has its documentation page rules/${id}.md with the required sections`, () => {
    const markdown = readDoc(id);
    expect(markdown, `${id}: rules/${id}.md is missing`).toBeDefined();
    expect(docProblems(id, markdown!, rule.meta)).toEqual([]);
  });

  it(`has its test file test/rules/${id}.test.ts, which runs the RuleTester on it`, () => {
    const path = join(REPO_ROOT, 'test', 'rules', ...id.split('/')) + '.test.ts';
    expect(existsSync(path), `${id}: test/rules/${id}.test.ts is missing`).toBe(true);
    // Either `ruleTester.run('<id>', …)` or `const RULE = '<id>'` … `ruleTester.run(RULE, …)`.
    const text = readFileSync(path, 'utf8');
    const runsIt =
      text.includes(`ruleTester.run('${id}',`) ||
      (text.includes(`const RULE = '${id}';`) && text.includes('ruleTester.run(RULE,'));
    expect(
      runsIt,
      `${id}: test/rules/${id}.test.ts does not call ruleTester.run for ${id} (test/rules/rule-tester.ts)`,
    ).toBe(true);
  });

  it(`has valid/ and invalid/ fixtures in test/fixtures/rules/${id}/`, () => {
    const problems: string[] = [];
    for (const kind of ['valid', 'invalid']) {
      const dir = join(REPO_ROOT, 'test', 'fixtures', 'rules', ...id.split('/'), kind);
      if (!existsSync(dir)) problems.push(`${id}: test/fixtures/rules/${id}/${kind}/ is missing`);
      else if (filesUnder(dir).length === 0)
        problems.push(`${id}: test/fixtures/rules/${id}/${kind}/ has no fixture file`);
    }
    expect(problems).toEqual([]);
  });
});

function isHttpsUrl(text: string): boolean {
  try {
    return new URL(text).protocol === 'https:' && !/\s/.test(text);
  } catch {
    return false;
  }
}

/**
 * A message is one sentence with a concrete subject (README, "Adding a rule"): one line, no leading or
 * trailing space, starting like a sentence, ending with punctuation (or with a placeholder that
 * brings its own), no second sentence, and never a rule ID (the rule ID is shown beside it).
 */
function messageProblems(id: string, messageId: string, template: string): string[] {
  const problems: string[] = [];
  const where = `${id}: message \`${messageId}\``;
  if (template.trim() === '') return [`${where} is empty`];
  if (template.includes('\n')) problems.push(`${where} spans several lines`);
  if (template !== template.trim()) problems.push(`${where} has leading or trailing whitespace`);
  if (!/^([A-Z`]|\{\{)/.test(template))
    problems.push(`${where} does not start like a sentence (capital letter, \`code\` or a {{placeholder}})`);
  if (!/([.!?]|\}\})$/.test(template)) problems.push(`${where} does not end with . ! ? or a {{placeholder}}`);
  const prose = template.replace(/`[^`]*`/g, 'x').replace(/\{\{[^}]*\}\}/g, 'x');
  if (/[.!?]\s+[A-Z]/.test(prose)) problems.push(`${where} holds more than one sentence`);
  for (const other of ids) {
    if (template.includes(other))
      problems.push(`${where} contains the rule ID ${other} (the report shows the rule ID beside the message)`);
  }
  return problems;
}

/** Everything a rule page lacks, each problem naming the rule. */
function docProblems(id: string, markdown: string, meta: (typeof rules)[number]['meta']): string[] {
  const problems: string[] = [];
  const page = `${id}: rules/${id}.md`;
  const doc = parseRuleDoc(markdown);

  const [title, summary, severity, ...extra] = doc.preamble;
  if (title?.text !== `# ${id}` || title.line !== 1)
    problems.push(`${page}: the first line must be the title \`# ${id}\``);
  if (summary === undefined || summary.text.trim().replace(/\.$/, '') !== meta.description) {
    problems.push(`${page}: the line after the title must be the rule's description: "${meta.description}"`);
  }
  const severityMatch = severity ? /^Severity: \*\*([a-z]+)\*\*/.exec(severity.text) : null;
  if (!severityMatch)
    problems.push(
      `${page}: the third line must be \`Severity: **${meta.severity}**\` (conditional severities may follow)`,
    );
  else if (severityMatch[1] !== meta.severity) {
    problems.push(`${page}: the Severity line says **${severityMatch[1]}** but meta.severity is ${meta.severity}`);
  }
  if (severity) {
    for (const bold of severity.text.matchAll(/\*\*([^*]+)\*\*/g)) {
      if (!(SEVERITIES as readonly string[]).includes(bold[1]!))
        problems.push(`${page}: the Severity line names \`${bold[1]}\`, which is no severity`);
    }
  }
  // The one line that may follow: the rules it defers to (test/meta/messages.test.ts checks its text).
  for (const line of extra) {
    if (!(meta.defersTo && line.text.startsWith('Defers to: ')))
      problems.push(`${page}: unexpected text before the first section at line ${line.line}`);
  }

  const headings = doc.sections.map((s) => s.heading);
  if (headings.join('\n') !== REQUIRED_SECTIONS.join('\n')) {
    const missing = REQUIRED_SECTIONS.filter((h) => !headings.includes(h));
    const unexpected = headings.filter((h) => !(REQUIRED_SECTIONS as readonly string[]).includes(h));
    problems.push(
      `${page}: the sections must be exactly ${REQUIRED_SECTIONS.map((h) => `"## ${h}"`).join(', ')} in this order; found ${headings.map((h) => `"## ${h}"`).join(', ') || 'none'}` +
        (missing.length ? `; missing ${missing.map((h) => `"## ${h}"`).join(', ')}` : '') +
        (unexpected.length ? `; unexpected ${unexpected.map((h) => `"## ${h}"`).join(', ')}` : ''),
    );
  }

  for (const heading of ['Incorrect', 'Correct']) {
    if (!section(doc, heading)) continue;
    const blocks = sectionBlocks(doc, heading);
    if (blocks.length !== 1)
      problems.push(`${page}: "## ${heading}" must hold exactly one fenced example block; it has ${blocks.length}`);
    for (const block of blocks) {
      if (!EXAMPLE_LANGS.has(block.lang))
        problems.push(
          `${page}: the "## ${heading}" block at line ${block.line} must be \`\`\`yaml (or \`\`\`json), not \`${block.lang || 'no language'}\``,
        );
    }
  }

  if (section(doc, 'How to fix')) {
    const langs = sectionBlocks(doc, 'How to fix').map((b) => b.lang);
    if (!langs.some((l) => EXAMPLE_LANGS.has(l)))
      problems.push(`${page}: "## How to fix" has no CloudFormation snippet (\`\`\`yaml or \`\`\`json)`);
    if (!langs.some((l) => l === 'ts' || l === 'typescript'))
      problems.push(`${page}: "## How to fix" has no CDK TypeScript snippet (\`\`\`ts)`);
  }

  const references = section(doc, 'References');
  if (references) {
    const links = linkTargets(references.body);
    if (links.length === 0) problems.push(`${page}: "## References" links nothing`);
    for (const url of meta.references) {
      if (!links.includes(url)) problems.push(`${page}: "## References" does not link meta.references entry ${url}`);
    }
    for (const url of links) {
      if (!isHttpsUrl(url)) problems.push(`${page}: "## References" links ${url}, which is not an https URL`);
    }
  }
  return problems;
}
