/**
 * The RuleTester (after ESLint's and Stylelint's): one harness for every rule test.
 *
 *   ruleTester.run('trust/missing-aud', {
 *     valid: 'all',
 *     invalid: { 'no-aud.yaml': [{ messageId: 'missing', line: 14, column: 13, resource: 'AuthRole' }] },
 *   });
 *
 * - `valid: 'all'` lints every fixture of the rule's `valid/` folder and expects no finding of the
 *   rule; or list them all, some with options: `{ file, parameters, config }`.
 * - `invalid` lists every fixture (file or folder) of `invalid/` — one not listed fails the run, by
 *   name — with the rule's findings in report order, compared exactly: message ID, position,
 *   resource, severity (the rule's default unless given), CDK path (whenever the finding has one);
 *   end position and message checks (`message` text or pattern, `messageIncludes`,
 *   `messageExcludes`, `data`) where given. `{ findings, parameters, config }` lints with options.
 * - Every finding's message is the rule's template for its message ID with every placeholder
 *   filled (no `{{` left), followed by any of the rule's notes (`meta.notes`); a condition suffix the
 *   engine adds (`… (when condition X is true).`) is allowed.
 * - No fixture may fail to parse (except for `input/parse-error`, whose subject it is) or crash a rule.
 * - `formats: ['as-written', 'converted']` (the default): every YAML fixture is also linted as the
 *   CloudFormation JSON it stands for (converted-format.ts) and must give the same findings of the
 *   rule, positions aside; KNOWN_DIFFERENCES there are honoured (and must still differ).
 * - `variants` lint a fixture again under other options, repository paths (a corpus app), or texts
 *   in memory (`files: { 't.yaml': … }`, ESLint's `code`), each with its expected findings.
 *
 * What is not about the rule's findings (its notifications, another rule's hand-off) stays a small
 * `it` beside the `run` call, using `lintFixture` / `lintMemory`.
 *
 * Each fixture and each check is its own `it`, so a failure names the fixture.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import type { Config, Finding, LintReport, Severity } from '../../src/index.js';
import {
  KNOWN_DIFFERENCES,
  YAML_FILE,
  convert,
  convertTexts,
  fixtureUnit,
  lintMemory,
  lintTexts,
} from './converted-format.js';
import { REPO_ROOT, RULE_FIXTURES, lintPaths } from './helpers.js';

export type Format = 'as-written' | 'converted';

/** One finding as a user sees it. */
export interface ExpectedFinding {
  messageId: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  /** The logical ID (or raw policy name) of the finding's resource; undefined for none. */
  resource: string | undefined;
  /** Default: the rule's `meta.severity`. */
  severity?: Severity;
  /** The CDK construct path; required whenever the finding has one. */
  cdkPath?: string;
  /**
   * The file of the finding: relative to the fixture folder for a folder fixture, to the
   * repository root for a variant's `paths`. Default: the fixture file itself.
   */
  file?: string;
  /** The exact message, or a pattern it matches. */
  message?: string | RegExp;
  /** Texts the message contains. */
  messageIncludes?: string | readonly string[];
  /** Texts the message must not contain. */
  messageExcludes?: string | readonly string[];
  /** Placeholder values: the message is the template with these filled (others match anything). */
  data?: Readonly<Record<string, string | number>>;
}

export interface LintCaseOptions {
  parameters?: ReadonlyMap<string, string>;
  config?: Config;
}

export interface ValidCase extends LintCaseOptions {
  /** Name of the fixture in `valid/`. */
  file: string;
}

export interface InvalidCase extends LintCaseOptions {
  findings: readonly ExpectedFinding[];
}

export interface Variant extends LintCaseOptions {
  /** The test's title. */
  name: string;
  /** A fixture of the rule, relative to its fixture folder (`invalid/x.yaml`)… */
  fixture?: string;
  /** …or paths relative to the repository root (a corpus app), linted as written… */
  paths?: readonly string[];
  /** …or texts linted in memory, by name (`{ 't.yaml': '…' }`): the ESLint way, for many small variations of one template. */
  files?: Readonly<Record<string, string>>;
  findings: readonly ExpectedFinding[];
}

export interface RuleTests {
  valid: 'all' | ReadonlyArray<string | ValidCase>;
  /** Every fixture (file or folder) of `invalid/`, by name. */
  invalid: Readonly<Record<string, readonly ExpectedFinding[] | InvalidCase>>;
  /** Default: both. */
  formats?: readonly Format[];
  variants?: readonly Variant[];
}

