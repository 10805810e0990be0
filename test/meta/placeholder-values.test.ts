/**
 * Placeholders carry values, never sentence fragments (typescript-eslint's and Biome's typed
 * messages; the README's "Adding a rule"): a clause that varies is a message ID or a note listed in
 * `meta`, so every sentence a user reads is visible there.
 *
 * Checked on what the rules actually report: every rule runs, wrapped so that each report's `data`
 * (and each note's) is recorded, over the rule fixtures, the example apps and the real corpus. A
 * value is prose when, once code spans (`` `…` ``) and path-, URL- or ARN-like tokens are set aside,
 * it still holds one of the words a sentence needs and a name or a list of names does not (`which`,
 * `can`, `because`, `the`, …). Labels such as "inline policy `files`", "Method `GET /` of API `Api`"
 * or "`a`, `b` and 3 more" are values.
 *
 * A quotation is a value too: another program's words shown verbatim (the `yaml` package's error
 * message, an error's text), as a file name is. A template marks one by setting the placeholder in
 * double quotes (`The YAML parser reports "{{parserMessage}}"`), so the reader sees they are not ours;
 * such a placeholder is not checked for prose. Our own words never go into one: they are a message ID.
 */
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import type { ReportDescriptor, Rule, RuleContext } from '../../src/engine/rule.js';
import { lint } from '../../src/index.js';
import { nodeFileSystem } from '../../src/inputs/node-fs.js';
import { REPO_ROOT } from '../rules/helpers.js';

/** Words of a sentence that no name, label or list of names needs. */
const SENTENCE_WORDS = new Set(
  (
    'a an the is are was were be been being has have had can cannot could may might must should would will ' +
    'which who whom whose that because so then than it its they their them themselves this these those ' +
    'to with without by through not no does do did allows allow lets let where when while if'
  ).split(' '),
);

/** The words of a value that make it prose, or none: lower-case words, whole, outside code spans, paths, URLs and ARNs. */
function proseWords(value: string): string[] {
  const tokens = value
    .replace(/`[^`]*`/g, ' ')
    .split(/[\s,;()?!"]+/)
    .filter((token) => !/[/.:]/.test(token));
  return [...new Set(tokens.filter((token) => /^[a-z]+$/.test(token) && SENTENCE_WORDS.has(token)))];
}

/** The placeholders a template sets in double quotes (`"{{name}}"`) at every place it names them: quotations. */
function quotedPlaceholders(template: string): Set<string> {
  const quoted = new Set<string>();
  const bare = new Set<string>();
  for (const match of template.matchAll(/(")?\{\{\s*([\w-]+)\s*\}\}(")?/g)) {
    (match[1] !== undefined && match[3] !== undefined ? quoted : bare).add(match[2]!);
  }
  return new Set([...quoted].filter((name) => !bare.has(name)));
}

/** Every report's data and every note's data, by `rule-id placeholder`: the values seen (quotations left out). */
function recordedValues(paths: string[]): Map<string, Set<string>> {
  const seen = new Map<string, Set<string>>();
  const record = (ruleId: string, template: string | undefined, data: ReportDescriptor['data']): void => {
    const quotations = quotedPlaceholders(template ?? '');
    for (const [name, value] of Object.entries(data ?? {})) {
      if (quotations.has(name)) continue;
      const key = `${ruleId} ${name}`;
      if (!seen.has(key)) seen.set(key, new Set());
      seen.get(key)!.add(String(value));
    }
  };
  const recording: Rule[] = rules.map((rule) => ({
    meta: rule.meta,
    check(context: RuleContext) {
      (rule as Rule).check({
        model: context.model,
        unresolved: (message, at) => context.unresolved(message, at),
        report(descriptor) {
          const d = descriptor as ReportDescriptor;
          record(rule.meta.id, rule.meta.messages[d.messageId], d.data);
          for (const note of d.notes ?? []) record(rule.meta.id, rule.meta.notes?.[note.id], note.data);
          context.report(descriptor);
        },
      });
    },
  }));
  lint(paths, { fs: nodeFileSystem, cwd: REPO_ROOT, rules: recording, now: new Date('2026-11-26T00:00:00Z') });
  return seen;
}

describe('placeholder values', () => {
  const seen = recordedValues(['test/fixtures/rules', 'examples', 'test/fixtures/corpus']);

  it('were recorded from many reports', () => {
    expect(seen.size).toBeGreaterThan(150);
  });

  it('tell prose from values', () => {
    expect(proseWords('inline policy `files`')).toEqual([]);
    expect(proseWords('Method `DELETE /orders/{id}` of API `Orders`')).toEqual([]);
    expect(proseWords('`s3:GetObject`, `s3:PutObject` and 4 more')).toEqual([]);
    expect(proseWords('POST /admin/reindex')).toEqual([]);
    expect(proseWords('test/fixtures/rules/input/parse-error/invalid/a-file-that-is.yaml')).toEqual([]);
    expect(proseWords('HttpApiF5A9A8A7')).toEqual([]);
    expect(proseWords('no `AuthorizationType` (API Gateway then uses `NONE`)')).toEqual(['no', 'then']);
    expect(proseWords('which no identity pool in the linted files hands out')).toEqual(['which', 'no', 'the']);
  });

  it('take a placeholder set in double quotes at every place its template names it for a quotation', () => {
    expect([...quotedPlaceholders('The YAML parser reports "{{parserMessage}}"')]).toEqual(['parserMessage']);
    expect([...quotedPlaceholders('Unexpected token "{{ token }}" in {{file}}')]).toEqual(['token']);
    // Quoted at one place and bare at another: its words would be read as ours there.
    expect([...quotedPlaceholders('"{{detail}}": {{detail}}')]).toEqual([]);
    // Half a quote, or quotes around more than the placeholder, is no quotation of it.
    expect([...quotedPlaceholders('Role "{{role}} may {{action}}"')]).toEqual([]);
    expect([...quotedPlaceholders('{{file}} cannot be read: {{reason}}')]).toEqual([]);
  });

  it('are never prose', () => {
    const problems: string[] = [];
    for (const [key, values] of seen) {
      const example = [...values].find((value) => proseWords(value).length > 0);
      if (example !== undefined)
        problems.push(`${key} carries prose (${JSON.stringify(example)}): use message IDs or notes`);
    }
    expect(problems).toEqual([]);
  });

  it('leave quotations out, and only them', () => {
    // The bad-indentation fixture's finding quotes the `yaml` package; its file name is a value all the same.
    expect(seen.has('input/parse-error parserMessage')).toBe(false);
    expect(seen.get('input/parse-error file')).toContain(
      'test/fixtures/rules/input/parse-error/invalid/bad-indentation.yaml',
    );
  });
});
