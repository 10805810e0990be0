/**
 * docs/semantics.md is the one place the definitions the code and the rule pages rely on live, and
 * what they cite. Every `docs/semantics.md#<anchor>` cited in src/, rules/, test/ or the README
 * (and every `#<anchor>` link inside the page) names a heading of the page, by GitHub's slug rules;
 * Markdown links to it resolve to the file; the package ships it, because the shipped rule pages
 * (`--explain` prints them) link to it; and no code or rule page cites the documents that stay
 * outside the repository.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './rule-docs.js';

const SEMANTICS = join(REPO_ROOT, 'docs', 'semantics.md');
const SELF = join(REPO_ROOT, 'test', 'meta', 'semantics.test.ts');
const TEXT_FILE = /\.(ts|js|mjs|md|json|ya?ml)$/;

/** Every text file under `dir`, skipping generated code and installed packages. */
function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(join(REPO_ROOT, dir), { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !TEXT_FILE.test(entry.name)) continue;
    const path = join(entry.parentPath, entry.name);
    if (path.split(sep).some((part) => part === 'node_modules' || part === 'generated')) continue;
    out.push(path);
  }
  return out.sort();
}

/**
 * GitHub's heading anchor (github-slugger): the heading's text as rendered, lower-cased, with every
 * character that is not a letter, digit, `_`, `-` or space dropped, and spaces turned into `-`.
 */
function githubSlug(heading: string): string {
  const rendered = heading.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[`*_]{1,2}([^`*_]+)[`*_]{1,2}/g, '$1');
  return rendered
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

/** The anchors of a Markdown page's headings, in order (fenced code is not a heading). */
function headingAnchors(markdown: string): string[] {
  const anchors: string[] = [];
  let fenced = false;
  for (const line of markdown.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    const heading = fenced ? null : /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) anchors.push(githubSlug(heading[1]!));
  }
  return anchors;
}

/** `docs/semantics.md#<anchor>` citations in a text, with their line numbers. */
function citations(text: string): Array<{ anchor: string; line: number }> {
  return [...text.matchAll(/docs\/semantics\.md#([\p{L}\p{N}_-]+)/gu)].map((m) => ({
    anchor: m[1]!,
    line: text.slice(0, m.index).split('\n').length,
  }));
}

const page = readFileSync(SEMANTICS, 'utf8');
const anchors = headingAnchors(page);
const citing = [
  ...filesUnder('src'),
  ...filesUnder('rules'),
  ...filesUnder('test'),
  join(REPO_ROOT, 'README.md'),
].filter((f) => f !== SELF);

describe('docs/semantics.md', () => {
  it('GitHub slugs, as this test computes them', () => {
    expect(githubSlug('Identity-pool role')).toBe('identity-pool-role');
    expect(githubSlug('Condition keys that are never present')).toBe('condition-keys-that-are-never-present');
    expect(githubSlug('`Type: Rules` and (SAM) APIs')).toBe('type-rules-and-sam-apis');
    expect(headingAnchors('# A\n```md\n## Not a heading\n```\n## B. C\n')).toEqual(['a', 'b-c']);
  });

  it('has one heading per anchor, and the definitions the code rests on', () => {
    const repeated = anchors.filter((a, i) => anchors.indexOf(a) !== i);
    expect(repeated, 'two headings with one anchor: GitHub would suffix the second').toEqual([]);
    for (const term of [
      'identity-pool-role',
      'guest-role',
      'guest-scope-down',
      'exposure',
      'resolved-value',
      'granularity',
    ]) {
      expect(anchors).toContain(term);
    }
  });

  it('every cited anchor is a heading of the page', () => {
    const broken: string[] = [];
    for (const file of citing) {
      for (const { anchor, line } of citations(readFileSync(file, 'utf8'))) {
        if (!anchors.includes(anchor)) broken.push(`${relative(REPO_ROOT, file)}:${line}: docs/semantics.md#${anchor}`);
      }
    }
    for (const m of page.matchAll(/\]\(#([^)\s]+)\)/g)) {
      if (!anchors.includes(m[1]!)) broken.push(`docs/semantics.md: link to #${m[1]}`);
    }
    expect(broken, 'citations of docs/semantics.md that name no heading').toEqual([]);
  });

  it('is cited from the code and the rule pages', () => {
    const cited = new Set(citing.flatMap((file) => citations(readFileSync(file, 'utf8')).map((c) => c.anchor)));
    expect(cited.size).toBeGreaterThanOrEqual(15);
  });

  it('Markdown links to it resolve to the file', () => {
    const wrong: string[] = [];
    for (const file of citing.filter((f) => f.endsWith('.md'))) {
      for (const m of readFileSync(file, 'utf8').matchAll(/\]\(([^)\s#]*semantics\.md)(?:#[^)\s]*)?\)/g)) {
        if (resolve(dirname(file), m[1]!) !== SEMANTICS) wrong.push(`${relative(REPO_ROOT, file)}: ${m[1]}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('ships in the package, since shipped rule pages link to it', () => {
    const linking = filesUnder('rules').filter(
      (f) => f.endsWith('.md') && /\]\([^)\s]*docs\/semantics\.md/.test(readFileSync(f, 'utf8')),
    );
    expect(linking.length).toBeGreaterThan(0);
    const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { files: string[] };
    expect(pkg.files).toContain('docs/semantics.md');
  });
});

describe('citations of documents that do not ship', () => {
  // RULES.md, the AWS fact sheet, ARCHITECTURE.md and STYLE.md live outside the repository, so a
  // reader of the code cannot follow them: cite docs/semantics.md, a rule page or AWS instead.
  const OUTSIDE = /RULES\.md|aws-semantics|fact sheet|ARCHITECTURE\.md|STYLE\.md|\.\.\/shared\/|shared\/reference/i;

  it('none in src/, rules/ or build/', () => {
    const found: string[] = [];
    for (const file of [...filesUnder('src'), ...filesUnder('rules'), ...filesUnder('build')]) {
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((text, i) => {
          if (OUTSIDE.test(text)) found.push(`${relative(REPO_ROOT, file)}:${i + 1}: ${text.trim()}`);
        });
    }
    expect(found).toEqual([]);
  });

  it('none in the README or test comments (the benchmark corpus beside the checkout is a path, not a citation)', () => {
    const DOCUMENTS = /RULES\.md|aws-semantics|fact sheet|ARCHITECTURE\.md|STYLE\.md|shared\/reference/i;
    const found: string[] = [];
    // The verdicts file is a reviewer's dated record of what was judged against what.
    const files = [
      join(REPO_ROOT, 'README.md'),
      ...citing.filter((f) => f.includes(`${sep}test${sep}`) && !f.endsWith('verdicts.json')),
    ];
    for (const file of files) {
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((text, i) => {
          if (DOCUMENTS.test(text)) found.push(`${relative(REPO_ROOT, file)}:${i + 1}: ${text.trim()}`);
        });
    }
    expect(found).toEqual([]);
  });
});
