/**
 * Reads a CDK cloud assembly (cdk.out, integ snapshots) through its manifest: the stack templates,
 * their nested-stack templates, nested assemblies of Stages, and the logical ID → construct path
 * map the CDK records beside them. Layout facts: docs/semantics.md#cloud-assembly and the corpus
 * README; the manifest schema is aws-cdk's cloud-assembly-schema (`AssemblyManifest`).
 *
 * A manifest is input like any other and may be hostile: every file name it holds must stay
 * inside the assembly directory, recursion is bounded, and a broken artifact is an InputProblem
 * that never stops the other stacks from being read.
 */
import type { ParsedDocument, Pointer, Range } from '../parsers/types.js';
import { joinPointer } from '../parsers/types.js';
import { hasUsableData } from './classify.js';
import {
  type ParseFn,
  type PathApi,
  type ReadBudget,
  isInside,
  isWithin,
  parseRead,
  pathApiFor,
  readTextFile,
  safeRealpath,
  toSlashes,
} from './files.js';
import { firstUserFrame } from './cdk-trace.js';
import type {
  AssemblyContext,
  FileSystem,
  InputProblem,
  InputProblemCode,
  InputProblemData,
  SourceFrame,
  TemplateInput,
} from './types.js';
import { inputProblemText } from './problem-messages.js';
import type { ReadFailure } from './read-failures.js';
import { isPlainObject } from '../core/objects.js';

/** Stages inside Stages inside…: real apps use one or two levels; this only stops hostile manifests. */
export const MAX_ASSEMBLY_DEPTH = 16;
/** Nested stacks may nest; CloudFormation itself allows deep trees, none of which come near this. */
export const MAX_NESTED_STACK_DEPTH = 16;

const NESTED_TEMPLATE_SUFFIX = '.nested.template.json';

export interface AssemblyReadOptions {
  /** Turns a file-system path into the path users see (cwd-relative, '/'); default: the path with '/' separators. */
  display?: (path: string) => string;
  /** Parsed documents by file-system path, shared with the caller so no file is parsed twice. */
  cache?: Map<string, ParsedDocument>;
  /** The run's input budget, shared with the caller (`--max-total-mb`). */
  budget?: ReadBudget;
}

export interface AssemblyResult {
  /** Stack templates, each followed by its nested-stack templates (parents before children). */
  templates: TemplateInput[];
  /** Every template document, plus any manifest, metadata or template file that failed to parse (its syntaxErrors are set). */
  documents: ParsedDocument[];
  problems: InputProblem[];
  /** File-system paths of every file that belongs to the assembly, so a directory walk never lints them again. */
  claimedFiles: Set<string>;
}

/** Files the CDK writes into every assembly that are not templates and must never be linted on their own. */
function isAssemblySideFile(name: string): boolean {
  return (
    name === 'manifest.json' ||
    name === 'tree.json' ||
    name === 'cdk.out' ||
    name === 'validation-report.json' ||
    name === 'integ.json' ||
    name.endsWith('.assets.json') ||
    name.endsWith('.metadata.json')
  );
}

interface LogicalIdEntry {
  /** Construct path as the metadata writes it: with a leading '/'. */
  path: string;
  logicalId: string;
  /** The entry's creation trace (`CDK_DEBUG=true`), unparsed: only the entries that name a resource are read. */
  trace?: unknown[];
}

/** What an artifact's metadata tells: logical IDs by construct path, and nested template files by construct path. */
interface StackMetadata {
  logicalIds: LogicalIdEntry[];
  /** Nested template file name → construct path of its NestedStack (`aws:cdk:templateFile` entries). */
  templateFiles: Map<string, string>;
}

/** One stack template in the tree a stack artifact spans (the artifact's template and its nested stacks). */
interface StackNode {
  doc: ParsedDocument;
  file: string;
  stackKey: string;
  stackName: string;
  parent?: StackNode;
  /** Logical ID of the `AWS::CloudFormation::Stack` in the parent that creates this stack. */
  logicalId?: string;
  /** Construct path (with leading '/') under which this nested stack's constructs live. */
  prefix?: string;
  cdkPaths: Map<string, string>;
  cdkSources: Map<string, SourceFrame>;
}

