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
    read(path: string): {
        doc: ParsedDocument;
    } | {
        reason: string;
    };
    /** The real path (links resolved); undefined when it does not exist. */
    realpath(path: string): string | undefined;
    isFile(path: string): boolean;
    /** Whether `target` is `dir` or below it (both real paths). */
    within(dir: string, target: string): boolean;
    /** Whether a parse has data worth reading (src/inputs/classify.ts hasUsableData). */
    usable(doc: ParsedDocument): boolean;
}
/** The names the framework looks for, in its order. */
export declare const SERVICE_FILE_NAMES: readonly ["serverless.yml", "serverless.yaml", "serverless.json"];
/** How many distinct files one service may include: real services include a handful. */
export declare const MAX_INCLUDES = 64;
/** The service file of `dir`, when it has one. */
export declare function serviceFileIn(host: Pick<ServiceHost, 'path' | 'isFile'>, dir: string): string | undefined;
export declare function isServiceFileName(name: string): boolean;
export type Included = {
    doc: ParsedDocument;
    path: string;
} | {
    refused: string;
};
/** Reads the service file and what it includes, each once, never from outside the service directory. */
export declare class ServiceFiles {
    readonly serviceDir: string;
    private readonly host;
    /** File-system paths of every file read for the service: the directory walk does not lint them again. */
    readonly claimed: Set<string>;
    /** Every document read, in the order read (the service file first). */
    readonly documents: ParsedDocument[];
    private readonly rootReal;
    private readonly included;
    constructor(serviceDir: string, host: ServiceHost);
    /** The service file itself, parsed, or why it cannot be read. */
    service(file: string): Included;
    /** The file `${file(<given>)}` names, or why it is not read. */
    include(given: string): Included;
    private includeNew;
    private read;
}
