/**
 * The Terraform configuration beside a plan or state JSON (`terraform show -json`): when the `.tf`
 * files of the root module sit in the JSON's directory (and those of a module call whose `source` is a
 * local path, `./modules/auth`, in that module's directory), each resource of the JSON is placed at the
 * block that declares it (src/parsers/hcl.ts), and each of its attributes at the line that writes it.
 * The plan document is returned as a compiled document (ParsedDocument.compiledFrom, as a Serverless
 * service is): the model still knows every node by its pointer into the JSON, while the user reads
 * the finding at the `.tf` line. Without sources the JSON is returned as it is.
 *
 * Every input is hostile: only real paths inside the JSON's directory are read (a `source` of
 * `../../etc` or a linked file leading out of it is refused with a note), module nesting, module
 * directories, files and their sizes are bounded, and every file read counts against the run's budget.
 */
import { isPlainObject, own } from '../core/objects.js';
import { scanHcl, MAX_HCL_CHARS } from '../parsers/hcl.js';
import { compiledDocument, type SourceRef } from '../parsers/source.js';
import { joinPointer, splitPointer, type ParsedDocument, type Pointer } from '../parsers/types.js';
import { compareStrings } from './cdk-assembly.js';
import { isWithin, readTextFile, safeReaddir, safeRealpath, safeStat, type PathApi, type ReadBudget } from './files.js';
import type { FileSystem, InputNote } from './types.js';

/** Module calls followed below the root (Terraform's own JSON nests them the same way). */
const MAX_MODULE_DEPTH = 16;
/** Module directories read per plan. */
const MAX_MODULE_DIRS = 64;
/** `.tf` files read per directory; the rest are passed over (with a note). */
const MAX_FILES_PER_DIR = 128;

export interface SourcesHost {
  readonly fs: FileSystem;
  readonly path: PathApi;
  readonly budget: ReadBudget;
  /** The path a user sees (relative to the working directory). */
  display(path: string): string;
  /** `.tf` files scanned in this run, by real path: two plans beside one configuration share them. */
  readonly scanned: Map<string, ParsedDocument>;
}

/** A module path (`''`, `module.auth`, `module.auth.module.tables`) → its blocks by address → where they are declared. */
type Declarations = Map<string, Map<string, SourceRef>>;

/**
 * The plan or state at `planPath` placed at its `.tf` sources, and the `.tf` files that declare its
 * blocks (linted as part of it); the document itself when no source is beside it. What was refused
 * goes to `notes`.
 */
export function withTerraformSources(
  plan: ParsedDocument,
  planPath: string,
  host: SourcesHost,
  notes: InputNote[],
): { doc: ParsedDocument; sources: ParsedDocument[] } {
  const { path, fs } = host;
  const rootDir = path.dirname(planPath);
  const rootReal = safeRealpath(fs, rootDir);
  if (rootReal === undefined) return { doc: plan, sources: [] };
  const declarations: Declarations = new Map();
  const dirs = new Map<string, Map<string, SourceRef>>();
  const readDir = (dir: string): Map<string, SourceRef> => {
    const real = safeRealpath(fs, dir) ?? dir;
    let found = dirs.get(real);
    if (!found) {
      found = readModuleDir(dir, rootReal, host, notes);
      dirs.set(real, found);
    }
    return found;
  };

  const root = readDir(rootDir);
  if (root.size > 0) declarations.set('', root);
  // The module calls of the configuration, each in the directory its `source` names.
  const walk = (module: unknown, modulePath: string, dir: string, pointer: Pointer, depth: number): void => {
    const calls = at(module, 'module_calls');
    if (!isPlainObject(calls) || depth >= MAX_MODULE_DEPTH) return;
    for (const name of Object.keys(calls).sort(compareStrings)) {
      const call = own(calls, name);
      const source = at(call, 'source');
      // Terraform reads a source as a local path only when it begins with `./` or `../`
      // (https://developer.hashicorp.com/terraform/language/modules/sources#local-paths); anything else is downloaded.
      if (typeof source !== 'string' || !/^\.\.?[\\/]/.test(source)) continue;
      const callPointer = joinPointer(pointer, 'module_calls', name);
      const target = path.resolve(dir, source);
      const real = safeRealpath(fs, target);
      if (real === undefined) continue;
      if (!isWithin(path, rootReal, real)) {
        notes.push({
          file: plan.file,
          range: plan.locate(joinPointer(callPointer, 'source')),
          message: `The source \`${source}\` of module \`${name}\` leads out of the plan JSON's directory: its \`.tf\` files are not read, and its findings stay at the plan JSON.`,
        });
        continue;
      }
      if (dirs.size >= MAX_MODULE_DIRS && !dirs.has(real)) continue;
      const childPath = modulePath === '' ? `module.${name}` : `${modulePath}.module.${name}`;
      const found = readDir(target);
      if (found.size > 0) declarations.set(childPath, found);
      walk(at(call, 'module'), childPath, target, joinPointer(callPointer, 'module'), depth + 1);
    }
  };
  walk(at(at(plan.data, 'configuration'), 'root_module'), '', rootDir, '/configuration/root_module', 0);
  if (declarations.size === 0) return { doc: plan, sources: [] };
  const sources = new Set<ParsedDocument>();
  for (const module of declarations.values()) for (const ref of module.values()) sources.add(ref.doc);
  return { doc: placedDocument(plan, declarations), sources: [...sources] };
}