/**
 * Reads the assembly whose manifest is at `manifestPath` (a file-system path) and every nested
 * assembly it names. Never throws on the content of the assembly.
 */
export function readAssembly(
  manifestPath: string,
  fs: FileSystem,
  parse: ParseFn,
  options: AssemblyReadOptions = {},
): AssemblyResult {
  return new AssemblyReader(fs, parse, pathApiFor(manifestPath), options).read(manifestPath);
}

class AssemblyReader {
  private readonly templates: TemplateInput[] = [];
  private readonly documents = new Set<ParsedDocument>();
  private readonly problems: InputProblem[] = [];
  private readonly claimed = new Set<string>();
  /** Real path of each manifest read → the path it was read under: `ln -s . x` names one assembly endlessly. */
  private readonly visitedManifests = new Map<string, string>();
  /** Real path of each file read → the path it was first read under. */
  private readonly readFiles = new Map<string, string>();
  /** Real path of the root assembly directory: no file is read from outside it, whatever links say. */
  private rootReal = '';
  private readonly cache: Map<string, ParsedDocument>;
  private readonly budget: ReadBudget | undefined;
  private readonly display: (path: string) => string;

  constructor(
    private readonly fs: FileSystem,
    private readonly parse: ParseFn,
    private readonly path: PathApi,
    options: AssemblyReadOptions,
  ) {
    this.cache = options.cache ?? new Map();
    this.budget = options.budget;
    this.display = options.display ?? toSlashes;
  }

  read(manifestPath: string): AssemblyResult {
    const rootDir = this.path.dirname(manifestPath);
    this.rootReal = safeRealpath(this.fs, rootDir) ?? rootDir;
    this.readManifest(manifestPath, 0, undefined, undefined);
    return {
      templates: this.templates,
      documents: [...this.documents],
      problems: this.problems,
      claimedFiles: this.claimed,
    };
  }

  // ── files ────────────────────────────────────────────────────────────────────────────────

  /** Parses a file once; a document that failed to parse is recorded (it becomes a parse-error finding) and not returned. */
  private load(
    path: string,
  ): { doc: ParsedDocument } | { unparseable: true } | { reason: ReadFailure; missing: boolean } {
    // A name inside the assembly may be a link out of it (`ln -s ../../secret t.json`): the real path decides.
    const real = safeRealpath(this.fs, path);
    if (real !== undefined) {
      if (!isWithin(this.path, this.rootReal, real)) {
        return { reason: { code: 'link-outside-assembly' }, missing: false };
      }
      const first = this.readFiles.get(real);
      if (first !== undefined && first !== path) {
        return { reason: { code: 'already-read', data: { first: this.display(first) } }, missing: false };
      }
      this.readFiles.set(real, path);
    }
    let doc = this.cache.get(path);
    if (!doc) {
      const read = readTextFile(this.fs, path, this.budget);
      if (!read.ok) return { reason: read.failure, missing: read.missing === true };
      doc = parseRead(this.parse, this.display(path), read);
      this.cache.set(path, doc);
    }
    this.claimed.add(path);
    if (!hasUsableData(doc)) {
      this.documents.add(doc);
      return { unparseable: true };
    }
    return { doc };
  }

  private problem(
    doc: ParsedDocument,
    pointer: Pointer,
    code: InputProblemCode,
    data: InputProblemData,
    reason?: ReadFailure,
  ): void {
    const message = inputProblemText(code, data, reason);
    const range = doc.locate(pointer);
    this.problems.push({ file: doc.file, range, code, data, ...(reason ? { reason } : {}), pointer, message, doc });
  }

