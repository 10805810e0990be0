/**
 * `src/rule-api.ts` is the whole surface rules stand on, so it offers what rules use and nothing
 * more: every name it exports is imported by a rule or by `rules/_shared/`, apart from the types a
 * rule author writes against (`RuleMeta`, `RuleContext`, …) that a rule's own code may never spell
 * out. A name no rule uses is an engine or model detail leaking into the contract, which then can
 * no longer change underneath the rules.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../rules/helpers.js';

/** The rule-definition contract: offered to rule authors whether or not today's rules spell them out. */
const AUTHOR_CONTRACT = new Set([
  'defineRule',
  'FindingResource',
  'MessageTemplates',
  'Placeholders',
  'Report',
  'ReportDescriptor',
  'ReportNote',
  'Rule',
  'RuleContext',
  'RuleMeta',
  'Severity',
]);

function parse(file: string): ts.SourceFile {
  return ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
}

/** The names `src/rule-api.ts` exports (`export { a, type B } from …`, `export * as ns from …`). */
function exportedNames(): string[] {
  const names: string[] = [];
  for (const statement of parse(join(REPO_ROOT, 'src/rule-api.ts')).statements) {
    if (!ts.isExportDeclaration(statement) || !statement.exportClause) continue;
    if (ts.isNamespaceExport(statement.exportClause)) names.push(statement.exportClause.name.text);
    else for (const element of statement.exportClause.elements) names.push(element.name.text);
  }
  return names;
}

/** The names files under `rules/` import from `src/rule-api.ts`. */
function importedByRules(): Set<string> {
  const used = new Set<string>();
  const visit = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (entry.name.endsWith('.ts')) {
        for (const statement of parse(path).statements) {
          if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
          if (!statement.moduleSpecifier.text.endsWith('/src/rule-api.js')) continue;
          const bindings = statement.importClause?.namedBindings;
          if (bindings && ts.isNamedImports(bindings))
            for (const element of bindings.elements) used.add((element.propertyName ?? element.name).text);
        }
      }
    }
  };
  visit(join(REPO_ROOT, 'rules'));
  return used;
}

describe('src/rule-api.ts', () => {
  it('exports only what rules import, and the rule-definition contract', () => {
    const used = importedByRules();
    const unused = exportedNames().filter((name) => !used.has(name) && !AUTHOR_CONTRACT.has(name));
    expect(unused).toEqual([]);
  });

  it('keeps every name of the rule-definition contract', () => {
    const exported = new Set(exportedNames());
    expect([...AUTHOR_CONTRACT].filter((name) => !exported.has(name))).toEqual([]);
  });
});
