/**
 * The `converted` format mode (cf. cfn-lint, which tests its templates in both formats): a YAML
 * template is also linted as the CloudFormation JSON it stands for, and must give the same
 * findings. A rule never branches on the input format (README, "How it works"), so a difference is a parser or
 * model bug, or a limit of the conversion listed in KNOWN_DIFFERENCES with its reason.
 *
 * The conversion is the YAML parser's own `data` (src/parsers/yaml.ts): the template as
 * CloudFormation reads it, short-form tags already in their long form (`!Ref X` → `{"Ref": "X"}`).
 * Both formats are linted in memory, each file under its own name with `.json` for `.yaml`; a
 * folder fixture (linked stacks) is converted and linted as a whole. Findings are compared on
 * everything but their position, which only has to exist: rule, severity, resource, message ID,
 * message, suppression, and their order.
 *
 * Used by the RuleTester (rule-tester.ts, per rule and case) and by test/meta/converted-format.test.ts
 * (every fixture and example app, all rules at once).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { lint, type Config, type Finding, type LintReport } from '../../src/index.js';
import { memoryFileSystem } from '../../src/inputs/memory-fs.js';
import { parseYaml } from '../../src/parsers/yaml.js';
import { REPO_ROOT } from './helpers.js';

const NOW = new Date('2026-11-26T00:00:00Z');
export const YAML_FILE = /\.ya?ml$/;

/**
 * Fixtures whose JSON form is linted differently, on purpose or for a reason the YAML form cannot
 * carry over. The tests fail when one is missing here (a new difference) and when a listed one
 * agrees (fixed: remove it), so this list stays exact.
 */
export const KNOWN_DIFFERENCES: ReadonlyMap<string, string> = new Map([
  [
    // The converted JSON is built from the parsed data, where the last of two equal keys has won
    // already: the repeat that policy/duplicate-key reports is gone before the JSON is written.
    // (A JSON file that repeats a key is flagged too: invalid/duplicates.json beside it.)
    'test/fixtures/rules/policy/duplicate-key/invalid/duplicates.yaml',
    'the conversion cannot write a duplicate key',
  ],
  [
    // Two roles take their trust from one anchored mapping through merge keys: in YAML both
    // findings are at the anchored statement (12:11), so the tie orders them by resource
    // (AdminRole, AuthRole); in JSON each role writes its own copy, and position orders them as
    // the roles are written (AuthRole, AdminRole). Same findings, in an order only positions decide.
    'test/fixtures/rules/trust/missing-aud/invalid/merge-key.yaml',
    'merge keys put two findings at one position',
  ],
]);

/** A unit linted at once: one template, or the YAML templates of a folder fixture (linked stacks). */
export interface FixtureUnit {
  name: string;
  /** Paths relative to the repository root. */
  files: string[];
}

/** The YAML files under a folder (relative to the repository root), a CDK assembly left out: it is JSON already. */
export function yamlFilesUnder(dir: string): string[] {
  return readdirSync(join(REPO_ROOT, dir))
    .sort()
    .flatMap((name) => {
      const path = `${dir}/${name}`;
      if (name === 'cdk.out') return [];
      if (statSync(join(REPO_ROOT, path)).isDirectory()) return yamlFilesUnder(path);
      return YAML_FILE.test(name) ? [path] : [];
    });
}

/** The unit of a fixture path (file or folder), or undefined when it holds no YAML to convert. */
export function fixtureUnit(path: string): FixtureUnit | undefined {
  if (statSync(join(REPO_ROOT, path)).isDirectory()) {
    const files = yamlFilesUnder(path);
    return files.length > 0 ? { name: path, files } : undefined;
  }
  return YAML_FILE.test(path) ? { name: path, files: [path] } : undefined;
}

const jsonName = (path: string): string => path.replace(YAML_FILE, '.json');

/** A finding as both formats must agree on it; the file in its YAML name. */
export function comparable(finding: Finding) {
  return {
    ruleId: finding.ruleId,
    severity: finding.severity,
    file: finding.file.endsWith('.json') ? finding.file.replace(/\.json$/, '.yaml') : finding.file,
    resource: finding.resource?.logicalId,
    messageId: finding.messageId,
    message: finding.message,
    suppressed: finding.suppressions.map((s) => s.kind),
    positioned: finding.range.start.line > 0 && finding.range.start.column > 0,
  };
}

export interface LintTextOptions {
  parameters?: ReadonlyMap<string, string>;
  config?: Config;
}

/** Lint texts in memory, each under its name (relative to `/`). */
export function lintMemory(files: Readonly<Record<string, string>>, options: LintTextOptions = {}): LintReport {
  return lint(Object.keys(files), {
    fs: memoryFileSystem({ ...files }),
    cwd: '/',
    now: NOW,
    ...(options.parameters ? { parameters: options.parameters } : {}),
    ...(options.config ? { config: options.config } : {}),
  }).report;
}

/** Lint texts in memory, every finding in its comparable form. */
export function lintTexts(files: Readonly<Record<string, string>>, options: LintTextOptions = {}) {
  return lintMemory(files, options).findings.map(comparable);
}

/** The JSON texts of in-memory YAML texts (other files as they are), or undefined when one is no readable template. */
export function convertTexts(files: Readonly<Record<string, string>>): Record<string, string> | undefined {
  const json: Record<string, string> = {};
  for (const [name, text] of Object.entries(files)) {
    if (!YAML_FILE.test(name)) {
      json[name] = text;
      continue;
    }
    const converted = toJson(name, text);
    if (converted === undefined) return undefined;
    json[jsonName(name)] = converted;
  }
  return json;
}

/** The JSON a YAML template stands for, or undefined when it is not a readable mapping. */
export function toJson(file: string, text: string): string | undefined {
  const doc = parseYaml(file, text);
  if (doc.syntaxErrors.length > 0 || doc.data === null || typeof doc.data !== 'object' || Array.isArray(doc.data))
    return undefined;
  return JSON.stringify(doc.data, null, 2);
}

/** Why a unit cannot be converted (it is not a readable template), or the converted texts. */
export function convert(
  unit: FixtureUnit,
): { skip: string } | { yaml: Record<string, string>; json: Record<string, string> } {
  const yaml: Record<string, string> = {};
  const json: Record<string, string> = {};
  for (const file of unit.files) {
    const text = readFileSync(join(REPO_ROOT, file), 'utf8');
    const converted = toJson(file, text);
    if (converted === undefined) return { skip: `${file} is not a readable YAML mapping` };
    yaml[file] = text;
    json[jsonName(file)] = converted;
  }
  return { yaml, json };
}
