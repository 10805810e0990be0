import { type SourceRef } from '../../parsers/source.js';
import type { ParsedDocument } from '../../parsers/types.js';
import type { VariableResolver } from './variables.js';
export declare function compileService(service: ParsedDocument, variables: VariableResolver, note: (at: SourceRef | undefined, message: string) => void): ParsedDocument;
