import { type ParsedDocument } from '../parsers/types.js';
import { type PathApi, type ReadBudget } from './files.js';
import type { FileSystem, InputNote } from './types.js';
export interface SourcesHost {
    readonly fs: FileSystem;
    readonly path: PathApi;
    readonly budget: ReadBudget;
    /** The path a user sees (relative to the working directory). */
    display(path: string): string;
    /** `.tf` files scanned in this run, by real path: two plans beside one configuration share them. */
    readonly scanned: Map<string, ParsedDocument>;
}
/**
 * The plan or state at `planPath` placed at its `.tf` sources, and the `.tf` files that declare its
 * blocks (linted as part of it); the document itself when no source is beside it. What was refused
 * goes to `notes`.
 */
export declare function withTerraformSources(plan: ParsedDocument, planPath: string, host: SourcesHost, notes: InputNote[]): {
    doc: ParsedDocument;
    sources: ParsedDocument[];
};
