/**
 * The architecture, checked mechanically (README, "Architecture: floors"):
 *
 * 1. rules import only `src/rule-api.ts`, `rules/_shared/` and files of their own folder;
 * 2. no module imports one on a higher floor (FLOORS below, lowest first);
 * 3. no import cycle among files, nor among folders.
 *
 * The graph is read from the source with the TypeScript parser (import-graph.ts). Type-only
 * imports count: they are erased at run time but still couple the two modules. `src/generated/`
 * (Ajv and esbuild output) and `dist/` (the committed bundle) are not read: they have no
 * architecture of their own, and imports into `src/generated/` are not edges.
 *
 * What the code breaks today is listed below as known debt, the to-do of issue 15. Each list can
 * only shrink: the test fails when an import breaks a rule and is not listed, and also when a listed
 * one is gone, so that whoever fixes it removes it here and the list stays the truth.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cycles, folderOf, readImportGraph, type ImportEdge } from './import-graph.js';
import { REPO_ROOT } from './rule-docs.js';

const ROOTS = ['src', 'rules'];
const EXCLUDED = ['src/generated'];

/**
 * Floors, lowest first: a module may import its own floor and the floors below it, as the README's "Architecture: floors"
 * lays them out (core → parsers → inputs → values → iam → model → dialects → analysis → engine →
 * reporters → config/cli). A path ending in `/` is a folder, anything else one file.
 */
const FLOORS: readonly { readonly name: string; readonly paths: readonly string[] }[] = [
  // The shared kernel: imports nothing above it (src/util/ and version.ts are to join src/core/).
  { name: 'core', paths: ['src/core/', 'src/util/', 'src/version.ts'] },
  { name: 'parsers', paths: ['src/parsers/'] },
  { name: 'inputs', paths: ['src/inputs/'] },
  // "Unknown is a value": Resolved and its judgements.
  { name: 'values', paths: ['src/values/'] },
  // IAM semantics with no model imports: the AWS data and its lookups, policy documents, grammar, matching, trust.
  { name: 'iam', paths: ['src/data/', 'src/iam/'] },
  // The neutral entities of the identity architecture and IdentityModel.
  { name: 'model', paths: ['src/model/'] },
  // Documents → entities, one folder per dialect.
  { name: 'dialects', paths: ['src/dialects/'] },
  // Facts derived from the model: exposure, grants, S3 access, variables.
  { name: 'analysis', paths: ['src/analysis/'] },
  // The rule API is part of the engine in the target; rules sit on it.
  { name: 'engine', paths: ['src/engine/', 'src/rule-api.ts'] },
  { name: 'rules', paths: ['rules/'] },
  // What users read: reporters, the README rule table, the rule pages `--explain` prints.
  { name: 'reporters', paths: ['src/reporters/', 'src/docs/', 'src/rule-docs.ts'] },
  { name: 'config', paths: ['src/config/'] },
  // The programmatic API, `lint()`: wires inputs, config, rules and engine together.
  { name: 'api', paths: ['src/index.ts'] },
  // The shell: process, environment, exit codes; `--aws` reads the account with the SDK.
  { name: 'cli', paths: ['src/cli/', 'src/aws/'] },
];

/** Rules that import something other than rule-api, `rules/_shared/` or their own folder. None today. */
const KNOWN_RULE_IMPORTS: readonly string[] = [];

/** Imports from a lower floor to a higher one, as `from -> to`. None today. */
const KNOWN_FLOOR_BREACHES: readonly string[] = [];

/** Import cycles among files: each strongly connected component, its members joined by ` <-> `. None today. */
const KNOWN_FILE_CYCLES: readonly string[] = [];

/** Import cycles among folders, as for files. None today. */
const KNOWN_FOLDER_CYCLES: readonly string[] = [];

const graph = readImportGraph(REPO_ROOT, ROOTS, EXCLUDED);
const internal = graph.edges.filter((edge) => !edge.external && !EXCLUDED.some((dir) => edge.to.startsWith(`${dir}/`)));
const show = (edge: ImportEdge): string => `${edge.from} -> ${edge.to}`;

/**
 * What differs between today's violations and a known-debt list, as sentences naming the list.
 * A violation is reported with `describe(key)` so the reader sees why it breaks the rule.
 */