/** The declarations of the `.tf` files of one module directory, first declaration first. */
function readModuleDir(dir: string, rootReal: string, host: SourcesHost, notes: InputNote[]): Map<string, SourceRef> {
  const { fs, path } = host;
  const out = new Map<string, SourceRef>();
  const listing = safeReaddir(fs, dir);
  if ('error' in listing) return out;
  const names = listing.names.filter((name) => name.endsWith('.tf')).sort(compareStrings);
  if (names.length > MAX_FILES_PER_DIR)
    notes.push({
      file: host.display(dir),
      message: `Only the first ${MAX_FILES_PER_DIR} \`.tf\` files of this directory are read for the positions of findings.`,
    });
  for (const name of names.slice(0, MAX_FILES_PER_DIR)) {
    const file = path.join(dir, name);
    const stat = safeStat(fs, file);
    if (!('stat' in stat) || !stat.stat?.isFile || stat.stat.size > MAX_HCL_CHARS) continue;
    const real = safeRealpath(fs, file);
    if (real === undefined || !isWithin(path, rootReal, real)) {
      notes.push({
        file: host.display(file),
        message: "A link to outside the plan JSON's directory: not read for the positions of findings.",
      });
      continue;
    }
    let doc = host.scanned.get(real);
    if (!doc) {
      const read = readTextFile(fs, file, host.budget);
      if (!read.ok) continue;
      doc = scanHcl(host.display(file), read.text);
      host.scanned.set(real, doc);
    }
    const data = doc.data as Record<string, unknown>;
    for (const key of Object.keys(data)) if (!out.has(key)) out.set(key, { doc, pointer: joinPointer('', key) });
  }
  return out;
}

/**
 * The plan as a compiled document: a pointer into a resource of `planned_values` (or a state's
 * `values`) is placed at the block declaring the resource, and, below its `values`, at the attribute
 * or the nested block (when it is written once) that writes the node, as deep as the source writes it.
 */
function placedDocument(plan: ParsedDocument, declarations: Declarations): ParsedDocument {
  const place = (pointer: Pointer): SourceRef => placeInSources(plan, declarations, pointer) ?? { doc: plan, pointer };
  return compiledDocument(plan, { form: 'terraform', data: plan.data, place, problems: plan });
}

function placeInSources(plan: ParsedDocument, declarations: Declarations, pointer: Pointer): SourceRef | undefined {
  const tokens = splitPointer(pointer);
  const top = tokens[0];
  if ((top !== 'planned_values' && top !== 'values') || tokens[1] !== 'root_module' || !isPlainObject(plan.data))
    return undefined;
  let module: unknown = own(own(plan.data, top) as Record<string, unknown>, 'root_module');
  let modulePath = '';
  let moduleAddress = '';
  let i = 2;
  while (tokens[i] === 'child_modules' && i < 2 + 2 * MAX_MODULE_DEPTH) {
    const children = isPlainObject(module) ? own(module, 'child_modules') : undefined;
    const child = Array.isArray(children) ? children[Number(tokens[i + 1])] : undefined;
    const address = isPlainObject(child) ? own(child, 'address') : undefined;
    if (typeof address !== 'string' || !address.startsWith(moduleAddress === '' ? '' : `${moduleAddress}.`))
      return undefined;
    // `module.a["x"].module.b`: the call's name is what follows this module's own address.
    const name = /^module\.([A-Za-z_][\w-]*)/.exec(address.slice(moduleAddress === '' ? 0 : moduleAddress.length + 1));
    if (!name) return undefined;
    modulePath = modulePath === '' ? `module.${name[1]}` : `${modulePath}.module.${name[1]}`;
    moduleAddress = address;
    module = child;
    i += 2;
  }
  if (tokens[i] !== 'resources') return undefined;
  const list = isPlainObject(module) ? own(module, 'resources') : undefined;
  const resource = Array.isArray(list) ? list[Number(tokens[i + 1])] : undefined;
  if (!isPlainObject(resource)) return undefined;
  const { mode, type, name } = resource;
  if (typeof type !== 'string' || typeof name !== 'string') return undefined;
  const declared = declarations.get(modulePath)?.get(`${mode === 'data' ? 'data.' : ''}${type}.${name}`);
  if (!declared) return undefined;
  if (tokens[i + 2] !== 'values') return declared;
  // Below `values`, as deep as the source writes the same path (a block written once is its list's item 0).
  let node: unknown = valueAt(declared);
  let at = declared.pointer;
  for (const token of tokens.slice(i + 3)) {
    if (isPlainObject(node) && Object.prototype.hasOwnProperty.call(node, token)) node = node[token];
    else if (Array.isArray(node) && node.length === 1 && token === '0') node = node[0];
    else break;
    at = joinPointer(at, token);
  }
  return { doc: declared.doc, pointer: at };
}

/** `node[key]` when `node` is an object, never from its prototype chain. */
function at(node: unknown, key: string): unknown {
  return isPlainObject(node) ? own(node, key) : undefined;
}

function valueAt(ref: SourceRef): unknown {
  const data = ref.doc.data;
  const key = splitPointer(ref.pointer)[0];
  return isPlainObject(data) && key !== undefined ? own(data, key) : undefined;
}
