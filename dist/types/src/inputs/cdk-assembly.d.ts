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
import type { ParsedDocument } from '../parsers/types.js';
import { type ParseFn, type ReadBudget } from './files.js';
import type { FileSystem, InputProblem, TemplateInput } from './types.js';
/** Stages inside Stages inside…: real apps use one or two levels; this only stops hostile manifests. */
export declare const MAX_ASSEMBLY_DEPTH = 16;
/** Nested stacks may nest; CloudFormation itself allows deep trees, none of which come near this. */
export declare const MAX_NESTED_STACK_DEPTH = 16;
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
/**
 * Reads the assembly whose manifest is at `manifestPath` (a file-system path) and every nested
 * assembly it names. Never throws on the content of the assembly.
 */
export declare function readAssembly(manifestPath: string, fs: FileSystem, parse: ParseFn, options?: AssemblyReadOptions): AssemblyResult;
export declare function compareStrings(a: string, b: string): number;