function againstDebt(current: Map<string, string>, known: readonly string[], listName: string): string[] {
  const problems: string[] = [];
  for (const [key, description] of current) if (!known.includes(key)) problems.push(`new: ${description}`);
  for (const key of known) if (!current.has(key)) problems.push(`gone, so remove it from ${listName}: ${key}`);
  return problems;
}

function floorOf(file: string): number {
  let best = -1;
  let bestLength = -1;
  FLOORS.forEach((floor, index) => {
    for (const path of floor.paths) {
      const matches = path.endsWith('/') ? file.startsWith(path) : file === path;
      if (matches && path.length > bestLength) [best, bestLength] = [index, path.length];
    }
  });
  return best;
}

describe('the checks themselves', () => {
  it('finds each cycle once, however many edges it has, and no cycle in a chain or a self-import', () => {
    const edges = [
      ['a', 'b'],
      ['b', 'c'],
      ['c', 'a'],
      ['c', 'd'],
      ['d', 'e'],
      ['e', 'd'],
      ['f', 'f'],
      ['f', 'a'],
    ] as const;
    expect(cycles(edges)).toEqual([
      ['a', 'b', 'c'],
      ['d', 'e'],
    ]);
  });

  it('fails for a new violation and for a listed one that is gone', () => {
    const current = new Map([['x -> y', 'x -> y: why']]);
    expect(againstDebt(current, ['x -> y'], 'LIST')).toEqual([]);
    expect(againstDebt(current, [], 'LIST')).toEqual(['new: x -> y: why']);
    expect(againstDebt(new Map(), ['x -> y'], 'LIST')).toEqual(['gone, so remove it from LIST: x -> y']);
  });
});

describe('the import graph', () => {
  it('is read completely: every relative import names a file', () => {
    expect(graph.unresolved).toEqual([]);
    // A reader that silently found nothing would make every check below pass.
    expect(internal.map(show)).toContain('src/index.ts -> rules/index.ts');
    expect(internal.map(show)).toContain('src/cli/aws.ts -> src/aws/read.ts'); // a dynamic import()
    expect(graph.files.filter((file) => file.startsWith('rules/')).length).toBeGreaterThan(50);
  });
});

describe('rules import only src/rule-api.ts, rules/_shared/ and their own folder', () => {
  const allowed = (edge: ImportEdge): boolean =>
    edge.to === 'src/rule-api.ts' ||
    edge.to.startsWith('rules/_shared/') ||
    (!edge.external && folderOf(edge.to, []) === folderOf(edge.from, [])) ||
    // The registry gathers each area's registry.
    (edge.from === 'rules/index.ts' && /^rules\/[^/]+\/index\.ts$/.test(edge.to));

  it('has no rule import outside those, except the known debt', () => {
    // Packages and node: built-ins count too: a rule never parses, reads files or calls AWS.
    const current = new Map(
      graph.edges
        .filter((edge) => edge.from.startsWith('rules/') && !allowed(edge))
        .map((edge) => [
          show(edge),
          `${show(edge)}${edge.typeOnly ? ' (type-only)' : ''}: re-export what it needs from src/rule-api.ts`,
        ]),
    );
    expect(againstDebt(current, KNOWN_RULE_IMPORTS, 'KNOWN_RULE_IMPORTS')).toEqual([]);
  });
});

describe('the dialect seam: only the registry, the engine and the API see a dialect', () => {
  // Rules, derived facts and reporters read the IdentityModel, whatever dialect built it
  // (README "The dialect seam"). The engine plans CloudFormation's condition scenarios and builds the
  // model through the registry; the HTML report builds it again through the registry.
  const seesDialects = (file: string): boolean =>
    file.startsWith('src/dialects/') ||
    file.startsWith('src/engine/') ||
    file === 'src/reporters/html/graph.ts' ||
    ['src/index.ts', 'src/api/', 'src/cli/'].some((prefix) => file.startsWith(prefix));

  it('has no import of a dialect from the model, analysis, rule-api, rules or reporters', () => {
    const offending = graph.edges
      .filter((edge) => !edge.external && edge.to.startsWith('src/dialects/') && !seesDialects(edge.from))
      .map(show);
    expect(offending).toEqual([]);
  });

  it('lets the HTML report reach dialects only through their registry', () => {
    const offending = graph.edges
      .filter((edge) => edge.from === 'src/reporters/html/graph.ts' && edge.to.startsWith('src/dialects/'))
      .filter((edge) => edge.to !== 'src/dialects/index.ts')
      .map(show);
    expect(offending).toEqual([]);
  });
});

