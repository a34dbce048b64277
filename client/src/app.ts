// Composition root of the client: one store, the canvas and the panels around it, wired by events.
// Every change goes through the store; one subscriber brings the canvas, the URL and the panels along.
import { api } from './api.ts';
import { createConsole } from './console/console.ts';
import { $, h, toast } from './dom.ts';
import { createContextMenu, groupTitle } from './panels/context-menu.ts';
import { createDetails } from './panels/details.ts';
import { createDashboard } from './figures/dashboard.ts';
import { createExportMenu } from './panels/export.ts';
import { createLegend } from './panels/legend.ts';
import { createPaths } from './panels/paths.ts';
import { freeArea, pathViewport } from './panels/path-view.ts';
import { confirmDialog } from './panels/dialog.ts';
import { createScenes } from './panels/scenes.ts';
import { createSelection } from './panels/selection.ts';
import { sceneOf, viewOfScene } from './state/scene.ts';
import type { Scene } from '../../model/scene.ts';
import { createReader } from './panels/reader.ts';
import { attachSuggest } from './panels/search.ts';
import { createTimeline } from './panels/timeline.ts';
import { createToolbar } from './panels/toolbar.ts';
import { mountReview } from './review/review.ts';
import type { Settings } from './settings.ts';
import { installShortcuts } from './shortcuts.ts';
import { createActions } from './state/actions.ts';
import { edgePasses, nodePasses, Store, withGraph } from './state/store.ts';
import { decodeLinkCamera, decodeView, encodeView } from './state/url.ts';
import { SceneLink } from './state/scene-link.ts';
import { typeOf } from './theme.ts';
import { groupKey, type ArticleSummary, type GraphEdge, type GraphNode, type Lang, type ViewState } from './types.ts';
import { createCanvas } from './view/canvas.ts';
import { groupNodeId, recall } from './view/explore.ts';
import type { CanvasModel, MenuTarget } from './view/renderer.ts';
import { loadPinyin, pinyinOf } from './i18n/pinyin.ts';
import { displayName, t } from './i18n/index.ts';
import { uiLang } from './i18n/lang.ts';

