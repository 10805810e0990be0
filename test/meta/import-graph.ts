/**
 * The import graph of `src/` and `rules/`, read with the TypeScript compiler's parser (no type
 * checking, so it takes about a second), and the strongly connected components of a graph. Used by
 * architecture.test.ts.
 *
 * Every edge counts, type-only ones included: `import type` erases at run time but still couples
 * the two modules (moving or renaming the type touches both), and the floors are about coupling.
 * Dynamic `import()` and `import('…')` types count too. Packages and `node:` built-ins are kept as
 * bare specifiers so a check can tell what a module reaches outside the repository.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import ts from 'typescript';

export interface ImportEdge {
  /** Repository-relative path of the importing file, `/`-separated. */
  readonly from: string;
  /** Repository-relative path of the imported file, or the bare specifier of a package. */
  readonly to: string;
  /** True for a package or a `node:` built-in (`to` is then the specifier as written). */
  readonly external: boolean;
  /** `import type`, `export type` or an `import('…')` type: nothing loads at run time. */
  readonly typeOnly: boolean;
}

export interface ImportGraph {
  /** Every source file read, repository-relative and sorted. */
  readonly files: readonly string[];
  readonly edges: readonly ImportEdge[];
  /** Relative imports that name no file: a misspelt path, or a form this reader does not understand. */
  readonly unresolved: readonly string[];
}

/**
 * Reads every `.ts` file under `roots` (repository-relative directories), skipping the directories
 * in `exclude` (generated code has no architecture to check).
 */
export function readImportGraph(repoRoot: string, roots: readonly string[], exclude: readonly string[]): ImportGraph {
  const files = roots.flatMap((root) => tsFilesUnder(repoRoot, root, exclude)).sort();
  const edges: ImportEdge[] = [];
  const unresolved: string[] = [];
  for (const file of files) {
    const source = ts.createSourceFile(file, readFileSync(join(repoRoot, file), 'utf8'), ts.ScriptTarget.Latest, false);
    for (const { specifier, typeOnly } of importsOf(source)) {
      if (!specifier.startsWith('.')) {
        edges.push({ from: file, to: specifier, external: true, typeOnly });
        continue;
      }
      const target = resolveRelative(repoRoot, file, specifier);
      if (target === undefined) unresolved.push(`${file} imports ${specifier}`);
      else edges.push({ from: file, to: target, external: false, typeOnly });
    }
  }
  return { files, edges, unresolved };
}

function tsFilesUnder(repoRoot: string, dir: string, exclude: readonly string[]): string[] {
  if (exclude.some((excluded) => dir === excluded || dir.startsWith(`${excluded}/`))) return [];
  const out: string[] = [];
  for (const entry of readdirSync(join(repoRoot, dir), { withFileTypes: true })) {
    const path = posix.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...tsFilesUnder(repoRoot, path, exclude));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

/** NodeNext spells a TypeScript module by its emitted name (`./x.js` for `x.ts`); JSON keeps its own. */
function resolveRelative(repoRoot: string, from: string, specifier: string): string | undefined {
  const path = posix.normalize(posix.join(posix.dirname(from), specifier));
  const candidates = path.endsWith('.js') ? [`${path.slice(0, -'.js'.length)}.ts`, path] : [path, `${path}.ts`];
  const found = candidates.find((candidate) => existsSync(join(repoRoot, candidate)));
  return found === undefined ? undefined : relative(repoRoot, join(repoRoot, found)).split('\\').join('/');
}

function importsOf(source: ts.SourceFile): { specifier: string; typeOnly: boolean }[] {
  const out: { specifier: string; typeOnly: boolean }[] = [];
  const visit = (node: ts.Node): void => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      out.push({ specifier: node.moduleSpecifier.text, typeOnly: declarationIsTypeOnly(node) });
    } else if (
      ts.isImportTypeNode(node) &&
      ts.isLiteralTypeNode(node.argument) &&
      ts.isStringLiteral(node.argument.literal)
    ) {
      out.push({ specifier: node.argument.literal.text, typeOnly: true });
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [argument] = node.arguments;
      if (argument && ts.isStringLiteralLike(argument)) out.push({ specifier: argument.text, typeOnly: false });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

/** `import type {…}`, `export type {…}`, or named imports that are all marked `type`. */
function declarationIsTypeOnly(node: ts.ImportDeclaration | ts.ExportDeclaration): boolean {
  if (ts.isExportDeclaration(node)) {
    if (node.isTypeOnly) return true;
    const clause = node.exportClause;
    return (
      clause !== undefined &&
      ts.isNamedExports(clause) &&
      clause.elements.length > 0 &&
      clause.elements.every((e) => e.isTypeOnly)
    );
  }
  const clause = node.importClause;
  if (clause === undefined) return false; // `import './x.js'` runs the module
  if (clause.isTypeOnly) return true;
  if (clause.name !== undefined) return false;
  const bindings = clause.namedBindings;
  return (
    bindings !== undefined &&
    ts.isNamedImports(bindings) &&
    bindings.elements.length > 0 &&
    bindings.elements.every((e) => e.isTypeOnly)
  );
}

/**
 * Strongly connected components with more than one member (Tarjan), each sorted, sorted by their
 * first member: exactly the import cycles, however many edges each one has. Iterative, so a long
 * chain of imports cannot overflow the stack.
 */
export function cycles(edges: Iterable<readonly [string, string]>): string[][] {
  const next = new Map<string, Set<string>>();
  for (const [from, to] of edges) {
    if (from === to) continue;
    if (!next.has(from)) next.set(from, new Set());
    if (!next.has(to)) next.set(to, new Set());
    next.get(from)!.add(to);
  }
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  for (const root of [...next.keys()].sort()) {
    if (index.has(root)) continue;
    // Each frame: a node and the iterator over its successors still to visit.
    const frames: { node: string; successors: Iterator<string> }[] = [];
    const enter = (node: string): void => {
      index.set(node, index.size);
      low.set(node, index.get(node)!);
      stack.push(node);
      onStack.add(node);
      frames.push({ node, successors: [...next.get(node)!].sort()[Symbol.iterator]() });
    };
    enter(root);
    while (frames.length > 0) {
      const frame = frames[frames.length - 1]!;
      const step = frame.successors.next();
      if (!step.done) {
        const successor = step.value;
        if (!index.has(successor)) enter(successor);
        else if (onStack.has(successor)) low.set(frame.node, Math.min(low.get(frame.node)!, index.get(successor)!));
        continue;
      }
      frames.pop();
      const parent = frames[frames.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(frame.node)!));
      if (low.get(frame.node) !== index.get(frame.node)) continue;
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== frame.node);
      if (component.length > 1) out.push(component.sort());
    }
  }
  return out.sort((a, b) => a[0]!.localeCompare(b[0]!));
}

/**
 * The folder a file belongs to for folder cycles: its directory (`src/dialects/cloudformation` is not
 * `src/dialects`). A file directly in a root (`src/index.ts`, `src/rule-api.ts`, `src/version.ts`) is a
 * unit of its own: those files sit on different floors, and lumping them into one `src` node would
 * report a cycle through the lowest and the highest of them that no import makes.
 */
export function folderOf(file: string, roots: readonly string[]): string {
  const folder = dirname(file).split('\\').join('/');
  return roots.includes(folder) ? file : folder;
}
