// Composition root of the client: one store, the canvas and the panels around it, wired by events.
// Every change goes through the store; one subscriber brings the canvas, the URL and the panels along.
import { api } from './api.ts';
import { createConsole } from './console/console.ts';
import { createDetails } from './details.ts';
import { $, toast } from './dom.ts';
import { createExportMenu } from './export.ts';
import { createLegend } from './legend.ts';
import { createPaths } from './paths.ts';
import { createReader } from './reader.ts';
import { attachSuggest } from './search.ts';
import { installShortcuts } from './shortcuts.ts';
import { edgePasses, nodePasses, Store, withGraph } from './state.ts';
import { typeOf } from './theme.ts';
import { createTimeline } from './timeline.ts';
import type { ArticleSummary, GraphEdge, GraphNode, GraphPayload, Lang, LayoutName, NodeDetails, ViewState } from './types.ts';
import { decodeView, encodeView } from './url.ts';
import { createCanvas, type CanvasModel } from './view/canvas.ts';

/** Neighbours loaded by one expansion; the rest wait behind the "N more" badge. */
const EXPAND_LIMIT = 20;
/** The starting view: the most-mentioned entities and the links among them (not the whole hairball). */
const HOME_SIZE = 40;
const MORE_LIMIT = 1000;

const store = new Store(decodeView(location.search));
let articles = new Map<string, ArticleSummary>();
let pinyin: ((s: string) => string) | null = null;
let keepReader = false;
/** The details a search pick or a mention already fetched, so selecting it does not fetch them again. */
let picked: { id: string; details: Promise<NodeDetails> } | null = null;

// ---- label language ------------------------------------------------------------------------------
function label(n: GraphNode): string {
  switch (store.state.lang) {
    case 'en':
      return n.en ? String(n.en) : n.name;
    case 'py':
      return pinyin ? pinyin(n.name) : String(n.pinyin ?? n.name);
    default:
      return n.name;
  }
}
async function loadPinyin() {
  if (pinyin) return;
  const m = await import('pinyin-pro');
  pinyin = (s) => m.pinyin(s, { toneType: 'symbol', nonZh: 'consecutive' });
}

// ---- the canvas and its model ----------------------------------------------------------------------
const canvas = createCanvas($('#cy'), {
  select: (id, kind) => select(id, kind === 'edge'),
  expand: (id) => void expand(id),
  more: (id) => void expand(id, MORE_LIMIT),
});

function model(v: ViewState): CanvasModel {
  const nodes = v.nodes.map((id) => store.nodeData.get(id)).filter((n): n is GraphNode => !!n);
  const onCanvas = new Set(nodes.map((n) => n.id));
  const edges = v.edges.map((id) => store.edgeData.get(id)).filter((e): e is GraphEdge => !!e && onCanvas.has(e.source) && onCanvas.has(e.target));
  const filtered = new Set<string>();
  for (const n of nodes) if (!nodePasses(n, v)) filtered.add(n.id);
  for (const e of edges) if (!edgePasses(e, v) || filtered.has(e.source) || filtered.has(e.target)) filtered.add(e.id);
  return { nodes, edges, more: v.more, filtered, label, selected: v.selected, path: v.path };
}

// ---- panels ------------------------------------------------------------------------------------------
const reader = createReader($('#reader'), {
  mention: (id) => {
    keepReader = true;
    void focusEntity(id, false);
  },
  close: () => closeReader(),
});
function closeReader() {
  $('#reader').hidden = true;
  $('#details').hidden = false;
}

const details = createDetails($('#details'), () => articles, {
  expand: (id) => void expand(id),
  expandGroup: (id, type, direction) => void expand(id, EXPAND_LIMIT, { types: [type], direction }),
  collapse,
  hide: (id) => store.removeNodes([id], 'hide'),
  pathFrom: (id) => paths.set('from', id, store.nodeData.get(id)?.name ?? id),
  pathTo: (id) => paths.set('to', id, store.nodeData.get(id)?.name ?? id),
  select: (id) => void focusEntity(id, false),
  fact: (f) => {
    const { direction: _direction, other, ...edge } = f;
    if (!store.state.edges.includes(edge.id)) store.addGraph({ nodes: [other], edges: [edge], truncated: false }, 'fact');
    select(edge.id, true);
  },
  evidence: (ev, entity) => {
    $('#details').hidden = true;
    void reader.open(ev.article, ev.start >= 0 ? { start: ev.start, end: ev.end } : null, entity).catch(() => closeReader());
  },
});

