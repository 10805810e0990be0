import { type ParsedDocument } from './types.js';
/**
 * How many nodes aliases may add to the document in total (an alias adds the size of what it
 * refers to, aliases inside included). CloudFormation does not support aliases at all, so real
 * templates stay far below this, while a "billion laughs" document crosses it after a few levels,
 * long before any expansion happens (sizes are counted, never materialised).
 */
export declare const MAX_ALIAS_EXPANSION = 10000;
/** Parse one CloudFormation YAML document. Never throws: every problem becomes a `SyntaxProblem`. */
export declare function parseYaml(file: string, text: string): ParsedDocument;
