/**
 * The Markdown of the rule pages (rules/<area>/<name>.md), read into a tree the viewer turns into
 * DOM nodes with textContent: headings, paragraphs, fenced code, lists, pipe tables, block quotes,
 * and inline code, bold, italics and links. Nothing is ever parsed as HTML, and a link keeps its
 * target only when it is http(s): the pages are ours, but the report must stay safe whatever text
 * it embeds. A subset written here, rather than a library (markdown-it, marked): those render to an
 * HTML string that then needs a sanitizer, which is the larger and riskier half; our pages use only
 * these constructs (test/reporters/html-markdown.test.ts renders every page).
 *
 * Pure: no DOM, no Node; the viewer bundles it and the tests import it.
 */

export type Inline =
  | { readonly t: 'text'; readonly v: string }
  | { readonly t: 'code'; readonly v: string }
  | { readonly t: 'strong' | 'em'; readonly c: readonly Inline[] }
  /** `href` is absent when the target is not an http(s) URL: the text is kept, the link dropped. */
  | { readonly t: 'link'; readonly c: readonly Inline[]; readonly href?: string };

export type Block =
  | { readonly t: 'h'; readonly level: number; readonly c: readonly Inline[] }
  | { readonly t: 'p'; readonly c: readonly Inline[] }
  | { readonly t: 'pre'; readonly v: string }
  | { readonly t: 'ul' | 'ol'; readonly items: ReadonlyArray<readonly Inline[]> }
  | {
      readonly t: 'table';
      readonly head: ReadonlyArray<readonly Inline[]>;
      readonly rows: ReadonlyArray<ReadonlyArray<readonly Inline[]>>;
    }
  | { readonly t: 'quote'; readonly c: readonly Inline[] };

const LIST_ITEM = /^\s{0,3}(?:([-*+])|(\d{1,9})[.)])\s+(.*)$/;

