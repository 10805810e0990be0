/**
 * Issue 12: a property test over the repository's own real corpus. fast-check mutates a handful of
 * small real templates and policies — deletes, duplicates and retypes nodes, makes a resource refer
 * to itself, truncates the text, inserts control characters — and the programmatic API, over the
 * in-memory file system, must lint each mutant without throwing, within a bound, and give the same
 * report on a second run. (A handful of files and runs keeps it under a few seconds; the CLI
 * process tests of each class cover the rest.)
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/index.js';
import { memoryFileSystem } from '../../src/inputs/memory-fs.js';

const REAL = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'corpus', 'real');
const FILES = [
  'cognito/aws-amplify__amplify-cli__packages__amplify-provider-awscloudformation__resources__rootStackTemplate.json',
  'cognito/aws-samples__aws-amplify-connect__amplify__backend__api__APIGatewayAuthStack.json',
  'policies/salesforce__cloudsplaining__examples__policies__wildcards.json',
  'cognito/AnomalyInnovations__serverless-stack-demo-api__resources__cognito-identity-pool.yml',
  'cognito/bridgecrewio__checkov__tests__cloudformation__checks__resource__aws__example_CognitoUnauthenticatedIdentities__FAILED.yml',
];
const RUNS_PER_FILE = 50;
/** Far above what linting one small file takes; a hang or a blow-up goes far past it. */
const BOUND_MS = 3_000;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path (list of keys) to a node of `value`, the root included. */
function pathsOf(
  value: Json,
  at: Array<string | number> = [],
  out: Array<Array<string | number>> = [],
): Array<Array<string | number>> {
  out.push(at);
  if (Array.isArray(value)) value.forEach((v, i) => pathsOf(v, [...at, i], out));
  else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) pathsOf(v, [...at, k], out);
  return out;
}

const REPLACEMENTS: Json[] = [
  null,
  0,
  -1.5,
  true,
  '',
  'x',
  [],
  {},
  [null],
  { Ref: 'AWS::NoValue' },
  '\u0000\u001b[2J\u2028::error::x',
  'a'.repeat(300),
];

/** A node-level mutation of parsed JSON, chosen by `pick`, `index` and `kind`. */
function mutateJson(data: Json, pick: number, kind: number, index: number): Json {
  const copy = structuredClone(data);
  const paths = pathsOf(copy);
  const path = paths[pick % paths.length]!;
  if (path.length === 0) return REPLACEMENTS[index % REPLACEMENTS.length]!;
  let parent = copy as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, Json>;
  const key = path[path.length - 1]!;
  const resources = (copy as { Resources?: Record<string, Json> } | null)?.Resources;
  const self =
    resources && typeof resources === 'object'
      ? Object.keys(resources)[index % Math.max(1, Object.keys(resources).length)]
      : undefined;
  switch (kind % 4) {
    case 0: // delete
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key];
      break;
    case 1: // duplicate
      if (Array.isArray(parent)) parent.splice(Number(key), 0, structuredClone(parent[key]!));
      else parent[`${String(key)}Copy`] = structuredClone(parent[key]!);
      break;
    case 2: // retype
      parent[key] = REPLACEMENTS[index % REPLACEMENTS.length]!;
      break;
    default: // a reference back to a resource (itself, often) or to a parameter
      parent[key] = [
        { Ref: self ?? 'Missing' },
        { 'Fn::GetAtt': [self ?? 'Missing', 'Arn'] },
        { 'Fn::Sub': `\${${self ?? 'Missing'}}` },
      ][index % 3]!;
  }
  return copy;
}

/** A text-level mutation: truncate, or insert a control character, or duplicate a line. */
function mutateText(text: string, at: number, kind: number): string {
  const position = at % (text.length + 1);
  switch (kind % 3) {
    case 0:
      return text.slice(0, position);
    case 1:
      return (
        text.slice(0, position) +
        ['\u0000', '\u001b', '\t', '\r', '\u2028', '\ufeff', '\ud800'][at % 7] +
        text.slice(position)
      );
    default: {
      const lines = text.split('\n');
      const line = at % lines.length;
      return [...lines.slice(0, line + 1), lines[line]!, ...lines.slice(line + 1)].join('\n');
    }
  }
}

function lintText(name: string, text: string): string {
  const started = Date.now();
  const { report } = lint([name], {
    fs: memoryFileSystem({ [`/work/${name}`]: text }),
    cwd: '/work',
    now: new Date('2026-01-01T00:00:00Z'),
  });
  expect(Date.now() - started).toBeLessThan(BOUND_MS);
  return JSON.stringify(report);
}

describe('mutants of real templates', () => {
  it('lints the unmutated files (the harness reads what it is given)', () => {
    for (const file of FILES) {
      const report = JSON.parse(lintText(basename(file), readFileSync(join(REAL, file), 'utf8'))) as {
        files: string[];
        findings: unknown[];
      };
      expect(report.files).toEqual([basename(file)]);
    }
    const pool = JSON.parse(lintText(basename(FILES[3]!), readFileSync(join(REAL, FILES[3]!), 'utf8'))) as {
      findings: Array<{ ruleId: string }>;
    };
    expect(pool.findings.map((f) => f.ruleId)).toContain('role/admin-access');
  });

  for (const file of FILES) {
    const name = basename(file);
    const text = readFileSync(join(REAL, file), 'utf8');
    const json = name.endsWith('.json') ? (JSON.parse(text) as Json) : undefined;

    it(`${name.slice(0, 60)}…: linted without throwing, in time, the same twice`, () => {
      fc.assert(
        fc.property(fc.nat(), fc.nat(), fc.nat(), fc.boolean(), (pick, kind, index, onText) => {
          const mutant =
            json !== undefined && !onText
              ? JSON.stringify(mutateJson(json, pick, kind, index), null, 2)
              : mutateText(text, pick, kind);
          expect(lintText(name, mutant)).toBe(lintText(name, mutant));
        }),
        { numRuns: RUNS_PER_FILE, seed: 12 },
      );
    });
  }
});
