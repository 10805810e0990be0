/**
 * The `converted` format mode (cf. cfn-lint, which tests its templates in both formats): every
 * YAML template fixture of a rule (`test/fixtures/rules/<id>/{valid,invalid}/`) and every example
 * app is also linted as the CloudFormation JSON it stands for, and must give the same findings.
 * A rule never branches on the input format (README, "How it works"), so a difference is a parser or model bug,
 * or a limit of the conversion listed in KNOWN_DIFFERENCES with its reason.
 *
 * The conversion is the YAML parser's own `data` (src/parsers/yaml.ts): the template as
 * CloudFormation reads it, short-form tags already in their long form (`!Ref X` → `{"Ref": "X"}`).
 * Both formats are linted in memory, each file under its own name with `.json` for `.yaml`; a
 * folder fixture (linked stacks) is converted and linted as a whole. Findings are compared on
 * everything but their position, which only has to exist: rule, severity, resource, message ID,
 * message, suppression, and their order.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint, type Finding } from '../../src/index.js';
import { memoryFileSystem } from '../../src/inputs/memory-fs.js';
import { parseYaml } from '../../src/parsers/yaml.js';
import { REPO_ROOT, RULE_FIXTURES } from '../rules/helpers.js';

const NOW = new Date('2026-11-26T00:00:00Z');
const YAML_FILE = /\.ya?ml$/;

/**
 * Fixtures whose JSON form is linted differently, on purpose or for a reason the YAML form cannot
 * carry over. The test fails when one is missing here (a new difference) and when a listed one
 * agrees (fixed: remove it), so this list stays exact.
 */
const KNOWN_DIFFERENCES: ReadonlyMap<string, string> = new Map([
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

/** Fixtures that are not readable YAML at all (what they test is the parse error), so nothing to convert. */
const UNCONVERTIBLE: readonly string[] = [
  'test/fixtures/rules/input/parse-error/invalid/alias-bomb.yaml',
  'test/fixtures/rules/input/parse-error/invalid/bad-indentation.yaml',
];

/** A unit linted at once: one template, or the YAML templates of a folder fixture (linked stacks). */
interface FixtureUnit {
  name: string;
  /** Paths relative to the repository root. */
  files: string[];
}

function yamlFilesUnder(dir: string): string[] {
  return readdirSync(join(REPO_ROOT, dir))
    .sort()
    .flatMap((name) => {
      const path = `${dir}/${name}`;
      // A CDK assembly is JSON already: nothing to convert.
      if (name === 'cdk.out') return [];
      if (statSync(join(REPO_ROOT, path)).isDirectory()) return yamlFilesUnder(path);
      return YAML_FILE.test(name) ? [path] : [];
    });
}

function fixtureUnits(): FixtureUnit[] {
  const units: FixtureUnit[] = [];
  for (const area of readdirSync(join(REPO_ROOT, RULE_FIXTURES)).sort()) {
    for (const rule of readdirSync(join(REPO_ROOT, RULE_FIXTURES, area)).sort()) {
      for (const kind of ['valid', 'invalid']) {
        const dir = `${RULE_FIXTURES}/${area}/${rule}/${kind}`;
        let names: string[];
        try {
          names = readdirSync(join(REPO_ROOT, dir)).sort();
        } catch {
          continue;
        }
        for (const name of names) {
          const path = `${dir}/${name}`;
          if (statSync(join(REPO_ROOT, path)).isDirectory()) {
            const files = yamlFilesUnder(path);
            if (files.length > 0) units.push({ name: path, files });
          } else if (YAML_FILE.test(name)) units.push({ name: path, files: [path] });
        }
      }
    }
  }
  for (const example of readdirSync(join(REPO_ROOT, 'examples')).sort()) {
    const path = `examples/${example}/app.yaml`;
    try {
      statSync(join(REPO_ROOT, path));
    } catch {
      continue;
    }
    units.push({ name: path, files: [path] });
  }
  return units;
}

const jsonName = (path: string): string => path.replace(YAML_FILE, '.json');

/** A finding as both formats must agree on it; the file in its YAML name. */
function comparable(finding: Finding) {
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

function lintTexts(files: Record<string, string>) {
  return lint(Object.keys(files), { fs: memoryFileSystem(files), cwd: '/', now: NOW }).report.findings.map(comparable);
}

/** The JSON a YAML template stands for, or undefined when it is not a readable mapping. */
function toJson(file: string, text: string): string | undefined {
  const doc = parseYaml(file, text);
  if (doc.syntaxErrors.length > 0 || doc.data === null || typeof doc.data !== 'object' || Array.isArray(doc.data)) return undefined;
  return JSON.stringify(doc.data, null, 2);
}

/** Why a unit cannot be converted (it is not a readable template), or the converted texts. */
function convert(unit: FixtureUnit): { skip: string } | { yaml: Record<string, string>; json: Record<string, string> } {
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

const units = fixtureUnits();
const converted = units.map((unit) => ({ unit, result: convert(unit) }));

describe('every YAML fixture linted as JSON gives the same findings', () => {
  it('finds the fixtures', () => {
    expect(units.length).toBeGreaterThan(100);
  });

  for (const { unit, result } of converted) {
    if ('skip' in result) continue;
    it(unit.name, () => {
      const fromYaml = lintTexts(result.yaml);
      const fromJson = lintTexts(result.json);
      if (KNOWN_DIFFERENCES.has(unit.name)) {
        expect(fromJson, `${unit.name} is listed as a known difference but agrees now: remove it from KNOWN_DIFFERENCES`).not.toEqual(fromYaml);
        return;
      }
      expect(fromJson).toEqual(fromYaml);
    });
  }

  it('skips only the fixtures that are no readable YAML', () => {
    expect(converted.filter((c) => 'skip' in c.result).map((c) => c.unit.name)).toEqual(UNCONVERTIBLE);
  });

  it('converts short forms to the long forms CloudFormation reads', () => {
    const json = toJson('t.yaml', 'A: !Ref X\nB: !GetAtt R.Arn\nC: !Sub "${X}-y"\nD: !If [C, !Ref X, !Ref AWS::NoValue]\n');
    expect(JSON.parse(json ?? 'null')).toEqual({
      A: { Ref: 'X' },
      B: { 'Fn::GetAtt': ['R', 'Arn'] },
      C: { 'Fn::Sub': '${X}-y' },
      D: { 'Fn::If': ['C', { Ref: 'X' }, { Ref: 'AWS::NoValue' }] },
    });
  });

  it('lists only fixtures that exist and convert', () => {
    const convertible = new Set(converted.filter((c) => !('skip' in c.result)).map((c) => c.unit.name));
    expect([...KNOWN_DIFFERENCES.keys()].filter((name) => !convertible.has(name))).toEqual([]);
  });
});
