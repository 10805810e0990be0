/**
 * Paths on the command line (files, directories, cloud assemblies, `-` for stdin) → LoadedInputs.
 *
 * Three passes keep the result independent of the order things are met in: find what to read
 * (walk directories, spot cloud assemblies), read the assemblies (they claim their files), then
 * read the remaining files. Nothing here throws on user input: a file that cannot be used ends up
 * in `skipped` (with a reason) or, for cloud-assembly breakage, in `problems`.
 */
import { parseText } from '../parsers/index.js';
import type { ParsedDocument, Pointer } from '../parsers/types.js';
import { joinPointer } from '../parsers/types.js';
import { accountTemplate } from './aws-account.js';
import { LIGHT_DOCUMENT_CHARS, lighten, releaseParses } from './light-document.js';
import { type AssemblyResult, compareStrings, readAssembly } from './cdk-assembly.js';
import {
  type AmplifyProjectResult,
  BACKEND_CONFIG,
  enclosingAmplifyBackend,
  isAmplifyBackend,
  readAmplifyProject,
} from './amplify-project.js';
import { classifyDocument, hasUsableData, looksLikeLintInput } from './classify.js';
import { withTerraformSources, type SourcesHost } from './terraform-sources.js';
import {
  type ServiceHost,
  type ServiceResult,
  isServiceFileName,
  readServerlessService,
  serviceFileIn,
} from './serverless/index.js';
import {
  MAX_FILE_BYTES,
  type ParseFn,
  type PathApi,
  type ReadBudget,
  type StatResult,
  decodeRead,
  displayPath,
  isWithin,
  parseRead,
  pathApiFor,
  readBudget,
  readTextFile,
  rebaser,
  safeReaddir,
  safeRealpath,
  safeStat,
} from './files.js';
import { compileGlob, isGlobRefusal, type Glob } from '../util/glob.js';
import type { IgnoreList } from '../util/ignore-file.js';
import type {
  DialectInputs,
  FileSystem,
  InputNote,
  InputProblem,
  InputProblemCode,
  InputProblemData,
  LoadedInputs,
  SkippedFile,
} from './types.js';
import { inputProblemText } from './problem-messages.js';
import { isPlainObject } from '../core/objects.js';

export interface LoadOptions {
  fs: FileSystem;
  /** Absolute working directory: relative paths start here and every output path is relative to it. */
  cwd: string;
  /**
   * Globs (minimatch's meaning with `dot: true`, matched by src/util/glob.ts) against the cwd-relative
   * '/' path of a file or any directory above it. The CLI and the config refuse a glob that does not
   * compile; here, one that slips through matches nothing.
   */
  include?: string[];
  /** Same form as `include`; exclude wins. */
  exclude?: string[];
  /**
   * The folders `include` and `exclude` are relative to, when not `cwd`: the config file's folder
   * for the config's globs, so a run from a subfolder selects the same files.
   */
  includeBase?: string;
  excludeBase?: string;
  /**
   * Ignore lists (gitignore syntax, src/util/ignore-file.ts), each relative to its folder `base`.
   * A walk passes over what one of them ignores without a word; a path named explicitly that one
   * ignores is not read either, and is reported as ignored (a warning, as ESLint does).
   */
  ignores?: ReadonlyArray<{ base: string; list: IgnoreList }>;
  /**
   * What `-` reads; `filename` is the name it is reported under (and decides JSON vs YAML). Bytes are
   * decoded as a file's are (BOM, invalid UTF-8); text is taken as it is.
   */
  stdin?: StdinInput;
  /** `--parameter KEY=VALUE`: wins over parameter files and Amplify parameters.json. */
  parameters?: ReadonlyMap<string, string>;
  /** CloudFormation parameter files: `[{ParameterKey, ParameterValue}]` (or `{Parameters: […]}` / `{Parameters: {K: V}}`). */
  parameterFiles?: string[];
  /** What the run may read in total (`--max-total-mb`); files met after it is spent are not read and are reported. */
  maxTotalBytes?: number;
  /** Documents read from elsewhere than the file system (an AWS account, `--aws`): linted as files named on the command line. */
  documents?: ReadonlyArray<{ file: string; text: string }>;
  /** Files at least this long are kept as text only once read (src/inputs/light-document.ts); default LIGHT_DOCUMENT_CHARS. */
  lightDocumentChars?: number;
  /** Parses documents in place of parseText, possibly ahead of time in other threads (src/engine/worker-pool.ts). */
  parser?: PrefetchingParser;
}

/**
 * A parser told ahead which files the last pass will read (in that order), so it can parse them
 * elsewhere while the loader reads them. `parse` must return what parseText would.
 */
export interface PrefetchingParser {
  parse: ParseFn;
  /** `path`: on the file system; `file`: its display name (what `parse` is called with); `size` in bytes as the walk saw it. */
  prefetch(files: ReadonlyArray<{ path: string; file: string; size: number }>): void;
}