const legend = createLegend($('#legend'), {
  labels: (hidden) => store.update({ hiddenLabels: hidden }, 'filter'),
  types: (hidden) => store.update({ hiddenTypes: hidden }, 'filter'),
});

const timeline = createTimeline($('#timeline'), {
  year: (y) => store.update({ reportedBy: y }, 'filter'),
  article: (a) => store.update({ article: a }, 'filter'),
  proposed: (hide) => store.update({ hideProposed: hide }, 'filter'),
});

const paths = createPaths($('#paths'), {
  found: (r) => {
    void withConnections(r).then((g) => {
      store.cache(g);
      store.set({ ...withGraph(store.state, g), path: r.paths[0] }, 'path');
    });
  },
  clear: () => store.update({ path: [] }, 'path', false),
});

const cypher = createConsole($('#console'), {
  show: (result, replace) => void withConnections(result.graph, replace).then((g) => store.addGraph(g, 'query', { replace })),
  focus: (id) => void focusEntity(id, false),
  resized: () => canvas.resize(),
});

createExportMenu($('#export-button') as HTMLButtonElement, $('#export-menu'), {
  selection: () => canvas.selection(),
  view: () => canvas.visible(),
  query: () => {
    const g = cypher.lastResult()?.result.graph;
    return g ? { nodes: g.nodes.map((n) => n.id), edges: g.edges.map((e) => e.id) } : null;
  },
  png: () => canvas.png(),
  svg: () => canvas.svg(),
});

// ---- actions -------------------------------------------------------------------------------------------
function select(id: string | null, isEdge = false) {
  if (id && id === store.state.selected) return;
  store.update({ selected: id }, 'select', false);
  void isEdge;
}

function showSelection(id: string | null) {
  if (!keepReader) closeReader();
  keepReader = false;
  if (!id) return details.empty();
  const edge = store.edgeData.get(id);
  if (edge && store.state.edges.includes(id)) return details.showEdge(edge, store.nodeData);
  const pending = picked?.id === id ? picked.details : undefined;
  picked = null;
  void details.showNode(id, store.nodeData.get(id), pending);
}

/**
 * The canvas shows every relationship among its nodes (as Neo4j Browser's "connect result nodes"), so a
 * shared link, which restores exactly that, shows the same picture. New nodes get their links to the
 * rest of the canvas (and to each other) here.
 */
async function withConnections(g: GraphPayload, replace = false): Promise<GraphPayload> {
  const onCanvas = new Set(replace ? [] : store.state.nodes);
  const fresh = g.nodes.map((n) => n.id).filter((id) => !onCanvas.has(id));
  if (!fresh.length || fresh.length + onCanvas.size < 2) return g;
  try {
    const res = await api.subgraph([...onCanvas, ...fresh], true);
    const touchesFresh = (e: GraphEdge) => fresh.includes(e.source) || fresh.includes(e.target);
    return { ...g, nodes: [...g.nodes, ...res.nodes.filter((n) => fresh.includes(n.id))], edges: [...g.edges, ...res.edges.filter(touchesFresh)] };
  } catch {
    return g; // connecting is a nicety; the elements themselves arrived
  }
}

/** One round trip: the server answers the neighbours and every fact between them and the canvas. */
async function expand(id: string, limit = EXPAND_LIMIT, only?: { types: string[]; direction: 'out' | 'in' }) {
  let res;
  try {
    res = await api.expand(id, limit, store.state.nodes, only);
  } catch {
    return;
  }
  const before = store.state.nodes.length;
  // one group's remainder says nothing about the entity's other neighbours: the badge keeps its count
  store.addGraph(res, limit === MORE_LIMIT ? 'more' : 'expand', only ? {} : { more: { [id]: res.omitted.total } });
  const added = store.state.nodes.length - before;
  if (!added && limit !== MORE_LIMIT) toast(res.nodes.length > 1 ? '邻居都已在画布上' : '这个实体没有更多关系', 'info');
}