  /**
   * Resolves a file name a manifest or template holds, refusing absolute paths and anything that
   * leaves the assembly directory: cdk.out comes from the repository being linted, not from us.
   */
  private resolveInside(dir: string, name: string): string | undefined {
    if (name === '' || name.includes('\0') || this.path.isAbsolute(name) || /^[A-Za-z]:/.test(name)) return undefined;
    const target = this.path.join(dir, name);
    return isInside(this.path, dir, target) ? target : undefined;
  }

  // ── manifests ────────────────────────────────────────────────────────────────────────────

  private readManifest(
    manifestPath: string,
    depth: number,
    rootDir: string | undefined,
    origin: { doc: ParsedDocument; pointer: Pointer; artifactId: string } | undefined,
  ): void {
    // Two artifacts naming the same directory, or a directory naming itself (`ln -s . x`, under any
    // number of names): read it once, comparing real paths, since path strings never repeat.
    const real = safeRealpath(this.fs, manifestPath) ?? manifestPath;
    const first = this.visitedManifests.get(real);
    if (first !== undefined) {
      if (origin) {
        this.problem(origin.doc, origin.pointer, 'assembly-repeated', {
          manifest: this.path.basename(origin.doc.file),
          artifact: origin.artifactId,
          directory: this.display(this.path.dirname(manifestPath)),
          first: this.display(this.path.dirname(first)),
        });
      }
      return;
    }
    this.visitedManifests.set(real, manifestPath);

    const loaded = this.load(manifestPath);
    const manifestName = this.path.basename(manifestPath);
    if ('reason' in loaded) {
      if (origin) {
        const named = {
          manifest: this.path.basename(origin.doc.file),
          artifact: origin.artifactId,
          directory: this.display(this.path.dirname(manifestPath)),
        };
        if (loaded.missing) this.problem(origin.doc, origin.pointer, 'assembly-missing', named);
        else this.problem(origin.doc, origin.pointer, 'assembly-unreadable', named, loaded.reason);
      } else {
        const data = { manifest: manifestName };
        this.problems.push({
          file: this.display(manifestPath),
          range: START,
          code: 'manifest-unreadable',
          data,
          reason: loaded.reason,
          pointer: '',
          message: inputProblemText('manifest-unreadable', data, loaded.reason),
        });
      }
      return;
    }
    if ('unparseable' in loaded) return;
    const manifest = loaded.doc;
    const data = manifest.data;
    if (!isPlainObject(data) || !isPlainObject(data.artifacts)) {
      this.problem(manifest, '', 'not-a-manifest', { manifest: manifestName });
      return;
    }

    const dir = this.path.dirname(manifestPath);
    const context = { dir, dirDisplay: this.display(dir), rootDir: rootDir ?? this.display(dir), manifest };
    const listing = safeNames(this.fs, dir);
    for (const name of listing) {
      if (isAssemblySideFile(name)) this.claimed.add(this.path.join(dir, name));
    }

    for (const [artifactId, artifact] of Object.entries(data.artifacts)) {
      if (!isPlainObject(artifact)) continue;
      const pointer = joinPointer('', 'artifacts', artifactId);
      const properties = isPlainObject(artifact.properties) ? artifact.properties : {};
      switch (artifact.type) {
        case 'aws:cloudformation:stack':
          this.readStack(context, artifactId, artifact, pointer);
          break;
        case 'cdk:cloud-assembly': {
          const directoryName = properties.directoryName;
          const namePointer = joinPointer(pointer, 'properties', 'directoryName');
          if (typeof directoryName !== 'string') {
            this.problem(manifest, pointer, 'assembly-no-directory', { manifest: manifestName, artifact: artifactId });
            break;
          }
          const subDir = this.resolveInside(dir, directoryName);
          if (!subDir) {
            this.problem(manifest, namePointer, 'assembly-outside', {
              manifest: manifestName,
              artifact: artifactId,
              directory: directoryName,
            });
            break;
          }
          if (depth + 1 > MAX_ASSEMBLY_DEPTH) {
            this.problem(manifest, namePointer, 'assembly-too-deep', {
              manifest: manifestName,
              artifact: artifactId,
              limit: MAX_ASSEMBLY_DEPTH,
            });
            break;
          }
          this.readManifest(this.path.join(subDir, 'manifest.json'), depth + 1, context.rootDir, {
            doc: manifest,
            pointer: namePointer,
            artifactId,
          });
          break;
        }
        default: {
          // cdk:tree, cdk:asset-manifest: their files are CDK bookkeeping, never lintable.
          const file = properties.file;
          const target = typeof file === 'string' ? this.resolveInside(dir, file) : undefined;
          if (target) this.claimed.add(target);
        }
      }
    }

    // docs/semantics.md#cloud-assembly: nested templates are found through `aws:asset:path`, which the CDK writes
    // only when asset metadata is on. A nested template nothing led to is still linted, alone.
    for (const name of listing) {
      if (!name.endsWith(NESTED_TEMPLATE_SUFFIX)) continue;
      const file = this.path.join(dir, name);
      if (this.claimed.has(file)) continue;
      const loaded = this.load(file);
      if (!('doc' in loaded)) continue;
      const artifactId = name.slice(0, -NESTED_TEMPLATE_SUFFIX.length);
      this.templates.push({
        doc: loaded.doc,
        resourcesPointer: '/Resources',
        stackName: loaded.doc.file,
        stackKey: `${context.dirDisplay}/${name}`,
        assembly: { dir: context.dirDisplay, manifestFile: manifest.file, artifactId, rootDir: context.rootDir },
        cdkPaths: new Map(),
        parameterValues: new Map(),
      });
      this.documents.add(loaded.doc);
    }
  }

