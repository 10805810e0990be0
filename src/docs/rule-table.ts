/**
 * The README's rule table, generated from rule metadata (metadata lives once, in `meta`:
 * README, "Adding a rule"). `test/meta/readme.test.ts` keeps the README section between `<!-- rules:start -->`
 * and `<!-- rules:end -->` equal to this; `UPDATE_README=1` rewrites it.
 */
import type { RuleMetadata } from '../engine/types.js';

export const RULE_TABLE_START = '<!-- rules:start -->';
export const RULE_TABLE_END = '<!-- rules:end -->';

/**
 * A Markdown table of the rules, sorted by ID: the ID linked to its page (`rules/<id>.md`,
 * relative to the repository root), the default severity and the one-line description.
 * Ends with a newline.
 */
export function ruleTableMarkdown(metas: RuleMetadata[]): string {
  const rows = [...metas]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((meta) => `| [\`${meta.id}\`](rules/${meta.id}.md) | ${meta.severity} | ${cell(meta.description)} |`);
  return ['| Rule | Severity | What it checks |', '|---|---|---|', ...rows].join('\n') + '\n';
}

/** A table cell holds one line and no unescaped `|`. */
function cell(text: string): string {
  return text
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();
}
