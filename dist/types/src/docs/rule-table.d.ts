/**
 * The README's rule table, generated from rule metadata (metadata lives once, in `meta`:
 * README, "Adding a rule"). `test/meta/readme.test.ts` keeps the README section between `<!-- rules:start -->`
 * and `<!-- rules:end -->` equal to this; `UPDATE_README=1` rewrites it.
 */
import type { RuleMetadata } from '../engine/types.js';
export declare const RULE_TABLE_START = "<!-- rules:start -->";
export declare const RULE_TABLE_END = "<!-- rules:end -->";
/**
 * A Markdown table of the rules, sorted by ID: the ID linked to its page (`rules/<id>.md`,
 * relative to the repository root), the default severity and the one-line description.
 * Ends with a newline.
 */
export declare function ruleTableMarkdown(metas: RuleMetadata[]): string;