  // ── stacks ───────────────────────────────────────────────────────────────────────────────

  private readStack(
    context: { dir: string; dirDisplay: string; rootDir: string; manifest: ParsedDocument },
    artifactId: string,
    artifact: Record<string, unknown>,
    pointer: Pointer,
  ): void {
    const { dir, manifest } = context;
    const manifestName = this.path.basename(manifest.file);
    const properties = isPlainObject(artifact.properties) ? artifact.properties : {};
    const templateFile = properties.templateFile;
    const filePointer = joinPointer(pointer, 'properties', 'templateFile');
    if (typeof templateFile !== 'string') {
      this.problem(manifest, pointer, 'template-unnamed', { manifest: manifestName, artifact: artifactId });
      return;
    }
    const file = this.resolveInside(dir, templateFile);
    if (!file) {
      this.problem(manifest, filePointer, 'template-outside', {
        manifest: manifestName,
        artifact: artifactId,
        template: templateFile,
      });
      return;
    }
    const loaded = this.load(file);
    if ('reason' in loaded) {
      const named = { manifest: manifestName, artifact: artifactId, template: templateFile };
      if (loaded.missing) this.problem(manifest, filePointer, 'template-missing', named);
      else this.problem(manifest, filePointer, 'template-unreadable', named, loaded.reason);
      return;
    }
    if ('unparseable' in loaded) return;

    const environment = parseEnvironment(artifact.environment);
    const assembly: AssemblyContext = {
      dir: context.dirDisplay,
      manifestFile: manifest.file,
      artifactId,
      ...environment,
      rootDir: context.rootDir,
    };
    const root: StackNode = {
      doc: loaded.doc,
      file,
      stackKey: `${context.dirDisplay}/${artifactId}`,
      stackName:
        typeof properties.stackName === 'string' && properties.stackName !== '' ? properties.stackName : artifactId,
      cdkPaths: new Map(),
      cdkSources: new Map(),
    };
    const nodes = [root];
    this.collectNested(root, dir, 1, nodes, new Set([file]));

    assignConstructPaths(nodes, this.readStackMetadata(context, artifactId, artifact, pointer), (trace) =>
      this.sourceOf(trace),
    );

    for (const node of nodes) {
      this.documents.add(node.doc);
      this.templates.push({
        doc: node.doc,
        resourcesPointer: '/Resources',
        stackName: node.stackName,
        stackKey: node.stackKey,
        assembly,
        ...(node.parent && node.logicalId
          ? { nestedIn: { parentStackKey: node.parent.stackKey, logicalId: node.logicalId } }
          : {}),
        cdkPaths: node.cdkPaths,
        ...(node.cdkSources.size > 0 ? { cdkSources: node.cdkSources } : {}),
        parameterValues: new Map(),
      });
    }
  }

