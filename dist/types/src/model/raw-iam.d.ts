import type { ParsedDocument } from '../parsers/types.js';
import type { ModelParts } from './build.js';
export declare function readRawIam(documents: readonly ParsedDocument[], parts: ModelParts): void;