/** Search pick, reader mention, table cell: put the entity (with its neighbours) on the canvas and centre it. */
async function focusEntity(id: string, loadNeighbours: boolean) {
  const onCanvas = store.state.nodes.includes(id);
  if (loadNeighbours || !onCanvas) {
    if (loadNeighbours) await expand(id);
    else {
      try {
        const pending = api.node(id);
        picked = { id, details: pending };
        const d = await pending;
        const g = await withConnections({ nodes: [d.node], edges: [], truncated: false });
        store.addGraph(g, 'add');
      } catch {
        picked = null;
        return;
      }
    }
  }
  // clear filters that would hide it, rather than focusing on nothing
  const n = store.nodeData.get(id);
  if (n && store.state.hiddenLabels.includes(typeOf(n.labels))) store.update({ hiddenLabels: store.state.hiddenLabels.filter((l) => l !== typeOf(n.labels)) }, 'filter');
  select(id);
  setTimeout(() => canvas.focus(id), onCanvas ? 0 : 500);
}

function collapse(id: string) {
  const leaves = store.leavesOf(id).filter((x) => x !== store.state.selected || x === id);
  const more = { ...store.state.more };
  delete more[id];
  if (!leaves.length && !store.state.more[id]) return toast('没有可折叠的邻居（只折叠仅与它相连的节点）', 'info');
  store.set({ ...store.state, more, nodes: store.state.nodes.filter((n) => !leaves.includes(n)), edges: store.state.edges.filter((eid) => {
    const e = store.edgeData.get(eid);
    return e && !leaves.includes(e.source) && !leaves.includes(e.target);
  }) }, 'collapse');
}

async function home() {
  try {
    const g = await api.overview({ limit: HOME_SIZE });
    store.addGraph(g, 'home', { replace: true, select: null });
  } catch {
    /* toast shown */
  }
}

async function overview() {
  try {
    const g = await api.overview({ reportedBy: store.state.reportedBy, articles: store.state.article });
    store.addGraph(g, 'overview', { replace: true, select: null });
    if (g.truncated) toast('总览已截断：实体太多', 'info');
  } catch {
    /* toast shown */
  }
}

// ---- the one subscriber ------------------------------------------------------------------------------
function countBy<T>(items: T[], key: (x: T) => string) {
  const m = new Map<string, number>();
  for (const x of items) m.set(key(x), (m.get(key(x)) ?? 0) + 1);
  return m;
}

store.subscribe(({ state, prev, added, reason }) => {
  const m = model(state);
  const moved = reason === 'restore' || reason === 'load' ? state.nodes : added;
  canvas.render(m, moved, state.layout);
  const q = encodeView(state);
  history.replaceState(null, '', q ? `?${q}` : location.pathname);
  legend.render({
    typeCounts: countBy(m.nodes, (n) => typeOf(n.labels)),
    relCounts: countBy(m.edges, (e) => e.type),
    hiddenLabels: state.hiddenLabels,
    hiddenTypes: state.hiddenTypes,
  });
  timeline.render(state.reportedBy, state.article, state.hideProposed);
  ($('#undo') as HTMLButtonElement).disabled = !store.canUndo;
  ($('#redo') as HTMLButtonElement).disabled = !store.canRedo;
  for (const b of document.querySelectorAll<HTMLButtonElement>('#lang button')) b.setAttribute('aria-pressed', String(b.dataset.lang === state.lang));
  ($('#layout-select') as HTMLSelectElement).value = state.layout;
  const shownNodes = m.nodes.filter((n) => !m.filtered.has(n.id)).length;
  const shownEdges = m.edges.filter((e) => !m.filtered.has(e.id)).length;
  const hiddenCount = m.nodes.length - shownNodes;
  $('#status').textContent = `${shownNodes} 个实体 · ${shownEdges} 条关系${hiddenCount ? ` · ${hiddenCount} 个被筛选隐藏` : ''}${canvas.renderer === 'webgl' ? ' · WebGL' : ''}`;
  if (state.selected !== prev.selected || reason === 'restore' || reason === 'load') showSelection(state.selected);
});

