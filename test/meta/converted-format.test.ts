/**
 * The `converted` format mode (cf. cfn-lint, which tests its templates in both formats): every
 * YAML template fixture of a rule (`test/fixtures/rules/<id>/{valid,invalid}/`) and every example
 * app is also linted as the CloudFormation JSON it stands for, and must give the same findings.
 * A rule never branches on the input format (README, "How it works"), so a difference is a parser or model bug,
 * or a limit of the conversion listed in KNOWN_DIFFERENCES with its reason.
 *
 * The conversion, the comparison and the list of known differences live in
 * test/rules/converted-format.ts, shared with the RuleTester, which runs the same check per rule
 * and case; this test runs it once over every fixture and example app, all rules at once.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  KNOWN_DIFFERENCES,
  convert,
  fixtureUnit,
  lintTexts,
  toJson,
  type FixtureUnit,
} from '../rules/converted-format.js';
import { REPO_ROOT, RULE_FIXTURES } from '../rules/helpers.js';

/** Fixtures that are not readable YAML at all (what they test is the parse error), so nothing to convert. */
const UNCONVERTIBLE: readonly string[] = [
  'test/fixtures/rules/input/parse-error/invalid/alias-bomb.yaml',
  'test/fixtures/rules/input/parse-error/invalid/bad-indentation.yaml',
];

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
          const unit = fixtureUnit(`${dir}/${name}`);
          if (unit) units.push(unit);
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
        expect(
          fromJson,
          `${unit.name} is listed as a known difference but agrees now: remove it from KNOWN_DIFFERENCES`,
        ).not.toEqual(fromYaml);
        return;
      }
      expect(fromJson).toEqual(fromYaml);
    });
  }

  it('skips only the fixtures that are no readable YAML', () => {
    expect(converted.filter((c) => 'skip' in c.result).map((c) => c.unit.name)).toEqual(UNCONVERTIBLE);
  });

  it('converts short forms to the long forms CloudFormation reads', () => {
    const json = toJson(
      't.yaml',
      'A: !Ref X\nB: !GetAtt R.Arn\nC: !Sub "${X}-y"\nD: !If [C, !Ref X, !Ref AWS::NoValue]\n',
    );
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
