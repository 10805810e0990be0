import { type ParseFn } from './files.js';
import type { IgnoreList } from '../util/ignore-file.js';
import type { FileSystem, LoadedInputs } from './types.js';
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
    ignores?: ReadonlyArray<{
        base: string;
        list: IgnoreList;
    }>;
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
    documents?: ReadonlyArray<{
        file: string;
        text: string;
    }>;
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
    prefetch(files: ReadonlyArray<{
        path: string;
        file: string;
        size: number;
    }>): void;
}
/** The default of `--max-total-mb`: far above any real app (a template is at most 1 MB), far below what exhausts the heap. */
export declare const DEFAULT_MAX_TOTAL_BYTES: number;
export type StdinInput = {
    filename: string;
} & ({
    text: string;
} | {
    bytes: Uint8Array;
});
export declare function loadInputs(paths: string[], options: LoadOptions): LoadedInputs;