  /**
   * Where a creation trace says the app created a construct. A path under the working directory
   * is shown relative to it (CI synthesises and lints in one checkout); any other stays absolute,
   * as recorded on the machine that synthesised the app.
   */
  private sourceOf(trace: unknown[] | undefined): SourceFrame | undefined {
    const frame = firstUserFrame(trace);
    if (!frame || !this.path.isAbsolute(frame.file)) return frame;
    const shown = this.display(frame.file);
    const outside =
      shown === '..' || shown.startsWith('../') || this.path.isAbsolute(shown) || /^[A-Za-z]:/.test(shown);
    return outside ? frame : { ...frame, file: shown };
  }

  /** Follows `AWS::CloudFormation::Stack` resources whose `aws:asset:path` names a nested template beside the parent. */
  private collectNested(parent: StackNode, dir: string, depth: number, nodes: StackNode[], visited: Set<string>): void {
    const resources = isPlainObject(parent.doc.data) ? parent.doc.data.Resources : undefined;
    if (!isPlainObject(resources)) return;
    for (const [logicalId, resource] of Object.entries(resources)) {
      if (!isPlainObject(resource) || resource.Type !== 'AWS::CloudFormation::Stack') continue;
      const metadata = resource.Metadata;
      const assetPath = isPlainObject(metadata) ? metadata['aws:asset:path'] : undefined;
      if (typeof assetPath !== 'string' || !assetPath.endsWith(NESTED_TEMPLATE_SUFFIX)) continue;
      const pointer = joinPointer('', 'Resources', logicalId, 'Metadata', 'aws:asset:path');
      const file = this.resolveInside(dir, assetPath);
      if (!file) {
        this.problem(parent.doc, pointer, 'nested-template-outside', { stack: logicalId, template: assetPath });
        continue;
      }
      // The CDK writes nested templates next to their parent; a path with a directory part is not its output.
      if (/[\\/]/.test(assetPath)) {
        this.problem(parent.doc, pointer, 'nested-template-not-beside', { stack: logicalId, template: assetPath });
        continue;
      }
      // A template naming itself or an ancestor would loop; two stacks sharing one file add nothing new.
      if (visited.has(file)) continue;
      if (depth > MAX_NESTED_STACK_DEPTH) {
        this.problem(parent.doc, pointer, 'nested-too-deep', { stack: logicalId, limit: MAX_NESTED_STACK_DEPTH });
        continue;
      }
      visited.add(file);
      const loaded = this.load(file);
      if ('reason' in loaded) {
        const named = { stack: logicalId, template: assetPath };
        if (loaded.missing) this.problem(parent.doc, pointer, 'nested-template-missing', named);
        else this.problem(parent.doc, pointer, 'nested-template-unreadable', named, loaded.reason);
        continue;
      }
      if ('unparseable' in loaded) continue;
      const child: StackNode = {
        doc: loaded.doc,
        file,
        stackKey: `${parent.stackKey}/${logicalId}`,
        // CloudFormation names nested stacks at deploy time (`<parent>-<logicalId>-<random>`); a name
        // with '/' can never be a real stack name, so `Fn::GetStackOutput` never matches it by mistake.
        stackName: `${parent.stackName}/${logicalId}`,
        parent,
        logicalId,
        cdkPaths: new Map(),
        cdkSources: new Map(),
      };
      nodes.push(child);
      this.collectNested(child, dir, depth + 1, nodes, visited);
    }
  }

