/**
 * Reading rule documentation pages (`rules/<area>/<name>.md`) for the meta tests: the preamble
 * (title, summary, severity line), the `##` sections in order, and the fenced code blocks of a
 * section. Only the Markdown the pages use is understood; `#` lines inside fences (YAML comments)
 * are never taken for headings.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const REPO_ROOT = join(import.meta.dirname, '..', '..');
export const RULES_DIR = join(REPO_ROOT, 'rules');

/** The sections every rule page has, in this order (README, "Adding a rule": the doc says why, the help says how to fix). */
export const REQUIRED_SECTIONS = ['Why it matters', 'Incorrect', 'Correct', 'How to fix', 'References'] as const;

export interface FencedBlock {
  /** The info string's first word, lower-cased (`yaml`, `json`, `ts`); '' when none. */
  lang: string;
  code: string;
  /** 1-based line of the opening fence in the page. */
  line: number;
}

export interface DocSection {
  heading: string;
  /** 1-based line of the `##` heading. */
  line: number;
  /** The lines after the heading up to the next `##` heading. */
  body: string;
}

export interface RuleDoc {
  /** Non-empty lines before the first `##` heading, with their 1-based line numbers. */
  preamble: Array<{ text: string; line: number }>;
  sections: DocSection[];
}

const FENCE = /^ {0,3}(`{3,}|~{3,})\s*([^\s`]*)/;

export function parseRuleDoc(markdown: string): RuleDoc {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const preamble: RuleDoc['preamble'] = [];
  const sections: DocSection[] = [];
  let current: { heading: string; line: number; body: string[] } | undefined;
  let fence: string | undefined;
  const flush = (): void => {
    if (current) sections.push({ heading: current.heading, line: current.line, body: current.body.join('\n') });
  };
  lines.forEach((text, index) => {
    const match = FENCE.exec(text);
    if (fence === undefined && match) fence = match[1];
    else if (
      fence !== undefined &&
      match &&
      match[1]![0] === fence[0] &&
      match[1]!.length >= fence.length &&
      match[2] === ''
    )
      fence = undefined;
    else if (fence === undefined && /^## /.test(text)) {
      flush();
      current = { heading: text.slice(3).trim(), line: index + 1, body: [] };
      return;
    }
    if (current) current.body.push(text);
    else if (text.trim() !== '') preamble.push({ text, line: index + 1 });
  });
  flush();
  return { preamble, sections };
}

/** The fenced code blocks of a piece of Markdown, in order. `firstLine` maps lines back to the page. */
export function fencedBlocks(markdown: string, firstLine = 1): FencedBlock[] {
  const blocks: FencedBlock[] = [];
  let open: { fence: string; lang: string; line: number; code: string[] } | undefined;
  markdown.split('\n').forEach((text, index) => {
    const match = FENCE.exec(text);
    if (!open) {
      if (match) open = { fence: match[1]!, lang: (match[2] ?? '').toLowerCase(), line: firstLine + index, code: [] };
      return;
    }
    if (match && match[1]![0] === open.fence[0] && match[1]!.length >= open.fence.length && match[2] === '') {
      blocks.push({ lang: open.lang, code: open.code.join('\n') + '\n', line: open.line });
      open = undefined;
      return;
    }
    open.code.push(text);
  });
  return blocks;
}

export function section(doc: RuleDoc, heading: string): DocSection | undefined {
  return doc.sections.find((s) => s.heading === heading);
}

/** The fenced blocks of a section, with lines numbered as in the page. */
export function sectionBlocks(doc: RuleDoc, heading: string): FencedBlock[] {
  const found = section(doc, heading);
  return found ? fencedBlocks(found.body, found.line + 1) : [];
}

/** Link targets in Markdown: `[text](url)` and `<url>`. */
export function linkTargets(markdown: string): string[] {
  const out: string[] = [];
  for (const m of markdown.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) out.push(m[1]!);
  for (const m of markdown.matchAll(/<(https?:\/\/[^>\s]+)>/g)) out.push(m[1]!);
  return out;
}

export function docPath(ruleId: string): string {
  return join(RULES_DIR, ...ruleId.split('/')) + '.md';
}

export function readDoc(ruleId: string): string | undefined {
  const path = docPath(ruleId);
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

/** Files under `dir` (recursively), as '/'-separated paths relative to `base`. */
export function filesUnder(dir: string, base = dir): string[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...filesUnder(path, base));
    else out.push(relative(base, path).split(sep).join('/'));
  }
  return out;
}
