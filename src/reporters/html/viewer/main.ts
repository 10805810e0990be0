/**
 * The browser script of the HTML report (bundled with dagre by build/html-viewer.mjs into
 * src/generated/html-viewer.js, inlined by ../index.ts). It reads the report from the page's
 * `<script type="application/json" id="report-data">` and builds everything with DOM calls and
 * textContent: no innerHTML anywhere, so no text from the linted files (logical IDs, Sids,
 * messages) is ever parsed as markup. It makes no request of any kind.
 */
import { Graph, layout } from '@dagrejs/dagre';
import type { GraphEdge, GraphNode, PageData, PageFinding, PageRule, Severity } from '../types.js';
import { parseMarkdown, type Block, type Inline } from './markdown.js';

const SEVERITIES: readonly Severity[] = ['critical', 'high', 'medium', 'low', 'info'];
const rank = (s: Severity): number => SEVERITIES.indexOf(s);
const SVG = 'http://www.w3.org/2000/svg';
/** Box sizes: a label longer than this is cut (the full text is in the tooltip and the details). */
const MAX_LABEL = 40;
const MAX_EDGE_LABEL = 34;

type Child = Node | string | undefined | false;

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  for (const child of children) if (child) node.append(child);
  return node;
}

function svg(tag: string, attrs: Record<string, string | number> = {}, ...children: Child[]): SVGElement {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  for (const child of children) if (child) node.append(child);
  return node;
}

