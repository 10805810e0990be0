import type { SourceRef } from '../parsers/source.js';
import type { RuleMeta } from './rule.js';
import type { FindingResource, FixDialect } from './types.js';
export declare function fixDialectOf(anchor: SourceRef, resource: FindingResource | undefined): FixDialect | undefined;
/** The rule's fix in the finding's form, or its CloudFormation form where that form has none of its own. */
export declare function fixFor(meta: Pick<RuleMeta, 'fix' | 'fixIn'>, dialect: FixDialect | undefined): string;