/** One lint the tester runs and judges. */
interface Case extends LintCaseOptions {
  title: string;
  /** Paths relative to the repository root. */
  paths: string[];
  /** Texts linted in memory instead of `paths`. */
  texts?: Readonly<Record<string, string>>;
  /** What a relative `file` of an expected finding is relative to; undefined: the repository root. */
  base: string | undefined;
  /** The file a finding is in when the expectation names none. */
  defaultFile: string | undefined;
  findings: readonly ExpectedFinding[];
  /** Whether the case is the fixture as it is in the folder (KNOWN_DIFFERENCES are about those). */
  plain: boolean;
  /** A variant's title is its own; a fixture's says what is expected. */
  variant?: boolean;
}

const PARSE_ERROR = 'input/parse-error';

/** The fixture names (files and folders) of a rule's `valid/` or `invalid/` folder. */
export function fixtureNames(ruleId: string, kind: 'valid' | 'invalid'): string[] {
  return readdirSync(join(REPO_ROOT, RULE_FIXTURES, ruleId, kind)).sort();
}

export { lintMemory };

/** Lint one fixture of a rule as written (`invalid/no-aud.yaml`), for a check the tester does not make. */
export function lintFixture(ruleId: string, fixture: string, options: LintCaseOptions = {}): LintReport {
  return lintPaths([`${RULE_FIXTURES}/${ruleId}/${fixture}`], {
    ...(options.parameters ? { parameters: new Map(options.parameters) } : {}),
    ...(options.config ? { config: options.config } : {}),
  });
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The messages a template gives: `{{name}}` is `data.name` where given, anything else otherwise;
 * the sentence may be followed by notes of the rule (`meta.notes`, each filled likewise), and the
 * text may carry the engine's condition suffix (src/engine/lint-plan.ts, withCondition).
 */
export function templatePattern(
  template: string,
  data: Readonly<Record<string, string | number>> = {},
  notes: readonly string[] = [],
): RegExp {
  const filled = (text: string, values: Readonly<Record<string, string | number>>): string =>
    text
      .split(/(\{\{\s*[\w-]+\s*\}\})/)
      .map((part) => {
        const name = /^\{\{\s*([\w-]+)\s*\}\}$/.exec(part)?.[1];
        if (name === undefined) return escape(part);
        return Object.prototype.hasOwnProperty.call(values, name) ? escape(String(values[name])) : '[\\s\\S]*?';
      })
      .join('');
  const sentence = template.endsWith('.') ? template.slice(0, -1) : template;
  const body = filled(sentence, data);
  // A note follows its message after a space; the last sentence's period may give way to the condition suffix.
  // A note may end with `?` (`Did you mean …?`), so where one does, a sentence may end with it.
  const stop = notes.some((note) => /[?!]$/.test(note)) ? '[.?!]' : '\\.';
  const noteSentences = notes.map((note) => filled(note.replace(/[.?!]$/, ''), {}));
  const followers = noteSentences.length
    ? `(?:${template.endsWith('.') ? stop : ''} (?:${noteSentences.join('|')}))*`
    : '';
  // A condition suffix replaces a final period only (src/engine/lint-plan.ts): after `?` it follows the mark.
  const beforeSuffix = stop === '\\.' ? '' : '[?!]?';
  const end = template.endsWith('.')
    ? `(?:${stop}|${beforeSuffix} \\([\\s\\S]*\\)\\.)`
    : '(?:\\.?| \\([\\s\\S]*\\)\\.)';
  return new RegExp(`^${body}${followers}${end}$`);
}

const asList = (texts: string | readonly string[] | undefined): readonly string[] =>
  texts === undefined ? [] : typeof texts === 'string' ? [texts] : texts;

/** The message checks of an expectation as one matcher (or the exact text), undefined when it has none. */
export function messageMatcher(
  expected: ExpectedFinding,
  template: string | undefined,
  notes: readonly string[] = [],
): unknown {
  const patterns: RegExp[] = [];
  if (expected.data !== undefined && template !== undefined)
    patterns.push(templatePattern(template, expected.data, notes));
  if (expected.message instanceof RegExp) patterns.push(expected.message);
  const includes = asList(expected.messageIncludes);
  const excludes = asList(expected.messageExcludes);
  if (typeof expected.message === 'string') {
    // Exact text; the other checks must agree with it, or the expectation contradicts itself.
    for (const pattern of patterns)
      expect(expected.message, 'the expected message contradicts its data or pattern').toMatch(pattern);
    for (const part of includes) expect(expected.message).toContain(part);
    for (const part of excludes) expect(expected.message).not.toContain(part);
    return expected.message;
  }
  for (const part of includes) patterns.push(new RegExp(escape(part)));
  if (excludes.length > 0) patterns.push(new RegExp(`^(?![\\s\\S]*(?:${excludes.map(escape).join('|')}))`));
  if (patterns.length === 0) return undefined;
  if (patterns.length === 1) return expect.stringMatching(patterns[0]!);
  return expect.stringMatching(new RegExp(patterns.map((p) => `(?=[\\s\\S]*?(?:${p.source}))`).join('')));
}

/** Fixtures of the rule the cases leave out, and cases naming no fixture, one sentence each. */
export function listingProblems(ruleId: string, tests: Pick<RuleTests, 'valid' | 'invalid'>): string[] {
  const problems = (kind: 'valid' | 'invalid', listed: readonly string[]) => {
    const names = fixtureNames(ruleId, kind);
    return [
      ...names
        .filter((n) => !listed.includes(n))
        .map((n) => `${kind}/${n} is not listed in the RuleTester's ${kind} cases`),
      ...listed.filter((n) => !names.includes(n)).map((n) => `${kind}/${n} is listed but does not exist`),
    ];
  };
  return [
    ...problems('invalid', Object.keys(tests.invalid)),
    ...(tests.valid === 'all'
      ? []
      : problems(
          'valid',
          tests.valid.map((v) => (typeof v === 'string' ? v : v.file)),
        )),
  ];
}

function run(ruleId: string, tests: RuleTests): void {
  const rule = rules.find((r) => r.meta.id === ruleId);
  if (!rule) throw new Error(`RuleTester: no rule ${ruleId} is registered (rules/index.ts)`);
  const templates: Readonly<Record<string, string>> = rule.meta.messages;
  const notes: readonly string[] = Object.values(rule.meta.notes ?? {});
  const formats = tests.formats ?? ['as-written', 'converted'];
  const fixtureDir = `${RULE_FIXTURES}/${ruleId}`;

  /** A case that lints a path (file or folder fixture, or a repository path) as written. */
  const pathCase = (
    title: string,
    path: string,
    findings: readonly ExpectedFinding[],
    options: LintCaseOptions,
    kind: { plain: boolean; variant: boolean },
  ): Case => {
    const folder = statSync(join(REPO_ROOT, path)).isDirectory();
    const fixture = path.startsWith(`${fixtureDir}/`);
    return {
      title,
      paths: [path],
      // A folder fixture's findings name their file relative to it; a repository path's, relative to the root.
      base: folder && fixture ? path : undefined,
      defaultFile: folder ? undefined : path,
      findings,
      ...kind,
      ...options,
    };
  };
  const plainUnless = (options: LintCaseOptions) => ({ plain: Object.keys(options).length === 0, variant: false });

  const validCases: Case[] = (tests.valid === 'all' ? fixtureNames(ruleId, 'valid') : tests.valid).map((entry) => {
    const { file, ...options } = typeof entry === 'string' ? { file: entry } : entry;
    return pathCase(`valid/${file}`, `${fixtureDir}/valid/${file}`, [], options, plainUnless(options));
  });
  const invalidCases: Case[] = Object.entries(tests.invalid).map(([name, entry]) => {
    const { findings, ...options } = Array.isArray(entry)
      ? { findings: entry as readonly ExpectedFinding[] }
      : (entry as InvalidCase);
    return pathCase(`invalid/${name}`, `${fixtureDir}/invalid/${name}`, findings, options, plainUnless(options));
  });
  const variantCases: Case[] = (tests.variants ?? []).map(({ name, fixture, paths, files, findings, ...options }) => {
    const kind = { plain: false, variant: true };
    if (fixture !== undefined) return pathCase(name, `${fixtureDir}/${fixture}`, findings, options, kind);
    if (paths !== undefined && paths.length === 1) return pathCase(name, paths[0]!, findings, options, kind);
    const names = Object.keys(files ?? {});
    return {
      title: name,
      paths: [...(paths ?? [])],
      ...(files !== undefined ? { texts: files } : {}),
      base: undefined,
      defaultFile: files !== undefined && names.length === 1 ? names[0] : undefined,
      findings,
      ...kind,
      ...options,
    };
  });

  /** The YAML texts of a case and the JSON they stand for, or undefined when there is nothing to convert. */
  const convertedCase = (
    c: Case,
  ): { yaml: Record<string, string>; json: Record<string, string>; known?: string } | undefined => {
    if (c.texts !== undefined) {
      if (!Object.keys(c.texts).some((name) => YAML_FILE.test(name))) return undefined;
      const json = convertTexts(c.texts);
      return json && { yaml: { ...c.texts }, json };
    }
    // A fixture of the rule (file or folder); repository paths (corpus apps) are the meta test's.
    if (c.paths.length !== 1 || !c.paths[0]!.startsWith(`${fixtureDir}/`)) return undefined;
    const unit = fixtureUnit(c.paths[0]!);
    const converted = unit && convert(unit);
    if (!unit || !converted || 'skip' in converted) return undefined;
    const known = c.plain ? KNOWN_DIFFERENCES.get(unit.name) : undefined;
    return { ...converted, ...(known !== undefined ? { known } : {}) };
  };

  /** The rule's findings reduced to what the expectations name, the expectations completed with the defaults. */
  const compare = (c: Case, report: LintReport) => {
    const actual = report.findings.filter((f) => f.ruleId === ruleId);
    const expected = c.findings.map((e) => {
      const file = e.file === undefined ? c.defaultFile : c.base === undefined ? e.file : `${c.base}/${e.file}`;
      const message = messageMatcher(e, templates[e.messageId], notes);
      return {
        messageId: e.messageId,
        severity: e.severity ?? rule.meta.severity,
        file,
        line: e.line,
        column: e.column,
        ...(e.endLine !== undefined ? { endLine: e.endLine } : {}),
        ...(e.endColumn !== undefined ? { endColumn: e.endColumn } : {}),
        resource: e.resource,
        ...(e.cdkPath !== undefined ? { cdkPath: e.cdkPath } : {}),
        ...(message !== undefined ? { message } : {}),
      };
    });
    const seen = actual.map((f: Finding, i) => {
      const e = expected[i];
      return {
        messageId: f.messageId,
        severity: f.severity,
        file: f.file,
        line: f.range.start.line,
        column: f.range.start.column,
        ...(e && 'endLine' in e ? { endLine: f.range.end.line } : {}),
        ...(e && 'endColumn' in e ? { endColumn: f.range.end.column } : {}),
        resource: f.resource?.logicalId,
        ...(f.resource?.cdkPath !== undefined ? { cdkPath: f.resource.cdkPath } : {}),
        ...(e && 'message' in e ? { message: f.message } : {}),
      };
    });
    return { actual, seen, expected };
  };

  describe(ruleId, () => {
    it('lists every fixture of invalid/ (and of valid/ when those are listed), and only those', () => {
      expect(listingProblems(ruleId, tests)).toEqual([]);
    });

    for (const c of [...validCases, ...invalidCases, ...variantCases]) {
      const options = {
        ...(c.parameters ? { parameters: new Map(c.parameters) } : {}),
        ...(c.config ? { config: c.config } : {}),
      };
      const lintCase = (): LintReport => (c.texts ? lintMemory(c.texts, options) : lintPaths(c.paths, options));

      if (formats.includes('as-written')) {
        it(
          c.variant ? c.title : c.findings.length === 0 ? `reports nothing on ${c.title}` : `reports ${c.title}`,
          () => {
            const report = lintCase();
            const { actual, seen, expected } = compare(c, report);
            expect(seen).toEqual(expected);
            for (const finding of actual) {
              expect(finding.message, `${finding.messageId}: a placeholder is left unfilled`).not.toContain('{{');
              const template = templates[finding.messageId];
              expect(template, `${finding.messageId} is no message ID of ${ruleId}`).toBeDefined();
              expect(finding.message, `the message is not the template of ${finding.messageId} filled`).toMatch(
                templatePattern(template!, {}, notes),
              );
            }
            if (ruleId !== PARSE_ERROR) {
              expect(
                report.findings
                  .filter((f) => f.ruleId === PARSE_ERROR)
                  .map((f) => `${f.file}:${f.range.start.line}:${f.range.start.column} ${f.message}`),
              ).toEqual([]);
            }
            expect(report.notifications.filter((n) => n.kind === 'internal').map((n) => n.message)).toEqual([]);
          },
        );
      }

      const converted = formats.includes('converted') ? convertedCase(c) : undefined;
      if (converted !== undefined) {
        const { yaml, json, known } = converted;
        const title = known
          ? `gives other findings on ${c.title} converted to JSON, as listed: ${known}`
          : `gives the same findings on ${c.title} converted to JSON`;
        it(title, () => {
          const fromYaml = lintTexts(yaml, options).filter((f) => f.ruleId === ruleId);
          const fromJson = lintTexts(json, options).filter((f) => f.ruleId === ruleId);
          if (known !== undefined) {
            expect(
              fromJson,
              `${c.title} is listed as a known difference but agrees now: remove it from KNOWN_DIFFERENCES`,
            ).not.toEqual(fromYaml);
            return;
          }
          expect(fromJson).toEqual(fromYaml);
        });
      }
    }
  });
}

export const ruleTester = { run };