function cut(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Our messages mark names as `code`: show them so, the rest as text. */
function messageNodes(message: string): Node[] {
  const parts = message.split('`');
  if (parts.length % 2 === 0) return [document.createTextNode(message)];
  return parts.map((part, i) => (i % 2 === 1 ? el('code', {}, part) : document.createTextNode(part)));
}

function severityBadge(severity: Severity): HTMLElement {
  return el('span', { class: `badge sev-${severity}` }, severity);
}

// ─── Markdown (the rule pages) ────────────────────────────────────────────────────────────────

function inlineNodes(inlines: readonly Inline[]): Node[] {
  return inlines.map((inline): Node => {
    switch (inline.t) {
      case 'text':
        return document.createTextNode(inline.v);
      case 'code':
        return el('code', {}, inline.v);
      case 'strong':
        return el('strong', {}, ...inlineNodes(inline.c));
      case 'em':
        return el('em', {}, ...inlineNodes(inline.c));
      case 'link':
        // A link opens outside the report (rel: no opener, no referrer); the page itself fetches nothing.
        return inline.href !== undefined
          ? el('a', { href: inline.href, rel: 'noopener noreferrer', target: '_blank' }, ...inlineNodes(inline.c))
          : el('span', {}, ...inlineNodes(inline.c));
    }
  });
}

function renderMarkdown(text: string): HTMLElement {
  const root = el('div', { class: 'rule-page' });
  for (const block of parseMarkdown(text)) root.append(blockNode(block));
  return root;
}

function blockNode(block: Block): HTMLElement {
  switch (block.t) {
    case 'h':
      // The page's own headings sit under the table's: shift them down.
      return el(`h${Math.min(6, block.level + 3)}` as 'h4', {}, ...inlineNodes(block.c));
    case 'p':
      return el('p', {}, ...inlineNodes(block.c));
    case 'pre':
      return el('pre', {}, el('code', {}, block.v));
    case 'quote':
      return el('blockquote', {}, ...inlineNodes(block.c));
    case 'ul':
    case 'ol':
      return el(block.t, {}, ...block.items.map((item) => el('li', {}, ...inlineNodes(item))));
    case 'table':
      return el(
        'table',
        { class: 'md-table' },
        block.head.length > 0 &&
          el('thead', {}, el('tr', {}, ...block.head.map((cell) => el('th', {}, ...inlineNodes(cell))))),
        el(
          'tbody',
          {},
          ...block.rows.map((row) => el('tr', {}, ...row.map((cell) => el('td', {}, ...inlineNodes(cell))))),
        ),
      );
  }
}

// ─── The graph ────────────────────────────────────────────────────────────────────────────────

interface Drawn {
  nodes: Map<string, SVGElement>;
  edges: Map<string, SVGElement>;
  root: SVGElement;
  /** The graph's own size, in SVG units (the viewBox). */
  width: number;
  height: number;
}

/** Box geometry: text starts PAD in from the left; the severity dot takes DOT at the right. */
const PAD = 10;
const DOT = 16;
const NODE_HEIGHT = 46;

/**
 * The widths of texts as the browser will draw them, in the classes they are drawn with: boxes are
 * sized from these, not from a guess per character, so no label runs out of its box whatever the
 * font (a test in Chromium checks every label against its box).
 */
function textMeter(container: HTMLElement): { width: (text: string, cls: string) => number; done: () => void } {
  const probe = svg('svg', {
    width: 0,
    height: 0,
    'aria-hidden': 'true',
    style: 'position:absolute;visibility:hidden',
  });
  const text = svg('text', {}) as SVGTextElement;
  probe.append(text);
  container.append(probe);
  return {
    width: (value, cls) => {
      text.setAttribute('class', cls);
      text.textContent = value;
      return text.getComputedTextLength();
    },
    done: () => probe.remove(),
  };
}

function drawGraph(
  data: PageData,
  container: HTMLElement,
  onSelect: (id: string, kind: 'node' | 'edge') => void,
): Drawn | undefined {
  const graph = data.graph;
  if (!graph || graph.nodes.length === 0) return undefined;
  const g = new Graph({ multigraph: false });
  g.setGraph({ rankdir: 'LR', nodesep: 16, ranksep: 50, edgesep: 10, marginx: 12, marginy: 12 });
  g.setDefaultEdgeLabel(() => ({}));
  const meter = textMeter(container);
  for (const node of graph.nodes) {
    const label = meter.width(cut(node.label, MAX_LABEL), 'label');
    const detail = meter.width(cut(node.detail ?? kindName(node.kind), MAX_LABEL + 6), 'detail');
    g.setNode(node.id, {
      width: Math.ceil(Math.max(110, PAD + Math.max(label, detail) + (node.severity ? DOT : 0) + PAD)),
      height: NODE_HEIGHT,
    });
  }
  for (const edge of graph.edges) {
    g.setEdge(edge.from, edge.to, {
      width: Math.ceil(meter.width(cut(edge.label, MAX_EDGE_LABEL), 'edge-label') + 8),
      height: 14,
      labelpos: 'c',
    });
  }
  meter.done();
  layout(g);
  const size = g.graph();
  const width = Math.ceil(size.width ?? 0);
  const height = Math.ceil(size.height ?? 0);
  const root = svg('svg', {
    viewBox: `0 0 ${width} ${height}`,
    width,
    height,
    role: 'group',
    'aria-label': 'Who can reach what',
  });
  root.append(
    svg(
      'defs',
      {},
      ...['plain', 'exposed', 'hl'].map((kind) =>
        svg(
          'marker',
          {
            id: `arrow-${kind}`,
            viewBox: '0 0 10 10',
            refX: 9,
            refY: 5,
            markerWidth: 7,
            markerHeight: 7,
            orient: 'auto-start-reverse',
          },
          svg('path', { d: 'M0,0 L10,5 L0,10 z', class: `arrowhead ${kind}` }),
        ),
      ),
    ),
  );
  const nodes = new Map<string, SVGElement>();
  const edges = new Map<string, SVGElement>();
  for (const edge of graph.edges) {
    const laid = g.edge(edge.from, edge.to);
    const points: ReadonlyArray<{ x: number; y: number }> = laid.points ?? [];
    const d = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ');
    const classes = ['edge', edge.exposed ? 'exposed' : '', edge.severity ? `sev-${edge.severity}` : '']
      .filter(Boolean)
      .join(' ');
    const group = svg(
      'g',
      {
        class: classes,
        'data-id': edge.id,
        'data-from': edge.from,
        'data-to': edge.to,
        ...(edge.severity ? { 'data-severity': edge.severity } : {}),
      },
      svg('title', {}, edge.label),
      svg('path', { d, class: 'line', 'marker-end': `url(#arrow-${edge.exposed ? 'exposed' : 'plain'})` }),
      svg('path', { d, class: 'hit' }),
      laid.x !== undefined &&
        laid.y !== undefined &&
        svg(
          'text',
          { x: laid.x.toFixed(1), y: (laid.y + 4).toFixed(1), class: 'edge-label', 'text-anchor': 'middle' },
          cut(edge.label, MAX_EDGE_LABEL),
        ),
    );
    if (edge.findings.length > 0) {
      group.setAttribute('tabindex', '0');
      group.setAttribute('role', 'button');
      group.addEventListener('click', () => onSelect(edge.id, 'edge'));
      group.addEventListener('keydown', (event) => {
        if ((event as KeyboardEvent).key === 'Enter' || (event as KeyboardEvent).key === ' ') {
          event.preventDefault();
          onSelect(edge.id, 'edge');
        }
      });
    }
    edges.set(edge.id, group);
    root.append(group);
  }
  for (const node of graph.nodes) {
    const laid = g.node(node.id);
    const x = laid.x - laid.width / 2;
    const y = laid.y - laid.height / 2;
    const classes = [
      'node',
      `kind-${node.kind}`,
      node.exposed ? 'exposed' : '',
      node.severity ? `sev-${node.severity}` : '',
    ]
      .filter(Boolean)
      .join(' ');
    const group = svg(
      'g',
      {
        class: classes,
        'data-id': node.id,
        'data-label': node.label,
        tabindex: '0',
        role: 'button',
        ...(node.severity ? { 'data-severity': node.severity } : {}),
      },
      svg(
        'title',
        {},
        `${node.label}${node.detail ? ` (${node.detail})` : ''}${node.findings.length ? `: ${node.findings.length} finding(s)` : ''}`,
      ),
      svg('rect', {
        x: x.toFixed(1),
        y: y.toFixed(1),
        width: laid.width.toFixed(1),
        height: laid.height,
        rx: node.kind === 'internet' ? 23 : 6,
        class: 'box',
      }),
      svg('text', { x: (x + PAD).toFixed(1), y: (y + 19).toFixed(1), class: 'label' }, cut(node.label, MAX_LABEL)),
      svg(
        'text',
        { x: (x + PAD).toFixed(1), y: (y + 36).toFixed(1), class: 'detail' },
        cut(node.detail ?? kindName(node.kind), MAX_LABEL + 6),
      ),
      node.severity &&
        svg('circle', { cx: (x + laid.width - 9).toFixed(1), cy: (y + 9).toFixed(1), r: 6, class: 'sev-dot' }),
    );
    group.addEventListener('click', () => onSelect(node.id, 'node'));
    group.addEventListener('keydown', (event) => {
      if ((event as KeyboardEvent).key === 'Enter' || (event as KeyboardEvent).key === ' ') {
        event.preventDefault();
        onSelect(node.id, 'node');
      }
    });
    nodes.set(node.id, group);
    root.append(group);
  }
  container.append(root);
  return { nodes, edges, root, width, height };
}

// ─── Zoom and pan ─────────────────────────────────────────────────────────────────────────────

const MIN_SCALE = 0.1;
const MAX_SCALE = 3;

interface Zoom {
  /** The whole graph in the frame (never enlarged past 100%). */
  fit(): void;
  set(scale: number, around?: { x: number; y: number }): void;
  by(factor: number, around?: { x: number; y: number }): void;
  /** Scrolls the frame so that a node is in its middle. */
  reveal(id: string): void;
}

/**
 * Zoom scales the SVG's drawn size (its viewBox stays the graph's), and the frame scrolls: the
 * wheel and the scroll bars pan, as does dragging the background; Ctrl/⌘ + wheel zooms around the
 * pointer. The buttons and the keys (+, −, 0 for 100%, F to fit) do the same from the keyboard.
 */
function zoomable(frame: HTMLElement, drawn: Drawn, readout: HTMLElement): Zoom {
  let scale = 1;
  const apply = (next: number, around = { x: frame.clientWidth / 2, y: frame.clientHeight / 2 }): void => {
    next = Math.min(MAX_SCALE, Math.max(MIN_SCALE, next));
    // The graph point under `around` (frame pixels) stays under it.
    const gx = (frame.scrollLeft + around.x) / scale;
    const gy = (frame.scrollTop + around.y) / scale;
    scale = next;
    drawn.root.setAttribute('width', (drawn.width * scale).toFixed(1));
    drawn.root.setAttribute('height', (drawn.height * scale).toFixed(1));
    frame.scrollLeft = gx * scale - around.x;
    frame.scrollTop = gy * scale - around.y;
    readout.textContent = `${Math.round(scale * 100)}%`;
    frame.dataset['scale'] = scale.toFixed(4);
  };
  const zoom: Zoom = {
    fit: () => {
      // The frame's height is capped by CSS (max-height), not by its content: fit against the cap.
      const cap = parseFloat(getComputedStyle(frame).maxHeight);
      const high = Number.isFinite(cap) ? cap : frame.clientHeight;
      const inner = (px: number): number => Math.max(50, px - 4);
      apply(Math.min(1, inner(frame.clientWidth) / drawn.width, inner(high) / drawn.height));
      frame.scrollLeft = 0;
      frame.scrollTop = 0;
    },
    set: (next, around) => apply(next, around),
    by: (factor, around) => apply(scale * factor, around),
    reveal: (id) => {
      const box = drawn.nodes.get(id)?.querySelector('rect');
      if (!box) return;
      const x = (Number(box.getAttribute('x')) + Number(box.getAttribute('width')) / 2) * scale;
      const y = (Number(box.getAttribute('y')) + Number(box.getAttribute('height')) / 2) * scale;
      frame.scrollLeft = x - frame.clientWidth / 2;
      frame.scrollTop = y - frame.clientHeight / 2;
    },
  };

  frame.addEventListener(
    'wheel',
    (event) => {
      if (!event.ctrlKey && !event.metaKey) return; // a plain wheel scrolls: that is panning
      event.preventDefault();
      const at = frame.getBoundingClientRect();
      zoom.by(event.deltaY < 0 ? 1.15 : 1 / 1.15, { x: event.clientX - at.left, y: event.clientY - at.top });
    },
    { passive: false },
  );
  let drag: { x: number; y: number; left: number; top: number; id: number } | undefined;
  frame.addEventListener('pointerdown', (event) => {
    // Boxes and arrows are for selecting; the background is for dragging.
    if (event.button !== 0 || (event.target as Element).closest('.node, .edge[data-severity]')) return;
    drag = { x: event.clientX, y: event.clientY, left: frame.scrollLeft, top: frame.scrollTop, id: event.pointerId };
    frame.setPointerCapture(event.pointerId);
    frame.classList.add('dragging');
  });
  frame.addEventListener('pointermove', (event) => {
    if (!drag || event.pointerId !== drag.id) return;
    frame.scrollLeft = drag.left - (event.clientX - drag.x);
    frame.scrollTop = drag.top - (event.clientY - drag.y);
  });
  const endDrag = (event: PointerEvent): void => {
    if (!drag || event.pointerId !== drag.id) return;
    drag = undefined;
    frame.classList.remove('dragging');
  };
  frame.addEventListener('pointerup', endDrag);
  frame.addEventListener('pointercancel', endDrag);
  frame.addEventListener('keydown', (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const act: Record<string, () => void> = {
      '+': () => zoom.by(1.25),
      '=': () => zoom.by(1.25),
      '-': () => zoom.by(0.8),
      '0': () => zoom.set(1),
      f: () => zoom.fit(),
      F: () => zoom.fit(),
    };
    const action = act[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  });
  apply(1);
  return zoom;
}

function zoomToolbar(zoom: () => Zoom | undefined, readout: HTMLElement): HTMLElement {
  const button = (text: string, label: string, action: (z: Zoom) => void, cls: string): HTMLButtonElement => {
    const b = el('button', { type: 'button', class: cls, 'aria-label': label, title: label }, text);
    b.addEventListener('click', () => {
      const z = zoom();
      if (z) action(z);
    });
    return b;
  };
  return el(
    'div',
    { class: 'graph-tools', role: 'toolbar', 'aria-label': 'Zoom', 'aria-controls': 'graph' },
    button('\u2212', 'Zoom out (−)', (z) => z.by(0.8), 'zoom-out'),
    readout,
    button('+', 'Zoom in (+)', (z) => z.by(1.25), 'zoom-in'),
    button('Fit', 'Fit the graph to the frame (F)', (z) => z.fit(), 'zoom-fit'),
    button('100%', 'Actual size (0)', (z) => z.set(1), 'zoom-reset'),
    el('span', { class: 'muted hint' }, 'Drag or scroll to pan; Ctrl + wheel zooms.'),
  );
}

function kindName(kind: GraphNode['kind']): string {
  return kind.replace(/-/g, ' ');
}

/** Everything upstream of `id`: what makes it reachable. */
function upstream(edges: readonly GraphEdge[], id: string): Set<string> {
  const into = new Map<string, string[]>();
  for (const e of edges) into.set(e.to, [...(into.get(e.to) ?? []), e.from]);
  const seen = new Set<string>();
  const stack = [id];
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (seen.has(next)) continue;
    seen.add(next);
    stack.push(...(into.get(next) ?? []));
  }
  return seen;
}

/** One shortest way in from the internet node, as node IDs, when there is one. */
function wayIn(edges: readonly GraphEdge[], id: string): string[] | undefined {
  const from = new Map<string, string>();
  const queue = ['internet'];
  const seen = new Set(queue);
  while (queue.length > 0) {
    const at = queue.shift()!;
    if (at === id) break;
    for (const e of edges) {
      if (e.from === at && !seen.has(e.to)) {
        seen.add(e.to);
        from.set(e.to, at);
        queue.push(e.to);
      }
    }
  }
  if (!seen.has(id) || id === 'internet') return undefined;
  const path = [id];
  while (path[0] !== 'internet') path.unshift(from.get(path[0]!)!);
  return path;
}

// ─── The table ────────────────────────────────────────────────────────────────────────────────

type SortKey = 'severity' | 'rule' | 'location' | 'resource' | 'message';

const COLUMNS: ReadonlyArray<{ key: SortKey; title: string }> = [
  { key: 'severity', title: 'Severity' },
  { key: 'rule', title: 'Rule' },
  { key: 'location', title: 'Location' },
  { key: 'resource', title: 'Resource' },
  { key: 'message', title: 'Finding' },
];

function compareBy(key: SortKey): (a: PageFinding, b: PageFinding) => number {
  const text = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  switch (key) {
    case 'severity':
      return (a, b) => rank(a.severity) - rank(b.severity);
    case 'rule':
      return (a, b) => text(a.ruleId, b.ruleId);
    case 'location':
      return (a, b) => text(a.file, b.file) || a.line - b.line || a.column - b.column;
    case 'resource':
      return (a, b) => text(a.resource ?? '', b.resource ?? '');
    case 'message':
      return (a, b) => text(a.message, b.message);
  }
}

interface TableState {
  sort: SortKey | undefined;
  descending: boolean;
}

/** What selects a finding's box (or arrow) in the graph, when it has one. */
type ShowInGraph = (finding: PageFinding) => (() => void) | undefined;

function findingRow(
  finding: PageFinding,
  rules: ReadonlyMap<string, PageRule>,
  accepted: boolean,
  showInGraph: ShowInGraph,
): HTMLTableRowElement {
  const show = showInGraph(finding);
  const showButton = show && el('button', { type: 'button', class: 'show-in-graph' }, 'Show in graph');
  if (showButton && show) showButton.addEventListener('click', show);
  const rule = rules.get(finding.ruleId);
  const page = el('details', { class: 'rule-docs' }, el('summary', {}, 'Rule page'));
  // Rendered when first opened: most pages are never read, and a report may hold hundreds of rows.
  page.addEventListener('toggle', () => {
    if (page.open && page.childElementCount === 1) {
      page.append(rule?.docs !== undefined ? renderMarkdown(rule.docs) : el('p', {}, rule?.description ?? ''));
      if (rule)
        page.append(
          el(
            'p',
            { class: 'muted' },
            'Online: ',
            el('a', { href: rule.url, rel: 'noopener noreferrer', target: '_blank' }, rule.url),
          ),
        );
    }
  });
  return el(
    'tr',
    { 'data-severity': finding.severity, 'data-rule': finding.ruleId },
    el('td', {}, severityBadge(finding.severity)),
    el('td', {}, el('code', { class: 'rule' }, finding.ruleId)),
    el('td', { class: 'location' }, `${finding.file}:${finding.line}:${finding.column}`),
    el('td', { class: 'resource' }, finding.resource ?? '', showButton && el('br'), showButton),
    el(
      'td',
      {},
      el('div', { class: 'message' }, ...messageNodes(finding.message)),
      finding.fix !== undefined && el('div', { class: 'fix' }, el('strong', {}, 'Fix: '), ...messageNodes(finding.fix)),
      accepted &&
        el(
          'div',
          { class: 'fix' },
          el('strong', {}, finding.status === 'baseline' ? 'In the baseline' : 'Suppressed: '),
          finding.justification ?? '',
        ),
      page,
    ),
  );
}

function findingsTable(
  findings: readonly PageFinding[],
  rules: ReadonlyMap<string, PageRule>,
  accepted: boolean,
  caption: string,
  showInGraph: ShowInGraph,
): { table: HTMLTableElement; render: (filter: (f: PageFinding) => boolean) => void } {
  const state: TableState = { sort: undefined, descending: false };
  const body = el('tbody');
  const headers = COLUMNS.map(({ key, title }) => {
    const button = el('button', { type: 'button', class: 'sort' }, title);
    const th = el('th', { scope: 'col', 'data-key': key, 'aria-sort': 'none' }, button);
    button.addEventListener('click', () => {
      state.descending = state.sort === key ? !state.descending : false;
      state.sort = key;
      for (const other of headers)
        other.setAttribute('aria-sort', other === th ? (state.descending ? 'descending' : 'ascending') : 'none');
      render(current);
    });
    return th;
  });
  const table = el(
    'table',
    { class: 'findings' },
    el('caption', {}, caption),
    el('thead', {}, el('tr', {}, ...headers)),
    body,
  );
  let current: (f: PageFinding) => boolean = () => true;
  const render = (filter: (f: PageFinding) => boolean): void => {
    current = filter;
    let rows = findings.filter(filter);
    if (state.sort) {
      const compare = compareBy(state.sort);
      rows = [...rows].sort((a, b) => (state.descending ? -compare(a, b) : compare(a, b)));
    }
    body.replaceChildren(...rows.map((f) => findingRow(f, rules, accepted, showInGraph)));
    if (rows.length === 0) body.append(el('tr', {}, el('td', { colspan: '5', class: 'muted' }, 'No finding matches.')));
  };
  render(current);
  return { table, render };
}

// ─── The page ─────────────────────────────────────────────────────────────────────────────────

function main(): void {
  const source = document.getElementById('report-data');
  const app = document.getElementById('app');
  if (!source || !app) return;
  const data = JSON.parse(source.textContent ?? '{}') as PageData;
  const rules = new Map(data.rules.map((r) => [r.id, r]));
  app.replaceChildren();

  app.append(
    el(
      'header',
      {},
      el('h1', {}, 'Identity architecture report'),
      el('p', { class: 'summary' }, data.summary),
      el('p', { class: 'muted' }, `${data.tool} · ${data.files.length} file(s): ${data.files.join(', ')}`),
    ),
  );
  if (data.notifications.length > 0)
    app.append(el('ul', { class: 'notes' }, ...data.notifications.map((n) => el('li', {}, n))));

  // Graph and the details of what is selected in it.
  const section = el('section', { class: 'graph-section', 'aria-label': 'Graph' });
  const legend = el(
    'p',
    { class: 'legend muted' },
    'Arrows show how access flows; red arrows start at ',
    el('strong', {}, 'Anyone on the internet'),
    '. A dot marks the worst open finding of a box. Select a box to list its findings and highlight what makes it reachable.',
  );
  const canvas = el('div', {
    class: 'graph',
    id: 'graph',
    tabindex: '0',
    'aria-label': 'Graph: + and − zoom, 0 shows it at 100%, F fits it, the arrow keys pan',
  });
  const readout = el('output', { class: 'zoom-level', 'aria-live': 'polite' }, '100%');
  let zoom: Zoom | undefined;
  const details = el(
    'aside',
    { class: 'details', id: 'details', 'aria-live': 'polite' },
    el('p', { class: 'muted' }, 'Nothing selected.'),
  );
  section.append(
    el('h2', {}, 'Who can reach what'),
    legend,
    zoomToolbar(() => zoom, readout),
    el('div', { class: 'graph-row' }, canvas, details),
  );
  app.append(section);

  const graph = data.graph;
  const byId = new Map((graph?.nodes ?? []).map((n) => [n.id, n]));
  // Assigned once `select`, which the drawing calls back, exists.
  // eslint-disable-next-line prefer-const
  let drawn: Drawn | undefined;
  const select = (id: string, kind: 'node' | 'edge'): void => {
    if (!graph || !drawn) return;
    const edge = kind === 'edge' ? graph.edges.find((e) => e.id === id) : undefined;
    const target = edge ? edge.from : id;
    const lit = upstream(graph.edges, target);
    if (!edge) lit.add(id);
    drawn.root.classList.add('has-selection');
    for (const [nodeId, g] of drawn.nodes) {
      g.classList.toggle('on-path', lit.has(nodeId) || (edge !== undefined && nodeId === edge.to));
      g.classList.toggle('selected', nodeId === id);
    }
    for (const [edgeId, g] of drawn.edges) {
      const e = graph.edges.find((x) => x.id === edgeId)!;
      g.classList.toggle('on-path', (lit.has(e.from) && lit.has(e.to)) || edgeId === id);
      g.classList.toggle('selected', edgeId === id);
    }
    const findings = (edge ?? byId.get(id))?.findings ?? [];
    const title = edge
      ? `${byId.get(edge.from)?.label ?? ''} → ${byId.get(edge.to)?.label ?? ''}`
      : (byId.get(id)?.label ?? '');
    const way = wayIn(graph.edges, target);
    const wayText = way?.map((n) => byId.get(n)?.label ?? n);
    if (edge && wayText) wayText.push(byId.get(edge.to)?.label ?? edge.to);
    details.replaceChildren(
      el('h3', {}, title),
      el(
        'p',
        { class: 'muted' },
        edge ? edge.label : (byId.get(id)?.detail ?? kindName(byId.get(id)?.kind ?? 'target')),
      ),
      wayText
        ? el('p', { class: 'way-in' }, el('strong', {}, 'Reachable: '), wayText.join(' → '))
        : el('p', { class: 'muted' }, 'Not reachable from the internet in the linted files.'),
      findings.length === 0
        ? el('p', { class: 'muted' }, 'No finding here.')
        : el(
            'ul',
            { class: 'node-findings' },
            ...findings.map((i) => {
              const f = data.findings[i]!;
              return el(
                'li',
                { 'data-status': f.status },
                severityBadge(f.severity),
                ' ',
                el('code', { class: 'rule' }, f.ruleId),
                f.status !== 'open' ? ` (${f.status}) ` : ' ',
                ...messageNodes(f.message),
              );
            }),
          ),
    );
  };
  drawn = drawGraph(data, canvas, select);
  if (drawn) {
    zoom = zoomable(canvas, drawn, readout);
    // A graph a little wider than its frame starts fitted (text stays readable); a much wider one starts at 100% and pans.
    if (drawn.width > canvas.clientWidth && canvas.clientWidth / drawn.width >= 0.6) zoom.fit();
  } else section.querySelector('.graph-tools')?.remove();
  if (!drawn)
    canvas.append(
      el(
        'p',
        { class: 'muted' },
        graph ? 'No identity architecture was found in the linted files.' : 'This report was made without the graph.',
      ),
    );

  // Findings: open ones with filters, accepted ones apart.
  const open = data.findings.filter((f) => f.status === 'open');
  const accepted = data.findings.filter((f) => f.status !== 'open');
  const severity = el(
    'select',
    { id: 'filter-severity', 'aria-label': 'Severity at least' },
    el('option', { value: '' }, 'any severity'),
    ...SEVERITIES.map((s) => el('option', { value: s }, `${s} and worse`)),
  );
  const ruleFilter = el('input', {
    type: 'search',
    id: 'filter-rule',
    placeholder: 'rule',
    'aria-label': 'Rule contains',
  });
  const fileFilter = el('input', {
    type: 'search',
    id: 'filter-file',
    placeholder: 'file',
    'aria-label': 'File contains',
  });
  const resourceFilter = el('input', {
    type: 'search',
    id: 'filter-resource',
    placeholder: 'resource',
    'aria-label': 'Resource contains',
  });
  // Each finding's place in the graph: the first box it hangs on, else the first arrow.
  const placeOf = new Map<PageFinding, { id: string; kind: 'node' | 'edge' }>();
  for (const [kind, items] of [
    ['node', graph?.nodes ?? []],
    ['edge', graph?.edges ?? []],
  ] as const) {
    for (const item of items)
      for (const i of item.findings)
        if (data.findings[i] && !placeOf.has(data.findings[i]!)) placeOf.set(data.findings[i]!, { id: item.id, kind });
  }
  const showInGraph: ShowInGraph = (finding) => {
    const place = placeOf.get(finding);
    if (!place || !drawn) return undefined;
    return () => {
      select(place.id, place.kind);
      const nodeId = place.kind === 'node' ? place.id : graph?.edges.find((e) => e.id === place.id)?.from;
      section.scrollIntoView({ block: 'start' });
      if (nodeId) {
        zoom?.reveal(nodeId);
        (drawn?.nodes.get(nodeId) as SVGGElement | undefined)?.focus({ preventScroll: true });
      }
    };
  };
  const openTable = findingsTable(open, rules, false, `${open.length} open finding(s)`, showInGraph);
  const acceptedTable = findingsTable(
    accepted,
    rules,
    true,
    `${accepted.length} suppressed or baseline-accepted finding(s)`,
    showInGraph,
  );
  const applyFilters = (): void => {
    const limit = severity.value === '' ? SEVERITIES.length : rank(severity.value as Severity);
    const has = (value: string | undefined, input: HTMLInputElement): boolean =>
      input.value === '' || (value ?? '').toLowerCase().includes(input.value.toLowerCase());
    const filter = (f: PageFinding): boolean =>
      rank(f.severity) <= limit &&
      has(f.ruleId, ruleFilter) &&
      has(f.file, fileFilter) &&
      has(f.resource, resourceFilter);
    openTable.render(filter);
    acceptedTable.render(filter);
  };
  for (const input of [severity, ruleFilter, fileFilter, resourceFilter]) input.addEventListener('input', applyFilters);
  app.append(
    el(
      'section',
      { class: 'table-section' },
      el('h2', {}, 'Findings'),
      el('div', { class: 'filters' }, severity, ruleFilter, fileFilter, resourceFilter),
      openTable.table,
    ),
    accepted.length > 0
      ? el('section', { class: 'table-section accepted' }, el('h2', {}, 'Accepted findings'), acceptedTable.table)
      : '',
  );
}

main();