  /** Inline `metadata` of the artifact plus its `additionalMetadataFile` (schema ≥ 36 moves it there). */
  private readStackMetadata(
    context: { dir: string; manifest: ParsedDocument },
    artifactId: string,
    artifact: Record<string, unknown>,
    pointer: Pointer,
  ): StackMetadata {
    const result: StackMetadata = { logicalIds: [], templateFiles: new Map() };
    collectMetadata(artifact.metadata, result);
    const properties = isPlainObject(artifact.properties) ? artifact.properties : {};
    // The schema puts it on the artifact; accept it under `properties` too, where some writers put it.
    const [name, namePointer] =
      typeof artifact.additionalMetadataFile === 'string'
        ? [artifact.additionalMetadataFile, joinPointer(pointer, 'additionalMetadataFile')]
        : typeof properties.additionalMetadataFile === 'string'
          ? [properties.additionalMetadataFile, joinPointer(pointer, 'properties', 'additionalMetadataFile')]
          : [undefined, pointer];
    if (name === undefined) return result;
    const manifestName = this.path.basename(context.manifest.file);
    const file = this.resolveInside(context.dir, name);
    if (!file) {
      this.problem(context.manifest, namePointer, 'metadata-outside', {
        manifest: manifestName,
        artifact: artifactId,
        metadata: name,
      });
      return result;
    }
    const loaded = this.load(file);
    if ('reason' in loaded) {
      const named = { manifest: manifestName, artifact: artifactId, metadata: name };
      if (loaded.missing) this.problem(context.manifest, namePointer, 'metadata-missing', named);
      else this.problem(context.manifest, namePointer, 'metadata-unreadable', named, loaded.reason);
      return result;
    }
    if ('doc' in loaded) collectMetadata(loaded.doc.data, result);
    return result;
  }
}

const START: Range = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };

function safeNames(fs: FileSystem, dir: string): string[] {
  try {
    // Sorted so the fallback order (and everything derived from it) is the same on every machine.
    return fs.readdir(dir).sort(compareStrings);
  } catch {
    return [];
  }
}

export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `aws://<account>/<region>`; the CDK writes `unknown-account` / `unknown-region` for environment-agnostic stacks. */
function parseEnvironment(environment: unknown): { account?: string; region?: string } {
  if (typeof environment !== 'string') return {};
  const match = /^aws:\/\/([^/]*)\/([^/]*)$/.exec(environment);
  if (!match) return {};
  const out: { account?: string; region?: string } = {};
  const [, account, region] = match;
  if (account && account !== 'unknown-account') out.account = account;
  if (region && region !== 'unknown-region') out.region = region;
  return out;
}

/** Reads `{ "<construct path>": [{type, data}] }`. */
function collectMetadata(metadata: unknown, into: StackMetadata): void {
  if (!isPlainObject(metadata)) return;
  for (const [path, entries] of Object.entries(metadata)) {
    if (!Array.isArray(entries)) continue;
    for (const entry of entries) {
      if (!isPlainObject(entry) || typeof entry.data !== 'string') continue;
      if (entry.type === 'aws:cdk:logicalId') {
        into.logicalIds.push(
          Array.isArray(entry.trace)
            ? { path, logicalId: entry.data, trace: entry.trace }
            : { path, logicalId: entry.data },
        );
      } else if (entry.type === 'aws:cdk:templateFile' && !into.templateFiles.has(entry.data))
        into.templateFiles.set(entry.data, path);
    }
  }
}

function templateKeys(doc: ParsedDocument): Set<string> {
  const keys = new Set<string>();
  if (!isPlainObject(doc.data)) return keys;
  for (const section of ['Resources', 'Parameters', 'Outputs', 'Conditions', 'Mappings', 'Rules']) {
    const value = doc.data[section];
    if (isPlainObject(value)) for (const key of Object.keys(value)) keys.add(key);
  }
  return keys;
}

/** `/Prod/Data/RolesNested.NestedStack/RolesNested.NestedStackResource` → `/Prod/Data/RolesNested`. */
const NESTED_STACK_RESOURCE_PATH = /^(.*)\.NestedStack\/[^/]+\.NestedStackResource$/;

