import type { ParsedDocument } from '../../parsers/types.js';
import type { ModelParts } from '../model-parts.js';
export declare function readRawIam(documents: readonly ParsedDocument[], parts: ModelParts): void;