export function parseMarkdown(text: string): Block[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  let i = 0;
  const isBlank = (line: string | undefined): boolean => line === undefined || line.trim() === '';
  const startsBlock = (line: string): boolean => /^\s{0,3}(#{1,6}\s|```|~~~|>|\|)/.test(line) || LIST_ITEM.test(line);
  while (i < lines.length) {
    const line = lines[i]!;
    if (isBlank(line)) {
      i++;
      continue;
    }
    const fence = /^\s{0,3}(```|~~~)/.exec(line);
    if (fence) {
      const body: string[] = [];
      i++;
      while (i < lines.length && !lines[i]!.trimStart().startsWith(fence[1]!)) body.push(lines[i++]!);
      i++;
      blocks.push({ t: 'pre', v: body.join('\n') });
      continue;
    }
    const heading = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) {
      blocks.push({ t: 'h', level: heading[1]!.length, c: parseInline(heading[2]!) });
      i++;
      continue;
    }
    if (/^\s{0,3}\|/.test(line)) {
      const rows: string[][] = [];
      while (i < lines.length && /^\s{0,3}\|/.test(lines[i]!)) rows.push(tableCells(lines[i++]!));
      const separator = rows[1]?.every((cell) => /^:?-+:?$/.test(cell.trim()));
      const head = separator ? rows[0]! : [];
      const body = separator ? rows.slice(2) : rows;
      blocks.push({ t: 'table', head: head.map(parseInline), rows: body.map((row) => row.map(parseInline)) });
      continue;
    }
    if (/^\s{0,3}>/.test(line)) {
      const body: string[] = [];
      while (i < lines.length && /^\s{0,3}>/.test(lines[i]!)) body.push(lines[i++]!.replace(/^\s{0,3}>\s?/, ''));
      blocks.push({ t: 'quote', c: parseInline(body.join(' ')) });
      continue;
    }
    const item = LIST_ITEM.exec(line);
    if (item) {
      const ordered = item[2] !== undefined;
      const items: Inline[][] = [];
      let current: string[] = [];
      while (i < lines.length) {
        const next = lines[i]!;
        const nextItem = LIST_ITEM.exec(next);
        if (nextItem && (nextItem[2] !== undefined) === ordered) {
          if (current.length) items.push(parseInline(current.join(' ')));
          current = [nextItem[3]!];
        } else if (!isBlank(next) && /^\s+\S/.test(next)) {
          current.push(next.trim()); // continuation of the item
        } else if (isBlank(next) && /^\s+\S/.test(lines[i + 1] ?? '')) {
          // a blank line inside an item whose next paragraph is indented: same item
        } else break;
        i++;
      }
      if (current.length) items.push(parseInline(current.join(' ')));
      blocks.push({ t: ordered ? 'ol' : 'ul', items });
      continue;
    }
    const body: string[] = [];
    while (i < lines.length && !isBlank(lines[i]) && (body.length === 0 || !startsBlock(lines[i]!)))
      body.push(lines[i++]!.trim());
    blocks.push({ t: 'p', c: parseInline(body.join(' ')) });
  }
  return blocks;
}

/** `| a | b \| c |` → ['a', 'b | c'] (an escaped pipe stays in its cell). */
function tableCells(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let inCode = false;
  const body = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (ch === '\\' && body[i + 1] === '|') {
      cell += '|';
      i++;
    } else if (ch === '`') {
      inCode = !inCode;
      cell += ch;
    } else if (ch === '|' && !inCode) {
      cells.push(cell.trim());
      cell = '';
    } else cell += ch;
  }
  cells.push(cell.trim());
  return cells;
}

/** Only web links keep their target: `javascript:`, `data:`, relative paths and the rest become text. */
export function safeHref(target: string): string | undefined {
  const trimmed = target.trim();
  return /^https?:\/\/[^\s]+$/i.test(trimmed) ? trimmed : undefined;
}

export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  let plain = '';
  const flush = (): void => {
    if (plain) out.push({ t: 'text', v: plain });
    plain = '';
  };
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '\\' && i + 1 < text.length && /[\\`*_[\]()#|!<>-]/.test(text[i + 1]!)) {
      plain += text[i + 1];
      i += 2;
      continue;
    }
    if (ch === '`') {
      const run = /^`+/.exec(text.slice(i))![0];
      const end = text.indexOf(run, i + run.length);
      if (end > 0) {
        flush();
        out.push({ t: 'code', v: text.slice(i + run.length, end).replace(/^ (.*) $/, '$1') });
        i = end + run.length;
        continue;
      }
    }
    if (ch === '*' || ch === '_') {
      const strong = text.startsWith(ch + ch, i);
      const marker = strong ? ch + ch : ch;
      const end = closing(text, marker, i + marker.length);
      // `_` inside a word (snake_case) is not emphasis.
      const wordInside = ch === '_' && /\w/.test(text[i - 1] ?? '');
      if (end > i + marker.length && !wordInside) {
        flush();
        out.push({ t: strong ? 'strong' : 'em', c: parseInline(text.slice(i + marker.length, end)) });
        i = end + marker.length;
        continue;
      }
    }
    if (ch === '[') {
      const close = matchingBracket(text, i);
      if (close > 0 && text[close + 1] === '(') {
        const end = matchingParen(text, close + 1);
        if (end > 0) {
          flush();
          const href = safeHref(text.slice(close + 2, end).split(/\s+"/)[0]!);
          out.push({ t: 'link', c: parseInline(text.slice(i + 1, close)), ...(href !== undefined ? { href } : {}) });
          i = end + 1;
          continue;
        }
      }
    }
    plain += ch;
    i++;
  }
  flush();
  return out;
}

function closing(text: string, marker: string, from: number): number {
  let i = from;
  while (i < text.length) {
    if (text[i] === '`') {
      const end = text.indexOf('`', i + 1);
      if (end < 0) return -1;
      i = end + 1;
      continue;
    }
    if (text.startsWith(marker, i) && text[i - 1] !== ' ' && (marker.length === 2 || text[i + 1] !== marker)) return i;
    i++;
  }
  return -1;
}

function matchingBracket(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '`') {
      const end = text.indexOf('`', i + 1);
      if (end < 0) return -1;
      i = end;
    } else if (text[i] === '[') depth++;
    else if (text[i] === ']' && --depth === 0) return i;
  }
  return -1;
}

/** The `)` closing the `(` at `open`: a target may hold balanced parentheses (`…/Foo_(bar)`). */
function matchingParen(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) return i;
  }
  return -1;
}
