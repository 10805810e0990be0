import type { SourceRef } from '../../parsers/source.js';
import { type Pointer } from '../../parsers/types.js';
import type { Compilation } from './compilation.js';
export declare const PSEUDO_PARAMETERS_PLUGIN = "serverless-pseudo-parameters";
/**
 * Rewrites `template` in place (its nodes are the compilation's own, made by the variable resolver
 * or the compiler, never a parsed file's); each `Fn::Sub` made is placed where its text is written.
 */
export declare function applyPseudoParameters(compilation: Compilation, template: Record<string, unknown>, place: (pointer: Pointer) => SourceRef): void;