/** The default of `--max-total-mb`: far above any real app (a template is at most 1 MB), far below what exhausts the heap. */
export const DEFAULT_MAX_TOTAL_BYTES = 100 * 1024 * 1024;

/** Extensions a directory walk reads; anything else is only read when named explicitly. */
const LINTABLE_EXTENSIONS = ['.json', '.yaml', '.yml', '.template', '.cfn'];

/** Directories a walk never enters: dependencies, VCS data and CDK asset staging copies. */
function isSkippedDirectory(name: string): boolean {
  return name === 'node_modules' || name.startsWith('.') || name.startsWith('asset.');
}

function hasLintableExtension(name: string): boolean {
  const lower = name.toLowerCase();
  return LINTABLE_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

const NOT_LINTABLE =
  'not a CloudFormation template, Resources fragment, IAM policy document or cloud assembly manifest';
const IGNORED = 'ignored because of a matching ignore pattern (use --no-ignore to lint it)';

/** Globs and the view of a cwd-relative path they are matched against (src/inputs/files.ts rebaser). */
interface ScopedGlobs {
  globs: Glob[];
  view: (file: string) => string;
}

/** The directory a walk started from: its real path (links resolved) and how the user sees it. */
interface WalkRoot {
  real: string;
  shown: string;
}

type Entry =
  | { kind: 'assembly'; manifest: string; explicit: boolean }
  | { kind: 'amplify'; backend: string; explicit: boolean }
  | { kind: 'serverless'; serviceFile: string; explicit: boolean }
  | { kind: 'file'; path: string; explicit: boolean; size: number }
  | { kind: 'stdin' };

export type StdinInput = { filename: string } & ({ text: string } | { bytes: Uint8Array });

export function loadInputs(paths: string[], options: LoadOptions): LoadedInputs {
  return new Loader(options, options.parser?.parse ?? parseText).load(paths);
}

class Loader {
  private readonly fs: FileSystem;
  private readonly path: PathApi;
  private readonly cwd: string;
  private readonly cache = new Map<string, ParsedDocument>();
  private readonly include: ScopedGlobs;
  private readonly exclude: ScopedGlobs;
  private readonly ignores: ReadonlyArray<{ list: IgnoreList; view: (file: string) => string }>;

  private readonly entries: Entry[] = [];
  private readonly seenFiles = new Map<string, Extract<Entry, { kind: 'file' }>>();
  private readonly seenAssemblies = new Set<string>();
  private readonly claimed = new Set<string>();
  private readonly assemblyResults = new Map<string, AssemblyResult>();
  private readonly seenProjects = new Set<string>();
  private readonly projectResults = new Map<string, AmplifyProjectResult>();
  private readonly seenServices = new Set<string>();
  private readonly serviceResults = new Map<string, ServiceResult>();
  private readonly notes: InputNote[] = [];

  private readonly documents: ParsedDocument[] = [];
  private readonly documentSet = new Set<ParsedDocument>();
  /** What each dialect will read, as documents are routed to it. */
  private readonly dialects: DialectInputs = { cloudformation: [], 'iam-json': [], terraform: [] };
  private readonly problems: InputProblem[] = [];
  private readonly skipped: SkippedFile[] = [];
  private readonly budget: ReadBudget;

  private userParameters = new Map<string, string>();
  /** The file on disk that `-` stands for (its `filename`), read from stdin instead. */
  private stdinReplaces: string | undefined;
  private readonly amplifyParameters = new Map<string, ReadonlyMap<string, string> | undefined>();

  constructor(
    private readonly options: LoadOptions,
    private readonly parse: ParseFn,
  ) {
    this.fs = options.fs;
    this.path = pathApiFor(options.cwd);
    this.cwd = this.path.resolve(options.cwd);
    this.budget = readBudget(options.maxTotalBytes ?? DEFAULT_MAX_TOTAL_BYTES);
    const view = (base: string | undefined) => rebaser(this.path, this.cwd, base ?? this.cwd);
    const compile = (patterns: string[] | undefined, base: string | undefined): ScopedGlobs => ({
      globs: (patterns ?? [])
        .filter((p) => p !== '')
        .map((p) => compileGlob(p.replace(/^\.\//, '')))
        .filter((g): g is Glob => !isGlobRefusal(g)),
      view: view(base),
    });
    this.include = compile(options.include, options.includeBase);
    this.exclude = compile(options.exclude, options.excludeBase);
    this.ignores = (options.ignores ?? []).map(({ base, list }) => ({ list, view: view(base) }));
  }

  load(paths: string[]): LoadedInputs {
    this.readParameters();
    for (const given of paths) this.collect(given);
    if (this.options.stdin && this.entries.some((e) => e.kind === 'stdin')) this.stdinReplaces = this.stdinPath();
    this.readAssemblies();
    this.readProjects();
    this.readServices();
    this.options.parser?.prefetch(this.filesToRead());
    for (const entry of this.entries) {
      if (entry.kind === 'file') this.readFile(entry.path, entry.explicit);
      else if (entry.kind === 'stdin') this.readStdin();
      else if (entry.kind === 'amplify') this.emitProject(entry.backend);
      else if (entry.kind === 'serverless') this.emitService(entry.serviceFile);
      else this.emitAssembly(entry.manifest);
    }
    for (const { file, text } of this.options.documents ?? [])
      this.accept(this.parse(file, text), { explicit: true, lintableName: true, fsPath: undefined });
    return {
      documents: this.documents,
      dialects: this.dialects,
      problems: this.problems,
      skipped: this.skipped,
      ...(this.notes.length > 0 ? { notes: this.notes } : {}),
    };
  }

  private display(path: string): string {
    return displayPath(this.path, this.cwd, path);
  }

  private addDocument(doc: ParsedDocument): void {
    if (this.documentSet.has(doc)) return;
    this.documentSet.add(doc);
    this.documents.push(doc);
  }

  // ── filters ──────────────────────────────────────────────────────────────────────────────

  /** The path and every directory above it, so `--exclude cdk.out` works like `--exclude 'cdk.out/**'`. */
  private static candidates(display: string): string[] {
    const parts = display.split('/');
    return parts.map((_, i) => parts.slice(0, i + 1).join('/'));
  }

  private static matches(scoped: ScopedGlobs, display: string): boolean {
    const candidates = Loader.candidates(scoped.view(display));
    return scoped.globs.some((m) => candidates.some((c) => m.match(c)));
  }

  private isExcluded(display: string): boolean {
    return this.exclude.globs.length > 0 && Loader.matches(this.exclude, display);
  }

  private isIncluded(display: string): boolean {
    return this.include.globs.length === 0 || Loader.matches(this.include, display);
  }

  /** Whether an ignore list ignores the path (the working directory itself never is). */
  private isIgnored(display: string, isDirectory: boolean): boolean {
    if (display === '.') return false;
    return this.ignores.some(({ list, view }) => list.ignores(view(display), isDirectory));
  }

  /** Why a file is filtered out, or undefined when it is selected. */
  private filterReason(display: string): string | undefined {
    if (this.isExcluded(display)) return 'excluded by an --exclude pattern';
    if (!this.isIncluded(display)) return 'not matched by any --include pattern';
    return undefined;
  }

  // ── pass 1: what to read ─────────────────────────────────────────────────────────────────

  private collect(given: string): void {
    if (given === '-') {
      if (!this.entries.some((e) => e.kind === 'stdin')) this.entries.push({ kind: 'stdin' });
      return;
    }
    const path = this.path.resolve(this.cwd, given);
    const stat = safeStat(this.fs, path);
    if ('error' in stat) return void this.skipped.push({ file: this.display(path), reason: stat.error, lost: true });
    if (!stat.stat)
      return void this.skipped.push({ file: this.display(path), reason: 'no such file or directory', missing: true });
    if (this.isIgnored(this.display(path), stat.stat.isDirectory))
      return void this.skipped.push({ file: this.display(path), reason: IGNORED, ignored: true });
    if (stat.stat.isDirectory)
      return this.visitDirectory(path, true, { real: safeRealpath(this.fs, path) ?? path, shown: this.display(path) });
    if (!stat.stat.isFile) return void this.skipped.push({ file: this.display(path), reason: 'not a regular file' });
    // A manifest named explicitly is read as its assembly whatever the file is called.
    if (this.isAssemblyManifest(path)) return this.addAssembly(path, true);
    // A file of an Amplify project (a category template, backend-config.json) is linted as a stack of its project.
    const backend = enclosingAmplifyBackend(this.fs, this.path, this.path.dirname(path));
    if (backend !== undefined) this.addProject(backend, true);
    // A Serverless Framework service file is read as its service, with the files it includes.
    if (isServiceFileName(this.path.basename(path))) return this.addService(path, true);
    this.addFile(path, true, stat.stat.size);
  }

  /**
   * Why a walk refuses an entry it would otherwise read: a link whose target leaves `root` (the real
   * path of the directory the user named), or something that is not a regular file. A pull request
   * can add `ln -s ~/.aws/credentials x.json` or `ln -s /proc/self/pagemap x.json`; naming such a
   * file explicitly still lints it.
   */
  private refusal(path: string, stat: NonNullable<StatResult>, root: WalkRoot): string | undefined {
    if (stat.isSymbolicLink) {
      const real = safeRealpath(this.fs, path);
      if (real === undefined || !isWithin(this.path, root.real, real)) {
        return `symbolic link to outside ${root.shown}: not followed (name it explicitly to lint it)`;
      }
    }
    if (!stat.isFile && !stat.isDirectory) return 'not a regular file (a FIFO, socket or device): not read';
    return undefined;
  }

  /**
   * Why a linked directory the walk does not enter is named: it leads out of the root (what it holds
   * is not linted unless named), or back to a directory that contains it (a loop). A link to another
   * directory inside the root is passed over in silence: the walk reaches that directory itself.
   */
  private linkedDirectoryRefusal(parent: string, link: string, root: WalkRoot): string | undefined {
    const real = safeRealpath(this.fs, link);
    if (real === undefined || !isWithin(this.path, root.real, real)) {
      return `symbolic link to a directory outside ${root.shown}: not followed (name it explicitly to lint it)`;
    }
    const parentReal = safeRealpath(this.fs, parent) ?? parent;
    if (isWithin(this.path, real, parentReal))
      return 'symbolic link to a directory that contains it (a loop): not followed';
    return undefined;
  }

  private visitDirectory(dir: string, explicit: boolean, root: WalkRoot): void {
    // docs/semantics.md#cloud-assembly: a directory holding a cloud assembly's manifest.json is read only as an assembly.
    const manifest = this.path.join(dir, 'manifest.json');
    const manifestStat = safeStat(this.fs, manifest);
    const manifestRefused =
      'stat' in manifestStat && manifestStat.stat ? this.refusal(manifest, manifestStat.stat, root) : undefined;
    if (manifestRefused) {
      this.skipped.push({ file: this.display(manifest), reason: manifestRefused, refused: true });
    } else if ('stat' in manifestStat && manifestStat.stat?.isFile && this.isAssemblyManifest(manifest)) {
      return this.addAssembly(manifest, explicit);
    }
    // An Amplify project is read as one (src/inputs/amplify-project.ts); the walk goes on, and skips the files it claims.
    if (isAmplifyBackend(this.fs, this.path, dir)) this.addProject(dir, explicit);
    else if (
      explicit &&
      this.path.basename(dir) === 'amplify' &&
      isAmplifyBackend(this.fs, this.path, this.path.join(dir, 'backend'))
    ) {
      this.addProject(this.path.join(dir, 'backend'), true);
    }
    // A Serverless Framework service is read as one stack (src/inputs/serverless/); the walk goes on, and skips the files it claims.
    const serviceFile = serviceFileIn(this.serviceHost, dir);
    if (serviceFile !== undefined && !this.isIgnored(this.display(serviceFile), false)) {
      const stat = safeStat(this.fs, serviceFile);
      const refused = 'stat' in stat && stat.stat ? this.refusal(serviceFile, stat.stat, root) : undefined;
      if (refused) this.skipped.push({ file: this.display(serviceFile), reason: refused, refused: true });
      else this.addService(serviceFile, explicit);
    }
    const listing = safeReaddir(this.fs, dir);
    if ('error' in listing)
      return void this.skipped.push({ file: this.display(dir), reason: listing.error, lost: true });
    for (const name of listing.names.sort(compareStrings)) {
      const child = this.path.join(dir, name);
      const stat = safeStat(this.fs, child);
      if ('error' in stat) {
        this.skipped.push({ file: this.display(child), reason: stat.error, lost: true });
        continue;
      }
      if (!stat.stat) continue; // a dangling symbolic link
      if (stat.stat.isDirectory) {
        if (
          isSkippedDirectory(name) ||
          this.isExcluded(this.display(child)) ||
          this.isIgnored(this.display(child), true)
        )
          continue;
        // Linked directories are not followed: a link to an ancestor would walk forever.
        if (stat.stat.isSymbolicLink) {
          const refused = this.linkedDirectoryRefusal(dir, child, root);
          if (refused) this.skipped.push({ file: this.display(child), reason: refused, refused: true });
          continue;
        }
        this.visitDirectory(child, false, root);
      } else if (
        hasLintableExtension(name) &&
        !(manifestRefused && child === manifest) &&
        !this.isIgnored(this.display(child), false)
      ) {
        const refused = this.refusal(child, stat.stat, root);
        if (refused === undefined) this.addFile(child, false, stat.stat.size);
        else if (!this.isExcluded(this.display(child)))
          this.skipped.push({ file: this.display(child), reason: refused, refused: true });
      }
    }
  }

  private addAssembly(manifest: string, explicit: boolean): void {
    if (this.seenAssemblies.has(manifest)) return;
    this.seenAssemblies.add(manifest);
    this.entries.push({ kind: 'assembly', manifest, explicit });
  }

  private addProject(backend: string, explicit: boolean): void {
    if (this.seenProjects.has(backend)) return;
    this.seenProjects.add(backend);
    this.entries.push({ kind: 'amplify', backend, explicit });
  }

  /** How a Serverless service reads files: as every file of the run is read (cached, within the run's budget). */
  private host: ServiceHost | undefined;
  private get serviceHost(): ServiceHost {
    return (this.host ??= this.makeServiceHost());
  }

  private makeServiceHost(): ServiceHost {
    return {
      path: this.path,
      read: (path) => {
        const cached = this.cache.get(path);
        if (cached) return { doc: cached };
        const read = readTextFile(this.fs, path, this.budget);
        if (!read.ok) return { reason: read.reason };
        const doc = parseRead(this.parse, this.display(path), read);
        this.cache.set(path, doc);
        return { doc };
      },
      realpath: (path) => safeRealpath(this.fs, path),
      isFile: (path) => {
        const stat = safeStat(this.fs, path);
        return 'stat' in stat && stat.stat?.isFile === true;
      },
      within: (dir, target) => isWithin(this.path, dir, target),
      usable: hasUsableData,
    };
  }

  /** How the `.tf` sources beside a Terraform plan are read: within the run's budget. */
  private sources: SourcesHost | undefined;
  private get sourcesHost(): SourcesHost {
    return (this.sources ??= {
      fs: this.fs,
      path: this.path,
      budget: this.budget,
      display: (p) => this.display(p),
      scanned: new Map(),
    });
  }

  private addService(serviceFile: string, explicit: boolean): void {
    if (this.seenServices.has(serviceFile)) return;
    this.seenServices.add(serviceFile);
    this.entries.push({ kind: 'serverless', serviceFile, explicit });
  }

  private addFile(path: string, explicit: boolean, size: number): void {
    const seen = this.seenFiles.get(path);
    if (seen) {
      // Named and also walked: read once, with the leniency of a walk only when never named.
      seen.explicit ||= explicit;
      return;
    }
    const entry = { kind: 'file' as const, path, explicit, size };
    this.seenFiles.set(path, entry);
    this.entries.push(entry);
  }

  /** Parses a file once per run; undefined when it cannot be read. */
  private parseFile(path: string): ParsedDocument | undefined {
    const cached = this.cache.get(path);
    if (cached) return cached;
    const read = readTextFile(this.fs, path, this.budget);
    if (!read.ok) return undefined;
    const doc = parseRead(this.parse, this.display(path), read);
    this.cache.set(path, doc);
    return doc;
  }

  private isAssemblyManifest(path: string): boolean {
    const doc = this.parseFile(path);
    return doc !== undefined && hasUsableData(doc) && classifyDocument(doc) === 'cdk-manifest';
  }

  // ── pass 2: cloud assemblies ─────────────────────────────────────────────────────────────

  /** Reads every assembly before any file, so the files they claim are known when files are read. */
  private readAssemblies(): void {
    const read: Array<{ manifest: string; result: AssemblyResult }> = [];
    for (const entry of this.entries) {
      if (entry.kind !== 'assembly') continue;
      // Only exclude decides about a whole assembly: `--include '**/*.template.json'` must still reach
      // the templates through their manifest, which it does not match. Templates are filtered one by one later.
      const display = this.display(entry.manifest);
      if (this.isExcluded(display)) {
        if (entry.explicit) this.skipped.push({ file: display, reason: 'excluded by an --exclude pattern' });
        continue;
      }
      const result = readAssembly(entry.manifest, this.fs, this.parse, {
        display: (p) => this.display(p),
        cache: this.cache,
        budget: this.budget,
      });
      read.push({ manifest: entry.manifest, result });
    }
    // `cdk.out` and `cdk.out/assembly-Prod` both named: the Stage is read as part of its root, once.
    // (Two assemblies claiming each other can only come from crafted links; the first one is kept.)
    const kept = read.filter(
      (a, i) =>
        !read.some(
          (b, j) =>
            j !== i && b.result.claimedFiles.has(a.manifest) && !(j > i && a.result.claimedFiles.has(b.manifest)),
        ),
    );
    for (const { manifest, result } of kept) {
      for (const file of result.claimedFiles) this.claimed.add(file);
      this.assemblyResults.set(manifest, result);
    }
  }

  private emitAssembly(manifest: string): void {
    const result = this.assemblyResults.get(manifest);
    if (!result) return;
    // An ignore pattern naming a template inside the assembly leaves that template out, like exclude.
    const selected = (file: string): boolean => this.filterReason(file) === undefined && !this.isIgnored(file, false);
    for (const doc of result.documents) {
      if (selected(doc.file)) this.addDocument(doc);
    }
    for (const template of result.templates) {
      if (!selected(template.doc.file)) continue;
      // User parameters are for the stacks they deploy; a nested stack's come from its parent.
      this.dialects.cloudformation.push(
        template.nestedIn ? template : { ...template, parameterValues: this.userParameters },
      );
    }
    for (const problem of result.problems) {
      if (!this.isExcluded(problem.file)) this.problems.push(problem);
    }
  }

  // ── pass 2b: Amplify projects ────────────────────────────────────────────────────────────

  /** Reads every Amplify project before any file, so the files they claim are known when files are read. */
  private readProjects(): void {
    for (const entry of this.entries) {
      if (entry.kind !== 'amplify') continue;
      const display = this.display(entry.backend);
      // A project inside a cloud assembly's folder is the assembly's to read, not ours.
      if (this.isExcluded(display) || this.claimed.has(this.path.join(entry.backend, BACKEND_CONFIG))) continue;
      const result = readAmplifyProject(entry.backend, this.fs, this.parse, this.path, {
        display: (p) => this.display(p),
        cache: this.cache,
        budget: this.budget,
        userParameters: this.userParameters,
        selected: (path) => {
          const shown = this.display(path);
          return this.filterReason(shown) === undefined && !this.isIgnored(shown, false);
        },
      });
      for (const file of result.claimedFiles) this.claimed.add(file);
      this.projectResults.set(entry.backend, result);
    }
  }

  private emitProject(backend: string): void {
    const result = this.projectResults.get(backend);
    if (!result) return;
    // As for an assembly: a template the filters leave out is not linted; the root stack always is.
    const selected = (file: string): boolean => this.filterReason(file) === undefined && !this.isIgnored(file, false);
    const root = result.templates[0]?.stackKey;
    // documents[0] is backend-config.json, the root stack's document.
    result.documents.forEach((doc, i) => (i === 0 || selected(doc.file)) && this.addDocument(doc));
    for (const template of result.templates)
      if (template.stackKey === root || selected(template.doc.file)) this.dialects.cloudformation.push(template);
    this.notes.push(...result.notes);
  }

  // ── pass 2c: Serverless Framework services ───────────────────────────────────────────────

  /** Reads every service before any file, so the files they include are known (and not linted again) when files are read. */
  private readServices(): void {
    for (const entry of this.entries) {
      if (entry.kind !== 'serverless') continue;
      const display = this.display(entry.serviceFile);
      const filtered = this.filterReason(display);
      if (filtered) {
        if (entry.explicit) this.skipped.push({ file: display, reason: filtered });
        continue;
      }
      // A service inside a cloud assembly or an Amplify project is theirs to read.
      if (this.claimed.has(entry.serviceFile)) continue;
      const result = readServerlessService(entry.serviceFile, this.serviceHost, this.userParameters);
      for (const file of result.claimedFiles) this.claimed.add(file);
      this.serviceResults.set(entry.serviceFile, result);
    }
  }

  private emitService(serviceFile: string): void {
    const result = this.serviceResults.get(serviceFile);
    if (!result) {
      // Not read as a service (filtered out above, or claimed by an assembly or project): nothing to add.
      return;
    }
    if (result.unreadable !== undefined)
      this.skipped.push({ file: this.display(serviceFile), reason: result.unreadable, lost: true });
    for (const doc of result.documents) this.addDocument(doc);
    if (result.template)
      this.dialects.cloudformation.push({
        doc: result.template,
        resourcesPointer: '/Resources',
        stackName: `${result.template.file} (Serverless service)`,
        stackKey: `${result.template.file}#serverless`,
        cdkPaths: new Map(),
        // `--parameter` values are the service's CLI options, read by its variables (`${opt:stage}`), not template parameters.
        parameterValues: new Map(),
        options: result.options,
      });
    this.notes.push(...result.notes);
  }

  // ── pass 3: files and stdin ──────────────────────────────────────────────────────────────

  /** The files readFile will read and parse, in its order (those it passes over or has parsed already left out). */
  private filesToRead(): Array<{ path: string; file: string; size: number }> {
    const files: Array<{ path: string; file: string; size: number }> = [];
    for (const entry of this.entries) {
      if (
        entry.kind !== 'file' ||
        this.claimed.has(entry.path) ||
        this.stdinReplaces === entry.path ||
        this.cache.has(entry.path)
      )
        continue;
      const file = this.display(entry.path);
      if (this.filterReason(file) === undefined) files.push({ path: entry.path, file, size: entry.size });
    }
    return files;
  }

  private readFile(path: string, explicit: boolean): void {
    if (this.claimed.has(path)) return;
    const display = this.display(path);
    if (this.stdinReplaces === path) return;
    const filtered = this.filterReason(display);
    if (filtered) {
      if (explicit) this.skipped.push({ file: display, reason: filtered });
      return;
    }
    let doc = this.cache.get(path);
    if (!doc) {
      const read = readTextFile(this.fs, path, this.budget);
      if (!read.ok) {
        // Images and archives named `.json` are noise in a walk; a file the user named deserves a reason.
        if (explicit || !read.binary)
          this.skipped.push({
            file: display,
            reason: read.reason,
            ...(read.binary || read.missing ? {} : { lost: true as const }),
          });
        return;
      }
      doc = parseRead(this.parse, display, read);
      this.cache.set(path, doc);
    }
    const name = this.path.basename(path);
    this.accept(doc, { explicit, lintableName: hasLintableExtension(name), fsPath: path });
  }

  private stdinPath(): string | undefined {
    const filename = this.options.stdin?.filename;
    return filename ? this.path.resolve(this.cwd, filename) : undefined;
  }

  private readStdin(): void {
    const stdin = this.options.stdin;
    if (!stdin) return void this.skipped.push({ file: '-', reason: 'no standard input was given' });
    const fsPath = this.stdinPath();
    const display = fsPath ? this.display(fsPath) : '<stdin>';
    const size = 'bytes' in stdin ? stdin.bytes.length : stdin.text.length;
    if (size > MAX_FILE_BYTES)
      return void this.skipped.push({ file: display, reason: `larger than ${MAX_FILE_BYTES / 1024 / 1024} MB` });
    const read = 'bytes' in stdin ? decodeRead(stdin.bytes) : ({ ok: true, text: stdin.text } as const);
    if (!read.ok)
      return void this.skipped.push({
        file: display,
        reason: read.binary ? 'binary input' : read.reason,
        ...(read.binary ? {} : { lost: true as const }),
      });
    if (read.text.slice(0, 8192).includes('\0'))
      return void this.skipped.push({ file: display, reason: 'binary input' });
    const doc = parseRead(this.parse, display, read);
    // What the editor sends replaces the file on disk, for the Amplify lookup and for dedupe alike.
    if (fsPath) this.cache.set(fsPath, doc);
    this.accept(doc, { explicit: true, lintableName: true, fsPath, stdin: true });
  }

  private accept(
    doc: ParsedDocument,
    from: { explicit: boolean; lintableName: boolean; fsPath: string | undefined; stdin?: boolean },
  ): void {
    const kind = hasUsableData(doc) ? classifyDocument(doc) : 'other';
    // Broken beyond recognition: what it was meant to be is unknown, so its syntax errors are the
    // finding. A file named `notes.txt` that is not YAML is simply not ours, though.
    if (doc.syntaxErrors.length > 0 && kind === 'other') {
      if (from.explicit && !from.lintableName)
        this.skipped.push({ file: doc.file, reason: 'not a JSON or YAML document' });
      // A walk meets every .json and .yaml of a project: one that does not parse and does not
      // look like anything we read (a tsconfig.json with comments, a Helm chart template) is not
      // ours. A note says so; a file named on the command line is reported as broken.
      else if (!from.explicit && !looksLikeLintInput(doc.text)) {
        this.skipped.push({
          file: doc.file,
          reason: 'does not parse and does not look like a template or IAM policy: skipped',
          notTemplate: true,
        });
      } else this.addDocument(doc);
      return;
    }
    switch (kind) {
      case 'template':
      case 'resources-fragment': {
        // Classified: a large template's tree goes until its group is linted, so the run never holds them all.
        const light = lighten(doc, this.parse, this.options.lightDocumentChars ?? LIGHT_DOCUMENT_CHARS);
        if (light !== doc) {
          releaseParses([light]);
          if (from.fsPath && this.cache.get(from.fsPath) === doc) this.cache.set(from.fsPath, light);
          doc = light;
        }
        this.addDocument(doc);
        this.dialects.cloudformation.push({
          doc,
          resourcesPointer: kind === 'template' ? '/Resources' : '',
          stackName: doc.file,
          stackKey: doc.file,
          cdkPaths: new Map(),
          parameterValues: kind === 'template' && from.fsPath ? this.parametersFor(from.fsPath) : this.userParameters,
        });
        return;
      }
      case 'iam':
        this.addDocument(doc);
        this.dialects['iam-json'].push(doc);
        return;
      case 'aws-account': {
        // Its IAM part is authorization details; its Cognito part, a template (src/inputs/aws-account.ts).
        this.addDocument(doc);
        this.dialects['iam-json'].push(doc);
        const template = accountTemplate(doc);
        if (template) this.dialects.cloudformation.push(template);
        return;
      }
      case 'terraform': {
        // With its `.tf` files beside it, the plan's findings are read at the lines that declare its resources.
        const placed = from.fsPath
          ? withTerraformSources(doc, from.fsPath, this.sourcesHost, this.notes)
          : { doc, sources: [] };
        this.addDocument(placed.doc);
        for (const source of placed.sources) this.addDocument(source);
        this.dialects.terraform.push(placed.doc);
        return;
      }
      case 'cdk-manifest':
        // Reached only from stdin or a walk (named files are read as assemblies in pass 1).
        if (from.stdin)
          this.skipped.push({
            file: doc.file,
            reason: 'a cloud assembly manifest is read from its directory, not from standard input',
          });
        return;
      case 'amplify-parameters':
        if (from.explicit && from.fsPath && !this.claimed.has(from.fsPath) && !this.hasTemplateBeside(from.fsPath)) {
          this.skipped.push({ file: doc.file, reason: 'an Amplify parameters.json with no template beside it' });
        }
        return;
      case 'other':
        if (from.explicit) this.skipped.push({ file: doc.file, reason: NOT_LINTABLE });
        return;
    }
  }

  private hasTemplateBeside(parametersFile: string): boolean {
    const dir = this.path.dirname(parametersFile);
    const listing = safeReaddir(this.fs, dir);
    if ('error' in listing) return false;
    return listing.names.some((name) => {
      if (name === 'parameters.json' || !hasLintableExtension(name)) return false;
      const doc = this.parseFile(this.path.join(dir, name));
      return doc !== undefined && hasUsableData(doc) && classifyDocument(doc) === 'template';
    });
  }

  // ── parameters ───────────────────────────────────────────────────────────────────────────

  /** Amplify's parameters.json beside the template, overridden by what the user gave. */
  private parametersFor(templatePath: string): ReadonlyMap<string, string> {
    const amplify = this.amplifyFor(this.path.dirname(templatePath), templatePath);
    if (!amplify || amplify.size === 0) return this.userParameters;
    return new Map([...amplify, ...this.userParameters]);
  }

  private amplifyFor(dir: string, templatePath: string): ReadonlyMap<string, string> | undefined {
    if (this.amplifyParameters.has(dir)) return this.amplifyParameters.get(dir);
    const file = this.path.join(dir, 'parameters.json');
    let values: ReadonlyMap<string, string> | undefined;
    if (file !== templatePath) {
      const stat = safeStat(this.fs, file);
      const doc = 'stat' in stat && stat.stat?.isFile ? this.parseFile(file) : undefined;
      if (doc && hasUsableData(doc) && classifyDocument(doc) === 'amplify-parameters' && isPlainObject(doc.data)) {
        // The file belongs to the template: never linted on its own.
        this.claimed.add(file);
        const map = new Map<string, string>();
        for (const [key, value] of Object.entries(doc.data)) {
          const text = parameterText(value);
          if (text !== undefined) map.set(key, text);
        }
        values = map;
      }
    }
    this.amplifyParameters.set(dir, values);
    return values;
  }

  private readParameters(): void {
    const merged = new Map<string, string>();
    for (const given of this.options.parameterFiles ?? []) {
      const path = this.path.resolve(this.cwd, given);
      const display = this.display(path);
      const read = readTextFile(this.fs, path, this.budget);
      if (!read.ok) {
        this.skipped.push({
          file: display,
          reason: read.reason,
          ...(read.missing ? { missing: true as const } : { lost: true as const }),
        });
        continue;
      }
      const doc = parseRead(this.parse, display, read);
      this.cache.set(path, doc);
      this.claimed.add(path);
      if (!hasUsableData(doc) && !Array.isArray(doc.data)) {
        this.addDocument(doc);
        continue;
      }
      for (const [key, value] of this.parameterFileEntries(doc)) merged.set(key, value);
    }
    for (const [key, value] of this.options.parameters ?? []) merged.set(key, value);
    this.userParameters = merged;
  }

  /** `[{ParameterKey, ParameterValue}]` (aws cloudformation create-stack), `{Parameters: […]}`, or `{Parameters: {Key: Value}}` (CodePipeline). */
  private parameterFileEntries(doc: ParsedDocument): Array<[string, string]> {
    const out: Array<[string, string]> = [];
    const data = doc.data;
    let list: unknown = data;
    let base: Pointer = '';
    if (isPlainObject(data) && 'Parameters' in data) {
      list = data.Parameters;
      base = '/Parameters';
      if (isPlainObject(list)) {
        for (const [key, value] of Object.entries(list)) {
          const text = parameterText(value);
          if (text === undefined)
            this.fileProblem(doc, joinPointer(base, key), 'parameter-no-value', { parameter: key });
          else out.push([key, text]);
        }
        return out;
      }
    }
    if (!Array.isArray(list)) {
      this.fileProblem(doc, base, 'parameters-not-a-list', {});
      return out;
    }
    list.forEach((item, index) => {
      const pointer = joinPointer(base, index);
      if (!isPlainObject(item) || typeof item.ParameterKey !== 'string') {
        this.fileProblem(doc, pointer, 'parameter-no-key', {});
        return;
      }
      // `UsePreviousValue` keeps whatever is deployed: not known here.
      if (item.UsePreviousValue === true && !('ParameterValue' in item)) return;
      const text = parameterText(item.ParameterValue);
      if (text === undefined) this.fileProblem(doc, pointer, 'parameter-no-value', { parameter: item.ParameterKey });
      else out.push([item.ParameterKey, text]);
    });
    return out;
  }

  private fileProblem(doc: ParsedDocument, pointer: Pointer, code: InputProblemCode, data: InputProblemData): void {
    const message = inputProblemText(code, data);
    this.problems.push({ file: doc.file, range: doc.locate(pointer), code, data, pointer, message, doc });
  }
}

/**
 * A parameter value as CloudFormation receives it: a string; lists joined with ',' as for a
 * CommaDelimitedList. Objects (Amplify writes intrinsics such as `{"Fn::GetAtt": …}`) and null
 * are not certain values, so they are left out.
 */
function parameterText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (
    Array.isArray(value) &&
    value.every((v) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
  ) {
    return value.map(String).join(',');
  }
  return undefined;
}