export function mountExplorer(settings: Settings): void {
  const store = new Store(decodeView(location.search, settings.layout));
  let articles = new Map<string, ArticleSummary>();
  let keepReader = false;

  // ---- label language ----------------------------------------------------------------------------
  function label(n: GraphNode): string {
    switch (store.state.lang) {
      case 'en':
        return n.en ? String(n.en) : n.name;
      case 'py':
        return pinyinOf(n.name, n.pinyin);
      default:
        return n.name;
    }
  }

  // ---- the canvas and the actions ------------------------------------------------------------------
  const canvas = createCanvas($('#cy'), {
    select: (id) => act.select(id),
    expand: (id) => void act.expand(id),
    more: (id) => void act.expand(id, settings.moreLimit),
    group: (center, key) => void act.expandGroup(center, key, false, confirmMany),
    menu: (target, at) => openMenu(target, at),
    moved: () => writeUrl(),
    selectionChanged: () => renderSelection(),
  });
  const act = createActions(store, settings, {
    notice: (message) => toast(message, 'info'),
    focus: (id, fresh) => setTimeout(() => canvas.focus(id), fresh ? 500 : 0),
  });

  function model(v: ViewState): CanvasModel {
    const nodes = v.nodes.map((id) => store.nodeData.get(id)).filter((n): n is GraphNode => !!n);
    const onCanvas = new Set(nodes.map((n) => n.id));
    const edges = v.edges.map((id) => store.edgeData.get(id)).filter((e): e is GraphEdge => !!e && onCanvas.has(e.source) && onCanvas.has(e.target));
    const filtered = new Set<string>();
    for (const n of nodes) if (!nodePasses(n, v)) filtered.add(n.id);
    for (const e of edges) if (!edgePasses(e, v) || filtered.has(e.source) || filtered.has(e.target)) filtered.add(e.id);
    return { nodes, edges, more: v.more, filtered, label, selected: v.selected, path: v.path, groups: v.groups, pinned: v.pinned };
  }

  /** "All" of a big group asks first: past `warnAbove` nodes the canvas stops being readable. */
  const confirmMany = (count: number) => confirmDialog(t('confirm.many', { n: count }), { ok: t('confirm.manyOk') });

  // ---- the right-click menu -------------------------------------------------------------------------
  const menu = createContextMenu(document.body.appendChild(h('div#context-menu.menu')));
  function openMenu(target: MenuTarget, at: { x: number; y: number }) {
    if (target.kind === 'node') {
      const id = target.id;
      return menu.node(at, displayName(store.nodeData.get(id) ?? { name: id }), {
        expand: () => void act.expand(id),
        expandDirection: (direction) => void act.expand(id, settings.expandLimit, { direction }),
        expandGroup: (g) => void act.expand(id, settings.expandLimit, { types: [g.type], labels: [g.label], direction: g.direction }),
        groups: () => act.groupsFor(id),
        selectNeighbours: () => canvas.selectMany([id, ...canvas.neighbours(id)]),
        pinned: store.state.pinned.includes(id),
        togglePin: () => act.togglePin([id]),
        hide: () => store.removeNodes([id], 'hide'),
        collapse: () => act.collapse(id),
        pathFrom: () => paths.set('from', id, displayName(store.nodeData.get(id) ?? { name: id })),
        pathTo: () => paths.set('to', id, displayName(store.nodeData.get(id) ?? { name: id })),
      });
    }
    if (target.kind === 'group') {
      const g = store.state.groups[target.center]?.find((x) => groupKey(x) === target.key);
      if (!g) return;
      return menu.group(at, {
        title: `${displayName(store.nodeData.get(target.center) ?? { name: '' })} · ${groupTitle(g, g.left)}`,
        left: g.left,
        pageSize: settings.expandLimit,
        next: () => void act.expandGroup(target.center, target.key, false, confirmMany),
        all: () => void act.expandGroup(target.center, target.key, true, confirmMany),
        remove: () => act.dropGroup(target.center, target.key),
      });
    }
    menu.canvas(at, {
      fit: () => canvas.fit(),
      relayout: () => canvas.runLayout(store.state.layout),
      pinnedCount: store.state.pinned.length,
      unpinAll: () => store.update({ pinned: [] }, 'unpin'),
    });
  }

  // ---- panels ---------------------------------------------------------------------------------------
  const reader = createReader($('#reader'), {
    mention: (id) => {
      keepReader = true;
      void act.focusEntity(id, false);
    },
    close: () => closeReader(),
  });
  function closeReader() {
    $('#reader').hidden = true;
    $('#details').hidden = false;
  }

  const details = createDetails($('#details'), () => articles, {
    expand: (id) => void act.expand(id),
    expandGroup: (id, type, direction) => void act.expand(id, settings.expandLimit, { types: [type], direction }),
    collapse: (id) => act.collapse(id),
    hide: (id) => store.removeNodes([id], 'hide'),
    pathFrom: (id) => paths.set('from', id, displayName(store.nodeData.get(id) ?? { name: id })),
    pathTo: (id) => paths.set('to', id, displayName(store.nodeData.get(id) ?? { name: id })),
    select: (id) => void act.focusEntity(id, false),
    fact: (f) => {
      const { direction: _direction, other, ...edge } = f;
      if (!store.state.edges.includes(edge.id)) store.addGraph({ nodes: [other], edges: [edge], truncated: false }, 'fact');
      act.select(edge.id);
      bringIntoSight([edge.source, edge.target]);
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
    found: (r, i) =>
      act.withConnections(r).then((g) => {
        store.cache(g);
        store.set({ ...withGraph(store.state, g), path: r.paths[i] }, 'path');
        bringIntoSight(r.paths[i]);
      }),
    step: (edgeId) => act.select(edgeId),
    clear: () => store.update({ path: [] }, 'path', false),
    name: (id) => displayName(store.nodeData.get(id) ?? { name: id }),
  });

  const cypher = createConsole($('#console'), {
    show: (result, replace) => void act.withConnections(result.graph, replace).then((g) => store.addGraph(g, 'query', { replace })),
    focus: (id) => void act.focusEntity(id, false),
    resized: () => canvas.resize(),
  });

  // ---- scenes: the view saved on the server under a name, opened by ?scene=<id> ---------------------------
  async function openScene(scene: Scene, record = true) {
    const p = scene.payload;
    const res = await api.subgraph(p.nodes);
    store.cache(res);
    const known = new Set(res.nodes.map((n) => n.id));
    act.resetHubs(Object.keys(p.groups));
    // positions first (the canvas draws the nodes there), the viewport once they are drawn
    canvas.restore({ positions: p.positions });
    store.set(viewOfScene(store.state, p, known, res.edges.map((e) => e.id)), 'restore', record);
    canvas.restore({ zoom: p.camera.zoom, pan: p.camera.pan });
    sceneLink.opened(scene.id, store.state);
    writeUrl();
    const missing = p.nodes.length - known.size;
    toast(missing ? `${t('scenes.opened', { name: scene.name })} · ${t('scenes.missing', { n: missing })}` : t('scenes.opened', { name: scene.name }), 'info');
  }
  const scenesButton = h('button#scenes-button', { title: t('tools.scenesTitle') }, t('tools.scenes'));
  $('#paths-button').after(scenesButton);
  /** Entities (a path found, a fact's two ends) in sight, beside the paths panel (a path was highlighted under it). */
  function bringIntoSight(ids: string[]) {
    const box = $('#cy').getBoundingClientRect();
    const panel = $('#paths');
    const p = panel.hidden ? null : panel.getBoundingClientRect();
    const area = freeArea({ x: 0, y: 0, w: box.width, h: box.height }, p && { x: p.left - box.left, y: p.top - box.top, w: p.width, h: p.height });
    const cam = canvas.camera();
    const v = pathViewport(ids.map((id) => cam.positions[id]).filter(Boolean), area, cam);
    if (v) canvas.restore(v);
  }

  const scenes = createScenes($('#stage').appendChild(h('div#scenes')), {
    current: () => sceneOf(store.state, canvas.camera()),
    open: (scene) => openScene(scene),
  });
  scenesButton.addEventListener('click', () => scenes.toggle());

  // ---- the summary of a multi-selection (box or shift selection) --------------------------------------------
  const selection = createSelection($('#panel').insertBefore(h('section#selection'), $('#details')), {
    hide: (ids) => store.removeNodes(ids, 'hide'),
    pin: (ids) => act.togglePin(ids),
    expand: (ids) =>
      void (async () => {
        for (const id of ids) await act.expand(id);
      })(),
    clear: () => store.update({ selected: null }, 'select', false),
  });
  function renderSelection() {
    const ids = canvas.selection().nodes.filter((id) => store.nodeData.has(id));
    if (ids.length < 2) return selection.render(null);
    const set = new Set(ids);
    const facts = store.state.edges.map((id) => store.edgeData.get(id)).filter((e): e is GraphEdge => !!e && set.has(e.source) && set.has(e.target));
    const pinned = new Set(store.state.pinned);
    selection.render({ nodes: ids.map((id) => store.nodeData.get(id)!), facts, articles, allPinned: ids.every((id) => pinned.has(id)) });
  }

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

  const toolbar = createToolbar({
    undo: () => store.undo(),
    redo: () => store.redo(),
    home: () => void act.home(),
    overview: () => void act.overview(),
    clear: () => act.clear(),
    relayout: () => canvas.runLayout(store.state.layout),
    fit: () => canvas.fit(),
    layout: (name) => {
      store.update({ layout: name }, 'layout', false);
      canvas.runLayout(name);
    },
    lang: async (lang: Lang) => {
      if (lang === 'py') await loadPinyin();
      store.update({ lang }, 'lang', false);
    },
    paths: () => paths.toggle(),
    console: () => {
      cypher.toggle();
      if (cypher.isOpen) void schemaOnce();
    },
  });

  function showSelection(id: string | null) {
    if (!keepReader) closeReader();
    keepReader = false;
    if (!id) return details.empty();
    const edge = store.edgeData.get(id);
    if (edge && store.state.edges.includes(id)) return details.showEdge(edge, store.nodeData);
    void details.showNode(id, store.nodeData.get(id), act.takePicked(id));
  }

  // ---- the one subscriber ------------------------------------------------------------------------------
  /** Group nodes a change brings: the layout places them around their hub. */
  function newGroupNodes(prev: ViewState, next: ViewState): string[] {
    const ids = (v: ViewState) => Object.entries(v.groups).flatMap(([c, gs]) => gs.map((g) => groupNodeId(c, groupKey(g))));
    const before = new Set(ids(prev));
    return ids(next).filter((id) => !before.has(id));
  }

  /** ?scene=ID while the view is the scene opened (state/scene-link.ts says when it stops being it). */
  const sceneLink = new SceneLink();
  function writeUrl() {
    const v = store.state;
    const scene = sceneLink.idFor(v);
    if (scene) return history.replaceState(null, '', `?${new URLSearchParams({ ...(uiLang !== 'zh' ? { lang: uiLang } : {}), scene })}`);
    const q = encodeView(v, settings.layout, uiLang, v.nodes.length ? canvas.camera() : null);
    history.replaceState(null, '', q ? `?${q}` : location.pathname);
  }

  function countBy<T>(items: T[], key: (x: T) => string) {
    const m = new Map<string, number>();
    for (const x of items) m.set(key(x), (m.get(key(x)) ?? 0) + 1);
    return m;
  }

  store.subscribe(({ state, prev, added, reason }) => {
    sceneLink.follow({ state, prev, reason });
    const m = model(state);
    // undo/redo and a link with positions put nodes back where they were: only the unknown ones are placed
    const known = reason === 'restore' || reason === 'undo' || reason === 'redo';
    const arriving = reason === 'restore' || reason === 'load' ? state.nodes : added;
    const moved = known ? arriving.filter((id) => !recall(id)) : arriving;
    // the canvas keeps one selected element when it draws a change: a multi-selection survives every change but a click
    const keep = reason === 'select' ? [] : canvas.selection().nodes;
    // a reloaded link starts with its groups already in the store's first state: every group box is new to the canvas
    // (compared with `prev` they would all stay unplaced, piled at 0,0)
    const groupsBefore = reason === 'restore' || reason === 'load' ? { ...prev, groups: {} } : prev;
    // group boxes too: the ones the canvas remembers (an undo's, a link's, a scene's) come back where they were
    const boxes = newGroupNodes(groupsBefore, state);
    canvas.render(m, [...moved, ...(known ? boxes.filter((id) => !recall(id)) : boxes)], state.layout);
    if (keep.length > 1) canvas.selectMany(keep);
    // removing elements fires no "unselect": the summary follows the change itself
    if (selection.ids.length) renderSelection();
    writeUrl();
    legend.render({
      typeCounts: countBy(m.nodes, (n) => typeOf(n.labels)),
      relCounts: countBy(m.edges, (e) => e.type),
      hiddenLabels: state.hiddenLabels,
      hiddenTypes: state.hiddenTypes,
    });
    timeline.render(state.reportedBy, state.article, state.hideProposed);
    const shownNodes = m.nodes.filter((n) => !m.filtered.has(n.id)).length;
    toolbar.render(state, store, {
      shownNodes,
      shownEdges: m.edges.filter((e) => !m.filtered.has(e.id)).length,
      hiddenByFilters: m.nodes.length - shownNodes,
      webgl: canvas.renderer === 'webgl',
    });
    if (state.selected !== prev.selected || reason === 'restore' || reason === 'load') showSelection(state.selected);
    // the hubs' group counts and badges follow what the canvas holds and the filters, a snapshot put back too
    // (its counts are those of when it was taken: the graph or an answer that came late may have moved on)
    const filtersChanged = reason === 'filter';
    if ((state.nodes !== prev.nodes || filtersChanged || reason === 'undo' || reason === 'redo') && !['load', 'groups'].includes(reason)) {
      clearTimeout(groupsTimer);
      const drawnOnly = reason === 'undo' || reason === 'redo';
      groupsTimer = window.setTimeout(() => void act.refreshGroups(drawnOnly), 150);
    }
  });
  let groupsTimer = 0;

  // ---- the review of new articles (client/src/review/): a sheet over the canvas, opened by #review[=id]
  const review = mountReview($('#review'), {
    showOnCanvas: (ids) => {
      review.close();
      void api.subgraph(ids).then((g) => store.addGraph(g, 'review', { replace: true }));
    },
    changed: () => void api.articles().then((r) => timeline.setArticles(r.articles)),
  });
  $('#review-button').addEventListener('click', () => void review.open());

  // ---- the district dashboard (client/src/figures/): headline figures by year, each opening its sentence
  const dashboard = createDashboard((ev, entity) => {
    $('#details').hidden = true;
    void reader.open(ev.article, { start: ev.start, end: ev.end }, entity).catch(() => closeReader());
  });
  $('#dashboard-button').addEventListener('click', () => void dashboard.open());
  const reviewHash = /^#review(?:=(.+))?$/.exec(location.hash);
  if (reviewHash) void review.open(reviewHash[1] ? decodeURIComponent(reviewHash[1]) : undefined);

  // ---- search and shortcuts ---------------------------------------------------------------------------
  const searchInput = $('#search-input') as HTMLInputElement;
  attachSuggest(searchInput, (r) => void act.focusEntity(r.id, true));

  installShortcuts({
    search: () => searchInput.focus(),
    undo: () => store.undo(),
    redo: () => store.redo(),
    hideSelection: () => {
      const sel = canvas.selection().nodes;
      if (sel.length) store.removeNodes(sel, 'hide');
    },
    escape: () => {
      if (document.querySelector('dialog.app-dialog[open]')) return;
      if (review.isOpen) return review.close();
      if (scenes.isOpen) return scenes.close();
      if (dashboard.isOpen) return dashboard.close();
      if (menu.isOpen) return menu.close();
      if (!$('#export-menu').hidden) return ($('#export-menu').hidden = true);
      if (!$('#reader').hidden) return closeReader();
      if (document.activeElement === searchInput) return searchInput.blur();
      if (!$('#paths').hidden) return paths.close();
      if (cypher.isOpen) return cypher.close();
      if (store.state.path.length) return store.update({ path: [] }, 'path', false);
      act.select(null);
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
    const sceneId = new URLSearchParams(location.search).get('scene');
    if (sceneId) {
      // a scene's link: the scene as saved, whatever else the address says
      try {
        await openScene(await api.scene(sceneId), false);
      } catch {
        await act.home();
      }
    } else if (initial.nodes.length) {
      // a shared link: the same entities with every relationship among them
      try {
        const res = await api.subgraph(initial.nodes);
        store.cache(res);
        const known = new Set(res.nodes.map((n) => n.id));
        // the link's positions first (the canvas draws the nodes there), the viewport once they are drawn
        const camera = decodeLinkCamera(location.search);
        if (camera) canvas.restore({ positions: camera.positions });
        store.set({ ...initial, nodes: initial.nodes.filter((id) => known.has(id)), edges: res.edges.map((e) => e.id) }, 'restore', false);
        if (camera && initial.nodes.every((id) => camera.positions[id])) canvas.restore({ zoom: camera.zoom, pan: camera.pan });
      } catch {
        await act.home();
      }
    } else {
      try {
        const g = await api.overview({ limit: settings.homeSize });
        store.cache(g);
        store.set({ ...initial, nodes: g.nodes.map((n) => n.id), edges: g.edges.map((e) => e.id) }, 'load', false);
      } catch {
        /* toast shown */
      }
    }
    await list.catch(() => undefined);
    document.body.dataset.ready = 'true';
  }

  (window as unknown as { __kg: unknown }).__kg = { store, canvas, actions: act, settings };
  void start();
}
