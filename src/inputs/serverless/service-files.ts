/**
 * The files of a Serverless Framework service: finding its `serverless.yml` and reading the files
 * its `${file(…)}` variables include, every one of them hostile input.
 *
 * - The service file is `serverless.yml`, `serverless.yaml` or `serverless.json` in the service
 *   directory (https://www.serverless.com/framework/docs/providers/aws/guide/services). A
 *   `serverless.ts` / `serverless.js` is a program: it is never run, so such a service is not read.
 * - `${file(path)}` paths are relative to the service directory
 *   (https://www.serverless.com/framework/docs/guides/variables/file: "You need to pass the path
 *   relative to your service directory"), also inside an included file.
 * - Only YAML and JSON files are read. The framework also loads `.js`/`.ts` modules and runs them:
 *   this linter never executes input, so their values are unknown (with a note).
 * - A file outside the service directory (`../`, an absolute path, a link out of it) is not read:
 *   its value is unknown, with a note. So is a file met after MAX_INCLUDES others.
 */
import type { posix } from 'node:path';
import type { ParsedDocument } from '../../parsers/types.js';

/**
 * What the service reader needs of the file system, given by the loader (src/inputs/load.ts) so
 * that it reads, parses, caches and budgets files as it does every other file of the run.
 */
export interface ServiceHost {
  path: typeof posix;
  /** Reads and parses a file (once per run); why not, when it cannot be read. */
  read(path: string): { doc: ParsedDocument } | { reason: string };
  /** The real path (links resolved); undefined when it does not exist. */
  realpath(path: string): string | undefined;
  isFile(path: string): boolean;
  /** Whether `target` is `dir` or below it (both real paths). */
  within(dir: string, target: string): boolean;
  /** Whether a parse has data worth reading (src/inputs/classify.ts hasUsableData). */
  usable(doc: ParsedDocument): boolean;
}

/** The names the framework looks for, in its order. */
export const SERVICE_FILE_NAMES = ['serverless.yml', 'serverless.yaml', 'serverless.json'] as const;

/** How many distinct files one service may include: real services include a handful. */
export const MAX_INCLUDES = 64;

const DATA_EXTENSION = /\.(ya?ml|json)$/i;
const PROGRAM_EXTENSION = /\.(c|m)?(js|ts)$/i;

/** The service file of `dir`, when it has one. */
export function serviceFileIn(host: Pick<ServiceHost, 'path' | 'isFile'>, dir: string): string | undefined {
  for (const name of SERVICE_FILE_NAMES) {
    const file = host.path.join(dir, name);
    if (host.isFile(file)) return file;
  }
  return undefined;
}

export function isServiceFileName(name: string): boolean {
  return (SERVICE_FILE_NAMES as readonly string[]).includes(name);
}

export type Included = { doc: ParsedDocument; path: string } | { refused: string };

/** Reads the service file and what it includes, each once, never from outside the service directory. */
export class ServiceFiles {
  /** File-system paths of every file read for the service: the directory walk does not lint them again. */
  readonly claimed = new Set<string>();
  /** Every document read, in the order read (the service file first). */
  readonly documents: ParsedDocument[] = [];
  private readonly rootReal: string;
  private readonly included = new Map<string, Included>();

  constructor(
    readonly serviceDir: string,
    private readonly host: ServiceHost,
  ) {
    this.rootReal = host.realpath(serviceDir) ?? serviceDir;
  }

  /** The service file itself, parsed, or why it cannot be read. */
  service(file: string): Included {
    const read = this.read(file);
    return 'reason' in read ? { refused: read.reason } : read;
  }

  /** The file `${file(<given>)}` names, or why it is not read. */
  include(given: string): Included {
    const target = this.host.path.resolve(this.serviceDir, given);
    const known = this.included.get(target);
    if (known) return known;
    const result = this.includeNew(given, target);
    this.included.set(target, result);
    return result;
  }

  private includeNew(given: string, target: string): Included {
    if (PROGRAM_EXTENSION.test(given))
      return { refused: 'a JavaScript or TypeScript program, never run here, so its value is unknown' };
    if (!DATA_EXTENSION.test(given)) return { refused: 'not a YAML or JSON file, so its value is unknown' };
    const real = this.host.realpath(target);
    if (real === undefined) return { refused: 'no such file in the service directory, so its value is unknown' };
    if (!this.host.within(this.rootReal, real))
      return { refused: 'outside the service directory, not read, so its value is unknown' };
    if (this.included.size >= MAX_INCLUDES)
      return {
        refused: `the service includes more than ${MAX_INCLUDES} files, so this one is not read and its value is unknown`,
      };
    const read = this.read(target);
    return 'reason' in read ? { refused: `could not be read (${read.reason}), so its value is unknown` } : read;
  }

  private read(path: string): { doc: ParsedDocument; path: string } | { reason: string } {
    const read = this.host.read(path);
    if ('reason' in read) return read;
    if (!this.claimed.has(path)) {
      this.claimed.add(path);
      this.documents.push(read.doc);
    }
    return { doc: read.doc, path };
  }
}