/**
 * The CDK records every logical ID of a stack artifact, nested stacks included, in the artifact's
 * metadata; the nested ones live under the NestedStack's construct path (`/Prod/Data/RolesNested/…`).
 * Logical IDs repeat across the tree (each nested stack has its own `CDKMetadata`), so entries are
 * split by construct path: each entry goes to the nested stack with the longest matching prefix.
 */
function assignConstructPaths(
  nodes: StackNode[],
  metadata: StackMetadata,
  sourceOf: (trace: unknown[] | undefined) => SourceFrame | undefined,
): void {
  const [root] = nodes;
  if (!root) return;
  // A metadata file may hold hundreds of thousands of entries and an assembly thousands of nested
  // stacks: entries are looked up by logical ID and owners by prefix, never scanned per stack.
  const entriesById = new Map<string, StackMetadata['logicalIds']>();
  for (const entry of metadata.logicalIds) {
    const list = entriesById.get(entry.logicalId);
    if (list === undefined) entriesById.set(entry.logicalId, [entry]);
    else list.push(entry);
  }
  for (const node of nodes.slice(1)) {
    const fromTemplateFile = metadata.templateFiles.get(fileName(node.file));
    if (fromTemplateFile !== undefined) {
      node.prefix = fromTemplateFile;
      continue;
    }
    // Older or differently written assemblies: derive it from the path of the Stack resource.
    const parentPrefix = node.parent?.prefix;
    for (const entry of (node.logicalId === undefined ? undefined : entriesById.get(node.logicalId)) ?? []) {
      if (parentPrefix !== undefined && !entry.path.startsWith(parentPrefix + '/')) continue;
      const match = NESTED_STACK_RESOURCE_PATH.exec(entry.path);
      if (match?.[1]) {
        node.prefix = match[1];
        break;
      }
    }
  }

  // The owner of an entry is the stack with the longest prefix the entry's path continues with a
  // `/`: tried from the path's last `/` backwards (the first stack to claim a prefix keeps it).
  const byPrefix = new Map<string, StackNode>();
  for (const node of nodes)
    if (node.prefix !== undefined && !byPrefix.has(node.prefix)) byPrefix.set(node.prefix, node);
  const ownerOf = (path: string): StackNode => {
    for (let slash = path.lastIndexOf('/'); slash >= 0; slash = slash === 0 ? -1 : path.lastIndexOf('/', slash - 1)) {
      const owner = byPrefix.get(path.slice(0, slash));
      if (owner !== undefined) return owner;
    }
    return root;
  };
  for (const entry of metadata.logicalIds) {
    const owner = byPrefix.size === 0 ? root : ownerOf(entry.path);
    const path = entry.path.startsWith('/') ? entry.path.slice(1) : entry.path;
    if (owner.cdkPaths.has(entry.logicalId)) continue;
    owner.cdkPaths.set(entry.logicalId, path);
    // Traces are parsed for the kept entry of each logical ID only, never for every entry.
    const source = entry.trace === undefined ? undefined : sourceOf(entry.trace);
    if (source) owner.cdkSources.set(entry.logicalId, source);
  }

  // No prefix known: a nested stack takes the entries of its parent whose logical IDs only it declares.
  for (const node of nodes.slice(1)) {
    if (node.prefix !== undefined || !node.parent) continue;
    const own = templateKeys(node.doc);
    const parentKeys = templateKeys(node.parent.doc);
    for (const [logicalId, path] of node.parent.cdkPaths) {
      if (own.has(logicalId) && !parentKeys.has(logicalId)) {
        node.cdkPaths.set(logicalId, path);
        node.parent.cdkPaths.delete(logicalId);
        const source = node.parent.cdkSources.get(logicalId);
        if (source) node.cdkSources.set(logicalId, source);
        node.parent.cdkSources.delete(logicalId);
      }
    }
  }
}

function fileName(path: string): string {
  return toSlashes(path).split('/').pop() ?? path;
}