describe('floors: no module imports one on a higher floor', () => {
  it('places every file of src/ and rules/ on a floor', () => {
    const unplaced = graph.files.filter((file) => floorOf(file) < 0);
    expect(unplaced, 'add these to FLOORS in test/meta/architecture.test.ts, at their floor').toEqual([]);
  });

  it('names only folders and files that exist', () => {
    const stale = FLOORS.flatMap((floor) => floor.paths).filter((path) => !existsSync(join(REPO_ROOT, path)));
    expect(stale, 'remove these from FLOORS').toEqual([]);
  });

  it('has no import from a lower floor to a higher one, except the known debt', () => {
    const current = new Map(
      internal
        .filter((edge) => floorOf(edge.from) < floorOf(edge.to))
        .map((edge) => {
          const [from, to] = [FLOORS[floorOf(edge.from)]!.name, FLOORS[floorOf(edge.to)]!.name];
          return [
            show(edge),
            `${show(edge)}${edge.typeOnly ? ' (type-only)' : ''}: ${from} imports ${to}, a higher floor`,
          ];
        }),
    );
    expect(againstDebt(current, KNOWN_FLOOR_BREACHES, 'KNOWN_FLOOR_BREACHES')).toEqual([]);
  });
});

describe('no import cycles', () => {
  /** Today's cycles keyed as in the lists, each described with the edges inside it (what to cut). */
  function currentCycles(edges: readonly (readonly [string, string, ImportEdge])[]): Map<string, string> {
    const out = new Map<string, string>();
    for (const component of cycles(edges.map(([from, to]) => [from, to] as const))) {
      const members = new Set(component);
      const inside = edges.filter(([from, to]) => from !== to && members.has(from) && members.has(to));
      const unique = [
        ...new Map(inside.map(([from, to, edge]) => [`${from} -> ${to}`, `${from} -> ${to} (${show(edge)})`])).values(),
      ];
      out.set(component.join(' <-> '), `${component.join(' <-> ')}, through\n    ${unique.sort().join('\n    ')}`);
    }
    return out;
  }

  it('has no cycle among files, except the known debt', () => {
    const edges = internal.map((edge) => [edge.from, edge.to, edge] as const);
    expect(againstDebt(currentCycles(edges), KNOWN_FILE_CYCLES, 'KNOWN_FILE_CYCLES')).toEqual([]);
  });

  it('has no cycle among folders, except the known debt', () => {
    const edges = internal.map((edge) => [folderOf(edge.from, ROOTS), folderOf(edge.to, ROOTS), edge] as const);
    expect(againstDebt(currentCycles(edges), KNOWN_FOLDER_CYCLES, 'KNOWN_FOLDER_CYCLES')).toEqual([]);
  });

  it("has no cycle among the reporters' folders: what they share lives in src/reporters/common/, below them all", () => {
    const edges = internal.map((edge) => [folderOf(edge.from, ROOTS), folderOf(edge.to, ROOTS), edge] as const);
    const reporters = [...currentCycles(edges).values()].filter((cycle) => cycle.includes('src/reporters'));
    expect(reporters).toEqual([]);
  });
});

it('prints the known architecture debt (the to-do of issue 15)', () => {
  const lists = { KNOWN_RULE_IMPORTS, KNOWN_FLOOR_BREACHES, KNOWN_FILE_CYCLES, KNOWN_FOLDER_CYCLES };
  const lines = Object.entries(lists).flatMap(([name, list]) => [
    `${name} (${list.length})`,
    ...list.map((entry) => `  ${entry}`),
  ]);
  console.info(`Known architecture debt, test/meta/architecture.test.ts:\n${lines.join('\n')}`);
  expect(Object.values(lists).flat().length).toBeGreaterThanOrEqual(0);
});
