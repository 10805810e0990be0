/**
 * The Markdown subset the HTML report renders rule pages with: the constructs our pages use, and
 * links that keep their target only when it is a web URL.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseInline, parseMarkdown, type Block, type Inline } from '../../../src/reporters/html/viewer/markdown.js';

const RULES = join(import.meta.dirname, '..', '..', '..', 'rules');

function text(inlines: readonly Inline[]): string {
  return inlines.map((i) => (i.t === 'text' || i.t === 'code' ? i.v : text(i.c))).join('');
}

describe('parseMarkdown', () => {
  it('reads headings, paragraphs, lists, fenced code, tables and quotes', () => {
    const blocks = parseMarkdown(
      '# trust/x\n\nOne **bold** and `code`\nacross lines.\n\n- first\n  continued\n- second\n\n1. one\n2. two\n\n```yaml\nA: 1\n```\n\n| a | b \\| c |\n|---|---|\n| `x|y` | 2 |\n\n> quoted\n',
    );
    expect(blocks.map((b) => b.t)).toEqual(['h', 'p', 'ul', 'ol', 'pre', 'table', 'quote']);
    expect(text((blocks[1] as Extract<Block, { t: 'p' }>).c)).toBe('One bold and code across lines.');
    expect((blocks[2] as Extract<Block, { t: 'ul' | 'ol' }>).items.map(text)).toEqual(['first continued', 'second']);
    expect((blocks[4] as Extract<Block, { t: 'pre' }>).v).toBe('A: 1');
    const table = blocks[5] as Extract<Block, { t: 'table' }>;
    expect(table.head.map(text)).toEqual(['a', 'b | c']);
    expect(table.rows.map((r) => r.map(text))).toEqual([['x|y', '2']]);
  });

  it('keeps http(s) link targets only', () => {
    expect(parseInline('[AWS](https://docs.aws.amazon.com/x.html)')).toEqual([
      { t: 'link', c: [{ t: 'text', v: 'AWS' }], href: 'https://docs.aws.amazon.com/x.html' },
    ]);
    for (const target of [
      'javascript:alert(1)',
      'data:text/html,<b>',
      '../other.md',
      'JaVaScRiPt:alert(1)',
      ' javascript:x',
    ]) {
      expect(parseInline(`[x](${target})`)).toEqual([{ t: 'link', c: [{ t: 'text', v: 'x' }] }]);
    }
  });

  it('leaves HTML in the text as text', () => {
    expect(parseInline('<img src=x onerror=alert(1)>')).toEqual([{ t: 'text', v: '<img src=x onerror=alert(1)>' }]);
  });

  it('renders every rule page with no Markdown markers left in its prose', () => {
    for (const area of readdirSync(RULES, { withFileTypes: true }).filter((d) => d.isDirectory())) {
      for (const file of readdirSync(join(RULES, area.name)).filter((f) => f.endsWith('.md'))) {
        const blocks = parseMarkdown(readFileSync(join(RULES, area.name, file), 'utf8'));
        expect(blocks[0], file).toMatchObject({ t: 'h', level: 1 });
        for (const block of blocks) {
          if (block.t !== 'p') continue;
          const prose = block.c
            .filter((i) => i.t === 'text')
            .map((i) => (i as { v: string }).v)
            .join('');
          expect(prose, `${area.name}/${file}`).not.toMatch(/\*\*|\]\(http/);
        }
      }
    }
  });
});