// ---- toolbar, search, shortcuts -----------------------------------------------------------------------
const searchInput = $('#search-input') as HTMLInputElement;
attachSuggest(searchInput, (r) => void focusEntity(r.id, true));

$('#undo').addEventListener('click', () => store.undo());
$('#redo').addEventListener('click', () => store.redo());
$('#home').addEventListener('click', () => void home());
$('#overview').addEventListener('click', () => void overview());
$('#clear').addEventListener('click', () => store.set({ ...store.state, nodes: [], edges: [], more: {}, selected: null, path: [] }, 'clear'));
$('#relayout').addEventListener('click', () => canvas.runLayout(store.state.layout));
$('#fit').addEventListener('click', () => canvas.fit());
$('#layout-select').addEventListener('change', (e) => {
  const name = (e.target as HTMLSelectElement).value as LayoutName;
  store.update({ layout: name }, 'layout', false);
  canvas.runLayout(name);
});
for (const b of document.querySelectorAll<HTMLButtonElement>('#lang button'))
  b.addEventListener('click', async () => {
    const lang = b.dataset.lang as Lang;
    if (lang === 'py') await loadPinyin();
    store.update({ lang }, 'lang', false);
  });
$('#paths-button').addEventListener('click', () => paths.toggle());
$('#console-button').addEventListener('click', () => {
  cypher.toggle();
  if (cypher.isOpen) void schemaOnce();
});

let schemaLoaded = false;
async function schemaOnce() {
  if (schemaLoaded) return;
  schemaLoaded = true;
  try {
    cypher.setSchema(await api.schema());
  } catch {
    schemaLoaded = false;
  }
}

installShortcuts({
  search: () => searchInput.focus(),
  undo: () => store.undo(),
  redo: () => store.redo(),
  hideSelection: () => {
    const sel = canvas.selection().nodes;
    if (sel.length) store.removeNodes(sel, 'hide');
  },
  escape: () => {
    if (!$('#export-menu').hidden) return ($('#export-menu').hidden = true);
    if (!$('#reader').hidden) return closeReader();
    if (document.activeElement === searchInput) return searchInput.blur();
    if (!$('#paths').hidden) return paths.close();
    if (cypher.isOpen) return cypher.close();
    if (store.state.path.length) return store.update({ path: [] }, 'path', false);
    select(null);
  },
});

// ---- start -------------------------------------------------------------------------------------------------
async function start() {
  details.empty();
  const list = api.articles().then((r) => {
    articles = new Map(r.articles.map((a) => [a.id, a]));
    timeline.setArticles(r.articles);
    timeline.render(store.state.reportedBy, store.state.article, store.state.hideProposed);
  });
  if (store.state.lang === 'py') await loadPinyin();
  const initial = store.state;
  if (initial.nodes.length) {
    // a shared link: the same entities with every relationship among them
    try {
      const res = await api.subgraph(initial.nodes);
      store.cache(res);
      const known = new Set(res.nodes.map((n) => n.id));
      store.set({ ...initial, nodes: initial.nodes.filter((id) => known.has(id)), edges: res.edges.map((e) => e.id) }, 'restore', false);
    } catch {
      await home();
    }
  } else {
    try {
      const g = await api.overview({ limit: HOME_SIZE });
      store.cache(g);
      store.set({ ...initial, nodes: g.nodes.map((n) => n.id), edges: g.edges.map((e) => e.id) }, 'load', false);
    } catch {
      /* toast shown */
    }
  }
  await list.catch(() => undefined);
  document.body.dataset.ready = 'true';
}

(window as unknown as { __kg: unknown }).__kg = { store, canvas };
void start();
