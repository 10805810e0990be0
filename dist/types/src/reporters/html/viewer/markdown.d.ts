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
export type Inline = {
    readonly t: 'text';
    readonly v: string;
} | {
    readonly t: 'code';
    readonly v: string;
} | {
    readonly t: 'strong' | 'em';
    readonly c: readonly Inline[];
}
/** `href` is absent when the target is not an http(s) URL: the text is kept, the link dropped. */
 | {
    readonly t: 'link';
    readonly c: readonly Inline[];
    readonly href?: string;
};
export type Block = {
    readonly t: 'h';
    readonly level: number;
    readonly c: readonly Inline[];
} | {
    readonly t: 'p';
    readonly c: readonly Inline[];
} | {
    readonly t: 'pre';
    readonly v: string;
} | {
    readonly t: 'ul' | 'ol';
    readonly items: ReadonlyArray<readonly Inline[]>;
} | {
    readonly t: 'table';
    readonly head: ReadonlyArray<readonly Inline[]>;
    readonly rows: ReadonlyArray<ReadonlyArray<readonly Inline[]>>;
} | {
    readonly t: 'quote';
    readonly c: readonly Inline[];
};
export declare function parseMarkdown(text: string): Block[];
/** Only web links keep their target: `javascript:`, `data:`, relative paths and the rest become text. */
export declare function safeHref(target: string): string | undefined;
export declare function parseInline(text: string): Inline[];
