import { type SourceRef } from '../../parsers/source.js';
import { type ParsedDocument } from '../../parsers/types.js';
import type { Included } from './service-files.js';
/** Variables followed in one chain (a `self:` to a `file(` to a `self:` …) before giving up. */
export declare const MAX_HOPS = 32;
/** Longest text a variable may build: far above any real value, far below what exhausts memory. */
export declare const MAX_TEXT: number;
/** Most fixed and unknown parts one text may have (each unknown variable is one). */
export declare const MAX_PARTS = 256;
/** The framework's stage when none is given or written. */
export declare const DEFAULT_STAGE = "dev";
type Value = unknown;
export interface VariableContext {
    service: ParsedDocument;
    /** `--parameter` values: the CLI options `${opt:…}` reads. */
    options: ReadonlyMap<string, string>;
    include(path: string): Included;
    note(at: SourceRef, message: string): void;
}
interface VariableToken {
    /** As written, `${…}` included: the name of the parameter standing for it when unknown. */
    raw: string;
    alternatives: string[];
}
export declare class VariableResolver {
    private readonly context;
    /** Where each object node built here was written. */
    readonly sources: WeakMap<object, SourceRef>;
    /** The CLI options (`--parameter` names) the variables resolved so far read. */
    readonly optionsRead: Set<string>;
    /** Parameters standing for unknown variables: name → where first written. */
    readonly parameters: Map<string, SourceRef>;
    private readonly unknowns;
    private readonly partials;
    private readonly memo;
    private readonly active;
    constructor(context: VariableContext);
    /** The service's configuration at `path` (`['provider', 'iam']`), resolved; undefined when absent. */
    config(...path: string[]): Value;
    /** A CLI option (`--parameter <name>=`), recorded as read. */
    option(name: string): string | undefined;
    /** The deployment's stage: `--parameter stage=`, else `provider.stage`, else `dev`. */
    stage(): Value;
    /** Whether a value is unknown, or text with unknown parts. */
    isUnknown(value: Value): boolean;
    /** Where a node built here was written, if it is an object. */
    sourceOf(value: Value): SourceRef | undefined;
    private resolveAt;
    private resolveNode;
    private orUnknown;
    private resolveText;
    private concat;
    private resolveVariable;
    private alternative;
    private file;
    private stageAt;
    /** The value at `path` below `pointer` in `doc`, resolving variables met on the way. */
    private lookup;
    /** A value nothing here can know: `Ref` to a parameter named after what is written, without a value. */
    unknown(name: string, at: SourceRef): Value;
}
/** Text split into fixed parts and variables (`${…}` with its nested `${…}`); linear in the length of the text. */
export declare function scan(text: string): Array<string | VariableToken>;
export {};
