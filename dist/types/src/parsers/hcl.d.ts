import { type ParsedDocument } from './types.js';
/** Longer texts are not scanned (Terraform files are small; a generated one of megabytes is not a source to point at). */
export declare const MAX_HCL_CHARS: number;
export declare function scanHcl(file: string, text: string): ParsedDocument;
