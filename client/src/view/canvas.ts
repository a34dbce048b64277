// The renderer behind a small interface: Cytoscape's canvas for views up to BIG_VIEW_ELEMENTS, and for
// bigger ones a Cytoscape instance without a renderer drawn by picture.ts; element sync from the store's
// model, layouts, focus, path highlight and image export. Nothing else in the client imports cytoscape.
import cytoscape, { type Core, type ElementDefinition, type LayoutOptions, type NodeSingular } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import dagre from 'cytoscape-dagre';
import type { GraphNode, LayoutName } from '../types.ts';
import { relName, styleOf, typeOf } from '../theme.ts';
import { isLatin, LABEL_MAX_WIDTH, sizeClasses, stylesheet, typeClass } from './style.ts';
import { toSvg } from './svg.ts';
import { edgeNear, keepEdgesReadable, nameRoomyEdges } from './edges.ts';
import { applyLabelBudget, byMentions, chooseLabels, LABEL_BUDGET_MIN_NODES, lineWidth, markLabelled } from './labels.ts';
import { declutter, labelBoxes } from './declutter.ts';
import { aboveAndBelow, besides, concentricPlaces, extentBounds, gridPlaces, zoomIn } from './arrange.ts';
import { boundsOf, draftPositions, viewportFor } from './draft.ts';
import { flushStyles, inSlices } from './slices.ts';
import { attachGestures } from './pan.ts';
import { createPicture, type Picture } from './picture.ts';
import { boxesOf } from './picture-boxes.ts';
import type { LayoutReply, LayoutRequest } from './layout.worker.ts';
import type { Canvas, CanvasHandlers, CanvasModel } from './renderer.ts';
import { attachMenu, cameraOf, focusViewport, EXPLORE_STYLES, groupElements, isEntity, markPinned, neighboursOf, placeNew, recall, rememberPositions, restoreCamera, selectMany, wrapRanks } from './explore.ts';
import { badgeSpot, keepBadgesClear } from './badge.ts';
import { t } from '../i18n/index.ts';

export type { Canvas, CanvasHandlers, CanvasModel };

cytoscape.use(fcose);
cytoscape.use(dagre);

/**
 * Above this many elements a view is drawn by picture.ts (Cytoscape keeps the graph, without a renderer):
 * Cytoscape's own canvas took 1.5 s to a 1k view's first frame and 4–15 s at 20k here, its WebGL renderer
 * 3–10× slower with software GL (bench/results/render.md).
 */
export const BIG_VIEW_ELEMENTS = 3000;
/** Layouts and fits animate only small views; bigger ones jump straight to the result. */
export const ANIMATE_MAX_NODES = 250;
/**
 * From this many nodes fcose runs in a Web Worker (layout.worker.ts), so the tab never freezes: on the
 * main thread 总览 (~400 nodes) took 1.3–1.45 s at default quality.
 */
export const WORKER_MIN_NODES = 150;
/** From this many nodes fcose settles for its spectral draft with capped iterations (main thread and worker alike). */
export const DRAFT_MIN_NODES = 1500;
/**
 * A big view arriving with more new elements than this is drawn at once (picture.ts) and handed to
 * Cytoscape in slices over short tasks (slices.ts), so no task holds the tab.
 */
export const SLICED_MIN = 2000;
/**
 * A small view (Cytoscape's canvas) replaced by more new elements than this shows its first frame as a
 * picture (picture.ts, tens of ms) while Cytoscape takes the elements in slices behind it; Cytoscape's own
 * first frame of a 1,000-element view took 0.46 s in one task here (styles of every element, then every
 * texture), 0.59 s from the hand-over, twice vis-network's (bench/results/render.md).
 */
export const PREVIEW_MIN = 500;
/** Names marked per Cytoscape frame behind a preview (each new name is a new texture: ~1 ms apiece here under load). */
const NAMES_PER_FRAME = 30;
/** The longest Cytoscape stays undrawn behind a preview waiting for the layout's answer (2–3 s at 1k under load here). */
const HOLD_MAX_MS = 15_000;
/** Fit padding in screen pixels. */
const PADDING = 40;
/** A layout's fit zooms in no further than this on a few nodes (names at 2x their size read; more is a blow-up). */
const FIT_MAX_ZOOM = 2;

/** fcose's iterations: capped where it settles for the draft (its spectral pass does the work there). */
const fcoseIterations = (nodes: number) => (nodes >= DRAFT_MIN_NODES ? 500 : 2500);

/**
 * Not a "+N" badge. A filter function rather than `.not('.more')`: at 20k elements `.not(selector)` took
 * 0.4 s here (it matches the selector, then diffs the collections), a filter a tenth of that.
 */
const notBadge = (e: cytoscape.SingularElementArgument) => !e.hasClass('more');
const nodeSize = (n: GraphNode) => Math.min(64, 22 + 5 * Math.sqrt(Number(n.mention_count ?? 0)));
const MORE = 'more:';

export function createCanvas(container: HTMLElement, on: CanvasHandlers): Canvas {
  let cy: Core;
  let big = false;
  /** big views only: what draws them */
  let picture: Picture | null = null;
  /** the picture's places are being handed to Cytoscape (slices of the layout worker's answer) */
  let handing = false;
  let running: cytoscape.Layouts | null = null;
  let lastTap = { id: '', at: 0 };

  /** a small view's first frames while Cytoscape takes its elements in slices (PREVIEW_MIN) */
  let preview: Picture | null = null;
  let detachPreview = () => {};
  function openPreview(): Picture {
    closePreview();
    const pic = (preview = createPicture(cy, container, (nodes, edges) => cy.emit('render', [{ nodes, edges }])));
    // Cytoscape under it takes the mouse (its pan moves both) but shows nothing: its last frame is the old view
    pic.canvas.style.pointerEvents = 'none';
    const layers = [...container.children].filter((c): c is HTMLElement => c instanceof HTMLDivElement && !!c.querySelector('canvas'));
    for (const l of layers) l.style.opacity = '0';
    const repaint = () => pic.paint();
    cy.on('viewport', repaint);
    detachPreview = () => {
      for (const l of layers) l.style.opacity = '';
      if (!cy.destroyed()) cy.removeListener('viewport', repaint);
    };
    return pic;
  }
  function closePreview() {
    detachPreview();
    detachPreview = () => {};
    preview?.destroy();
    preview = null;
  }
  /**
   * Cytoscape draws nothing while a batch is open: held from the preview's elements' arrival to the layout
   * worker's answer, so its one costly first frame (every element's texture, every name's) is drawn once, at
   * the final places and zoom, instead of three times (the draft, the names, the answer: 150–330 ms each here).
   */
  let holding = false;
  let holdTimer = 0;
  function hold() {
    if (holding) return;
    holding = true;
    cy.startBatch();
    // an answer that never comes (a worker that failed) must not leave Cytoscape undrawn
    holdTimer = window.setTimeout(showCytoscape, HOLD_MAX_MS);
  }
  /** Ends the hold (Cytoscape draws in the next frame). */
  function releaseHold() {
    clearTimeout(holdTimer);
    if (!holding) return;
    holding = false;
    if (!cy.destroyed()) cy.endBatch();
  }
  /**
   * Marks the label budget's names NAMES_PER_FRAME at a time, one Cytoscape frame after each (its layer is
   * still hidden under the preview), then `done`: each name's texture is made in one of those frames instead
   * of all ~250 in the first frame Cytoscape shows (229–337 ms at load 13–15 here).
   */
  function nameInFrames(pic: Picture, done: () => void) {
    const chosen = [...chooseLabels(cy, (ranked ??= byMentions(cy))).chosen];
    // the first frame draws the view without names (its nodes' and edges' own cost), the next ones add them
    let at = -NAMES_PER_FRAME;
    const step = () => {
      // the preview was replaced or dropped (a new view, a layout): whatever replaced it names its own nodes
      if (cy.destroyed() || preview !== pic) return;
      if (at >= chosen.length) return done();
      cy.batch(() => markLabelled(cy, chosen.slice(Math.max(0, at), (at += NAMES_PER_FRAME))));
      // their styles and wrapped text (~1 ms a CJK name here) in this task, not in the frame's
      flushStyles(cy);
      let timer = 0;
      const drawn = (_e: unknown, counts?: unknown) => {
        if (counts) return;
        cy.removeListener('render', drawn);
        clearTimeout(timer);
        setTimeout(step);
      };
      cy.on('render', drawn);
      // a frame that does not come (nothing to redraw) must not stop the names
      timer = window.setTimeout(() => drawn(null), 200);
    };
    step();
  }

  /** Cytoscape draws again; the preview goes when it has drawn the whole view (its own 'render' carries no counts, the picture's does). */
  function showCytoscape() {
    releaseHold();
    if (!preview || cy.destroyed()) return;
    // the styles and name sizes still pending (the names just marked), in this task rather than in the frame's
    flushStyles(cy);
    const pic = preview;
    // a frame even when nothing changed since Cytoscape's last (drawn under the preview): the preview goes with it
    cy.forceRender();
    const drawn = (_e: unknown, counts?: unknown) => {
      if (counts) return;
      cy.removeListener('render', drawn);
      if (preview === pic) closePreview();
    };
    cy.on('render', drawn);
  }

  let detachGestures = () => {};
  /** relation names where they have room (edges.ts), again after a change it does not hear of */
  let nameEdges = () => {};
  function build(elements: ElementDefinition[] = []) {
    closePreview();
    holding = false;
    cy?.destroy();
    detachGestures();
    picture?.destroy();
    picture = null;
    const common = { container, elements, minZoom: 0.05, maxZoom: 4 };
    cy = big
      ? // no renderer and no style: the graph, its classes, the camera and the layouts (picture.ts draws)
        cytoscape({ ...common, renderer: { name: 'null' }, styleEnabled: false } as cytoscape.CytoscapeOptions)
      : cytoscape({ ...common, style: [...stylesheet(big, 1, budget), ...EXPLORE_STYLES], boxSelectionEnabled: true, selectionType: 'single', motionBlur: false });
    if (big) {
      const pic = (picture = createPicture(cy, container, (nodes, edges) => cy.emit('render', [{ nodes, edges }])));
      detachGestures = attachGestures(cy, pic, on);
      cy.on('viewport', () => pic.paint());
      // places changed in Cytoscape (a layout, a restored camera): read once per frame; not while the
      // picture's own places are handed to Cytoscape in slices (it shows them already)
      let syncing = 0;
      cy.on('position', 'node', () => void (handing || (syncing ||= requestAnimationFrame(() => ((syncing = 0), pic.sync())))));
    }
    cy.on('tap', 'node', (e) => {
      const n = e.target as NodeSingular;
      // shift/ctrl-click adds to the selection (Cytoscape's own); the store's one selected element stays
      const key = e.originalEvent as MouseEvent | undefined;
      if (key && (key.shiftKey || key.ctrlKey || key.metaKey) && isEntity(n)) return;
      if (n.hasClass('more')) return on.more(String(n.data('center')));
      if (n.hasClass('group')) return on.group(String(n.data('center')), String(n.data('key')));
      // our own double-tap: cytoscape's dbltap also fires the two taps; this keeps the timing in one place
      const now = performance.now();
      if (lastTap.id === n.id() && now - lastTap.at < 350) {
        lastTap = { id: '', at: 0 };
        return on.expand(n.id());
      }
      lastTap = { id: n.id(), at: now };
      on.select(n.id(), 'node');
    });
    cy.on('tap', 'edge', (e) => on.select(e.target.id(), 'edge'));
    attachMenu(cy, container, on);
    rememberPositions(cy);
    keepBadgesClear(cy);
    cy.on('tap', (e) => {
      if (e.target !== cy) return;
      // the wide invisible hit area of edges: a click near a thin line picks it, not the background
      const near = edgeNear(cy, e.position);
      on.select(near ? near.id() : null, near ? 'edge' : null);
    });
    // a new stylesheet restyles every element (a 1,000-element view: 0.3–0.5 s here); views with a label
    // budget name no relation but the hovered, selected or path ones, which keep their size as it was
    if (!big) keepEdgesReadable(cy, (zoom) => budget || cy.style([...stylesheet(big, zoom, budget), ...EXPLORE_STYLES]));
    nameEdges = big ? () => {} : nameRoomyEdges(cy, () => !budget);
    cy.on('mouseover', 'node', (e) => e.target.addClass('hover'));
    cy.on('mouseout', 'node', (e) => e.target.removeClass('hover'));
    // the "N more" badge follows its node when dragged or laid out
    cy.on('position', 'node', (e) => {
      const n = e.target as NodeSingular;
      if (!n.hasClass('more')) placeBadge(n);
    });
    cy.on('viewport', () => updateLabels());
    // the selection summary (panels/selection.ts) follows box and shift selection, once per gesture
    let selTimer = 0;
    cy.on('select unselect', () => (clearTimeout(selTimer), (selTimer = window.setTimeout(() => (on.selectionChanged?.(), updateLabels()), 30))));
    // people and scripts automate the explorer through it
    (window as unknown as { cy: Core }).cy = cy;
  }

  function placeBadge(n: NodeSingular) {
    const badge = cy.getElementById(MORE + n.id());
    if (badge.nonempty()) (badge as NodeSingular).position(badgeSpot(n, badge as NodeSingular));
  }
  /** Every badge beside its node: from the badges (tens), not a look-up per node (8,000 in a 20k view: 30–46 ms here). */
  function placeBadges() {
    cy.nodes().forEach((b) => {
      if (!b.hasClass('more')) return;
      const n = cy.getElementById(String(b.data('center')));
      if (n.nonempty()) (b as NodeSingular).position(badgeSpot(n as NodeSingular, b as NodeSingular));
    });
  }

  function toElements(model: CanvasModel) {
    const nodes: ElementDefinition[] = model.nodes.map((n) => {
      const s = styleOf(n.labels);
      const size = nodeSize(n);
      const type = typeOf(n.labels);
      const label = model.label(n);
      // the classes style the node (style.ts: no mappers); the data serves labels, placement and export
      return { group: 'nodes', position: recall(n.id), classes: `${typeClass(type)} ${sizeClasses(size)}${isLatin(label) ? ' latin' : ''}`, data: { id: n.id, label, color: s.color, shape: s.shape, size, type, status: n.status ?? 'curated', mentions: Number(n.mention_count ?? 0) } };
    });
    const edges: ElementDefinition[] = model.edges.map((e) => ({ group: 'edges', data: { id: e.id, source: e.source, target: e.target, label: relName(e.type), type: e.type, status: e.status ?? 'curated' } }));
    const badges: ElementDefinition[] = Object.entries(model.more).map(([id, c]) => ({
      group: 'nodes',
      data: { id: MORE + id, center: id, label: t('canvas.more', { n: c }), bw: lineWidth(t('canvas.more', { n: c }), 10, 'bold') },
      classes: 'more',
      selectable: false,
    }));
    // a group box as wide as its text (12 px, style: explore.ts)
    const groups = groupElements(model).map((g) => (g.group === 'nodes' ? { ...g, data: { ...g.data, bw: lineWidth(String(g.data.label), 12) } } : g));
    return { nodes, edges, badges: [...badges, ...groups] };
  }

  function layoutOptions(name: LayoutName, nodeCount: number, fixed: cytoscape.NodeCollection | null): LayoutOptions {
    const animate = nodeCount <= ANIMATE_MAX_NODES;
    // big views: no fit by the layout (it measures every element); layout() jumps to the positions' bounds
    const common = { animate, animationDuration: 400, fit: !fixed && animate, padding: PADDING };
    switch (name) {
      case 'concentric':
        return { name, ...common, minNodeSpacing: 18, concentric: (n: NodeSingular) => Number(n.degree(false)), levelWidth: () => 2 } as LayoutOptions;
      case 'breadthfirst': {
        const roots = cy.nodes(':selected').filter((n) => !n.hasClass('more'));
        // 层级 is dagre (ranks by the facts' direction, top to bottom): breadthfirst put a hub's hundreds of
        // children in one row; dagre wraps nothing either, but ranks follow the facts and the names stay apart
        void roots;
        return { name: 'dagre', ...common, animate: false, rankDir: 'TB', nodeSep: 24, rankSep: 32, edgeSep: 8, ranker: 'network-simplex', nodeDimensionsIncludeLabels: true, stop: () => (wrapRanks(cy, cy.nodes().not('.filtered').not('.more')), declutter(cy.nodes())) } as LayoutOptions;
      }
      case 'grid':
        return { name, ...common, avoidOverlap: nodeCount <= 1500 } as LayoutOptions;
      default:
        return {
          name: 'fcose',
          ...common,
          // big views: the spectral draft only, with capped iterations, so the tab never freezes
          quality: nodeCount >= DRAFT_MIN_NODES ? 'draft' : 'default',
          numIter: fcoseIterations(nodeCount),
          randomize: !fixed,
          nodeRepulsion: () => 9000,
          idealEdgeLength: () => 90,
          // CJK labels are wider than the nodes: counting them keeps names from piling up
          nodeDimensionsIncludeLabels: nodeCount < DRAFT_MIN_NODES,
          nodeSeparation: 90,
          packComponents: !fixed,
          fixedNodeConstraint: fixed?.map((n) => ({ nodeId: n.id(), position: { ...n.position() } })),
        } as LayoutOptions;
    }
  }

  /** the preview's own layout (its view arriving): Cytoscape stays held for the worker's answer */
  let previewLayout = false;
  function layout(name: LayoutName, moved: string[] | null) {
    // any other layout while a preview stands: Cytoscape draws (and the preview goes) now
    if (!previewLayout) showCytoscape();
    running?.stop();
    // positions still arriving from an older layout are dropped (and with them its "laying out")
    stopSlices();
    handing = false;
    if (!arriving) container.classList.remove('laying-out');
    // pinned nodes stay: fcose lays the rest out around them, the other layouts place only the rest
    const pins = cy.nodes('.pinned');
    if (!moved && pins.nonempty()) {
      const rest = cy.elements().not('.filtered').not('.more').not(pins);
      if (name === 'fcose') moved = rest.nodes().map((n) => n.id());
      else {
        running = rest.layout(layoutOptions(name, rest.nodes().length, null));
        running.run();
        return;
      }
    }
    // new nodes around what they hang on (or back where they were), clear of the others: no layout moves the rest
    if (moved && placeNew(cy, moved)) {
      placeBadges();
      const movedSet = new Set(moved);
      const movedEles = cy.nodes().filter((n) => movedSet.has(n.id()));
      if (movedEles.nonempty() && !isInView(movedEles)) fitAll();
      return;
    }
    // a filter, not .not(selector) twice: each of those walks a 20k view again (140 ms here)
    const eles = cy.elements().filter((e) => !e.hasClass('filtered') && !e.hasClass('more'));
    const nodes = eles.nodes();
    if (nodes.empty()) return;
    let fixed: cytoscape.NodeCollection | null = null;
    if (moved) {
      const movedSet = new Set(moved);
      fixed = nodes.filter((n) => !movedSet.has(n.id()));
      if (fixed.empty()) fixed = null;
      else {
        // new nodes start next to a neighbour already placed, so the incremental layout stays local
        for (const id of moved) {
          const n = cy.getElementById(id) as NodeSingular;
          const anchor = n.neighborhood('node').filter((m) => !movedSet.has(m.id())).first() as NodeSingular;
          const p = anchor.nonempty() ? anchor.position() : (fixed.first() as NodeSingular).position();
          n.position({ x: p.x + (Math.random() - 0.5) * 120, y: p.y + (Math.random() - 0.5) * 120 });
        }
      }
    }
    if (!fixed && !big && (name === 'concentric' || name === 'grid' || (name === 'breadthfirst' && nodes.is('.group')))) return arrange(name, nodes);
    if ((fixed || name === 'fcose') && nodes.length >= WORKER_MIN_NODES) return layoutInWorker(eles, fixed);
    const opts = fixed ? layoutOptions('fcose', nodes.length, fixed) : layoutOptions(name, nodes.length, null);
    running = eles.layout(opts);
    running.one('layoutstop', () => {
      declutter(nodes); // no name on another (declutter.ts)
      placeBadges();
      // big views jump to their bounds; a small one's fit came before declutter moved names out of it
      if (!fixed && (nodes.length > ANIMATE_MAX_NODES || !isInView(nodes))) fitAll();
      updateLabels();
      if (fixed) {
        // keep the new nodes in sight without jumping the whole view
        const movedSet = new Set(moved);
        const movedEles = cy.nodes().filter((n) => movedSet.has(n.id()));
        if (movedEles.nonempty() && !isInView(movedEles)) fitAll();
      }
    });
    running.run();
  }

  /**
   * Concentric and grid over the entities alone, from their boxes as drawn (names included): a hub's group
   * boxes then ring its entities (concentric) or stand in rows under the grid (arrange.ts). Laid out among the
   * entities they set every ring's and cell's size: 市中区 expanded fitted at zoom 0.21 / 0.40 with no name drawn.
   */
  function arrange(name: 'concentric' | 'grid' | 'breadthfirst', nodes: cytoscape.NodeCollection) {
    const entities = nodes.filter(isEntity) as cytoscape.NodeCollection;
    const groups = nodes.filter((n) => n.hasClass('group'));
    let at: Map<string, { x: number; y: number }>;
    if (name === 'grid') {
      // the most connected first: the hub at the top left, where reading starts
      const order = entities.sort((a: NodeSingular, b: NodeSingular) => b.degree(false) - a.degree(false) || String(a.data('label')).localeCompare(String(b.data('label'))));
      at = gridPlaces(labelBoxes(order), labelBoxes(groups), { w: cy.width(), h: cy.height() }, PADDING);
    } else if (name === 'breadthfirst') {
      // dagre's ranks over the entities, the groups a hub's facts point from above (or left of) them and the groups
      // they point to below (or right): rows or columns, and ranks wrapped for either, whichever the canvas shows larger
      const from = new Map(entities.map((n) => [n.id(), { ...n.position() }]));
      const camera = { zoom: cy.zoom(), pan: { ...cy.pan() } };
      // a group whose facts point at the hub is its link's source
      const pointsIn = groups.filter((g) => (g as NodeSingular).outgoers('edge').nonempty());
      const [first, then] = [labelBoxes(pointsIn), labelBoxes(groups.not(pointsIn))];
      const view = { w: cy.width(), h: cy.height() };
      let best: { at: Map<string, { x: number; y: number }>; zoom: number } | null = null;
      for (const room of [0, 60, 120, 180])
        for (const place of [aboveAndBelow, besides]) {
          // its own stop (wrapRanks and declutter over every node) is run here over the entities
          entities.union(entities.edgesWith(entities)).layout({ ...layoutOptions(name, entities.length, null), animate: false, fit: false, stop: undefined } as LayoutOptions).run();
          // wrapped for a canvas `room` px smaller on each side (the groups' room); wrapRanks fits the view, which glides below instead
          wrapRanks(cy, entities, PADDING + room);
          const tried = new Map(entities.map((n) => [n.id(), { ...n.position() }]));
          place(extentBounds(labelBoxes(entities), tried)!, first, then, tried);
          const zoom = zoomIn(tried, labelBoxes(nodes), view, PADDING);
          if (!best || zoom > best.zoom) best = { at: tried, zoom };
        }
      cy.viewport(camera);
      at = best!.at;
      cy.batch(() => entities.forEach((n) => void n.position(from.get(n.id())!)));    } else {
      // the hub (most connected) in the middle, the others by their links on rings around it, its group boxes outside
      const order = entities.sort((a: NodeSingular, b: NodeSingular) => b.degree(false) - a.degree(false) || Number(b.data('mentions')) - Number(a.data('mentions')));
      const hub = order.first() as NodeSingular;
      at = concentricPlaces(hub.position(), labelBoxes(order), labelBoxes(groups), { w: cy.width(), h: cy.height() }, PADDING);
    }
    const placed = Object.fromEntries(at);
    // rings of several hubs, or a grid's rows under a tall name: nothing on anything
    declutter(nodes, placed);
    at = new Map(Object.entries(placed));
    const b = extentBounds(labelBoxes(nodes), at);
    const view = b ? viewportFor(b, cy.width(), cy.height(), PADDING, cy.minZoom(), FIT_MAX_ZOOM) : { zoom: cy.zoom(), pan: cy.pan() };
    const done = () => (placeBadges(), updateLabels());
    if (nodes.length > ANIMATE_MAX_NODES) {
      cy.batch(() => nodes.forEach((n) => void n.position(at.get(n.id()) ?? n.position())));
      cy.viewport(view);
      return done();
    }
    running = nodes.layout({ name: 'preset', positions: (n: NodeSingular) => at.get(n.id()) ?? n.position(), animate: true, animationDuration: 400, fit: false } as LayoutOptions);
    running.one('layoutstop', done);
    running.run();
    cy.animate({ ...view, duration: 400 });
  }

  let worker: Worker | null = null;
  let seq = 0;
  function layoutInWorker(eles: cytoscape.CollectionReturnValue, fixed: cytoscape.NodeCollection | null) {
    worker ??= new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
    const my = ++seq;
    const fixedIds = new Set(fixed?.map((n) => n.id()) ?? []);
    // each nodes() walks every element again (20k: 20–60 ms here): once
    const nodes = eles.nodes();
    const count = nodes.length;
    const withLabels = count < DRAFT_MIN_NODES;
    // the nodes keep their current (or draft) places until the answer: a full layout starts from random ones in the worker
    const req: LayoutRequest = {
      seq: my,
      nodes: nodes.map((n) => ({ id: n.id(), ...layoutBox(n, withLabels), ...(fixed ? n.position() : {}) })),
      // the ends' ids from the data: source()/target() build a collection per edge (12,000 in a 20k view: ~100 ms here)
      edges: eles.edges().map((e) => ({ id: e.id(), source: String(e.data('source')), target: String(e.data('target')) })),
      fixed: fixed ? fixed.map((n) => ({ nodeId: n.id(), position: { ...n.position() } })) : [],
      quality: count >= DRAFT_MIN_NODES ? 'draft' : 'default',
      numIter: fcoseIterations(count),
    };
    container.classList.add('laying-out');
    worker.onmessage = (e: MessageEvent<LayoutReply>) => {
      if (e.data.seq !== seq) return; // a newer layout was asked for
      const laidOut = () => container.classList.remove('laying-out');
      const pos = e.data.positions;
      // a picture (big view) runs no animation and draws no names but the budget's: it jumps
      if (!picture) {
        declutter(cy.nodes(), pos); // no name on another (declutter.ts)
        const moving = cy.nodes().filter((n) => !fixedIds.has(n.id()) && pos[n.id()] !== undefined);
        if (moving.length <= ANIMATE_MAX_NODES) {
          showCytoscape();
          // small views glide to their places (as the main-thread layouts animate)
          moving.layout({ name: 'preset', positions: (n: NodeSingular) => pos[n.id()], animate: true, animationDuration: 400, fit: false } as LayoutOptions).run();
          if (!fixed) cy.animate({ ...viewportOf(Object.values(pos)), duration: 400 });
          return laidOut();
        }
      }
      // a jump to the new bounds, computed from the positions (cy.fit measures every element)
      if (!fixed) cy.viewport(viewportOf(Object.values(pos)));
      // a big view shows the answer in the next frame; Cytoscape's nodes follow in slices from the next task
      (picture ?? preview)?.move(pos);
      handing = !!picture;
      // thousands of nodes move in slices and are drawn once (slices.ts), each slice with its edges' geometry
      stopSlices();
      stopSlices = inSlices(
        cy,
        Object.keys(pos).filter((id) => !fixedIds.has(id)),
        (slice) => {
          // a preview's hold ends inside the first slice's task: the slices' own batch keeps Cytoscape from
          // drawing the draft between them, and each slice's styles and geometry are computed in its task
          releaseHold();
          const eles = cy.collection();
          for (const id of slice) {
            const n = cy.getElementById(id);
            if (n.nonempty()) eles.merge((n as NodeSingular).position(pos[id]));
          }
          return picture ? eles : eles.union(eles.connectedEdges());
        },
        () => {
          placeBadges();
          const finished = () => {
            updateLabels(true);
            laidOut();
            handing = false;
            picture?.paint();
            showCytoscape();
          };
          // under a preview, Cytoscape draws the names a few at a time (invisibly) before it shows the view
          if (preview && budget) nameInFrames(preview, finished);
          else finished();
        },
      );
    };
    worker.postMessage(req);
  }

  /** The box fcose keeps free around a node: its name too while the view is small enough to show them all. */
  function layoutBox(n: NodeSingular, withLabel: boolean) {
    const size = Number(n.data('size') ?? 24);
    if (!withLabel) return { w: size, h: size };
    const chars = String(n.data('label') ?? '').length;
    const lines = Math.ceil((chars * 12) / LABEL_MAX_WIDTH);
    return { w: Math.max(size, Math.min(LABEL_MAX_WIDTH, chars * 12)), h: size + 4 + 15 * lines };
  }

  /** The zoom and pan that show these positions, from the positions alone. */
  function viewportOf(positions: Iterable<{ x: number; y: number }>) {
    const b = boundsOf(positions);
    if (!b) return { zoom: cy.zoom(), pan: cy.pan() };
    return viewportFor(b, cy.width(), cy.height(), PADDING, cy.minZoom(), cy.maxZoom());
  }

  /** Shows every visible node: animated in small views, a jump in big ones (an animated fit redraws thousands of elements per frame). */
  function fitAll() {
    const nodes = cy.nodes().filter((n) => !n.hasClass('filtered'));
    if (nodes.length <= ANIMATE_MAX_NODES && !big) return void cy.animate({ fit: { eles: nodes, padding: PADDING }, duration: 300 });
    cy.viewport(viewportOf(nodes.map((n) => (n as NodeSingular).position())));
  }

  /** Views over LABEL_BUDGET_MIN_NODES name the nodes labels.ts picks for the viewport, after each gesture. */
  let budget = false;
  let ranked: NodeSingular[] | null = null;
  let labelTimer = 0;
  function updateLabels(now = false) {
    // a view still arriving names nothing: ranked on half its nodes, the budget would miss the most mentioned
    if (!budget || arriving) return;
    clearTimeout(labelTimer);
    const apply = () => {
      // Cytoscape held (a preview): the preview draws the names; marking them would restyle nodes for nothing
      if (holding) return void preview?.name([...chooseLabels(cy, (ranked ??= byMentions(cy))).chosen]);
      const chosen = applyLabelBudget(cy, (ranked ??= byMentions(cy)));
      // a preview names them too while Cytoscape is held (from the elements' arrival to the layout's answer);
      // the chosen are the `.labelled` (a selector over a 20k view: 10–25 ms here)
      (picture ?? preview)?.name([...chosen]);
    };
    if (now) return apply();
    labelTimer = window.setTimeout(() => {
      if (ranked || !picture) return apply();
      // a big view ranks its nodes in a task of its own (8,000 of them: 40–140 ms here), and names them in the next
      ranked = byMentions(cy);
      labelTimer = window.setTimeout(apply);
    }, 120);
  }

  function isInView(eles: cytoscape.CollectionReturnValue | cytoscape.NodeCollection) {
    const bb = eles.renderedBoundingBox();
    return bb.x1 >= 0 && bb.y1 >= 0 && bb.x2 <= cy.width() && bb.y2 <= cy.height();
  }

  /** Filters, the path highlight and the selection, from the model. */
  function decorate(model: CanvasModel) {
    cy.batch(() => {
      // only the elements that have them: removeClass on all of 20k emits 20k events (0.25 s here)
      cy.elements('.filtered, .path, .faded, .focus').removeClass('filtered path faded focus');
      cy.elements().filter((e) => model.filtered.has(e.id()) || (e.hasClass('more') && model.filtered.has(e.data('center')))).addClass('filtered');
      if (model.path.length > 1) {
        const onPath = new Set(model.path);
        const pathEles = cy.nodes().filter((n) => onPath.has(n.id()));
        const steps = new Set(model.path.slice(1).map((id, i) => [model.path[i], id].sort().join('|')));
        const pathEdges = cy.edges().filter((e) => steps.has([e.source().id(), e.target().id()].sort().join('|')));
        cy.elements().not('.more').addClass('faded');
        pathEles.union(pathEdges).removeClass('faded').addClass('path');
      }
      markPinned(cy, model.pinned);
      cy.elements(':selected').filter((e) => e.id() !== model.selected).unselect();
      if (model.selected) cy.getElementById(model.selected).select();
    });
    picture?.decorate({ filtered: model.filtered, selected: model.selected, path: model.path });
    nameEdges();
  }

  /** A big view still arriving (slices.ts), and how to stop whatever is being applied in slices. */
  let arriving = false;
  let queued: { model: CanvasModel; moved: string[]; layoutName: LayoutName } | null = null;
  let stopSlices = () => {};

  build();

  return {
    // both draw on a 2D canvas (WebGL with software GL was 3–10× slower here)
    renderer: 'canvas',

    render(model, moved, layoutName) {
      // a big view still arriving (its edges follow its nodes) completes first; the newest call then applies
      if (arriving) {
        queued = { model, moved: [...(queued?.moved ?? []), ...moved], layoutName };
        return;
      }
      // a change while a preview waits for the layout's answer: Cytoscape draws from now on
      showCytoscape();
      const total = model.nodes.length + model.edges.length;
      const wantBig = total > BIG_VIEW_ELEMENTS;
      const wantBudget = model.nodes.length > LABEL_BUDGET_MIN_NODES;
      const { nodes, edges, badges } = toElements(model);
      if (wantBig !== big) {
        // a renderer change needs a new instance; positions carry over
        const positions = new Map(cy.nodes().map((n) => [n.id(), { ...n.position() }]));
        big = wantBig;
        budget = wantBudget;
        build();
        for (const n of nodes) if (positions.has(n.data.id!)) (n as cytoscape.NodeDefinition).position = positions.get(n.data.id!);
      } else if (wantBudget !== budget) {
        budget = wantBudget;
        if (!big) cy.style([...stylesheet(big, cy.zoom(), budget), ...EXPLORE_STYLES]);
      }
      const all = [...nodes, ...edges, ...badges];
      // a new (or emptied) instance takes everything: no look-up per element (20k of them: 120 ms here)
      const empty = cy.elements().empty();
      const fresh = empty ? all : all.filter((e) => cy.getElementById(e.data.id!).empty());
      // a whole view laid out in the worker starts from draft positions, shown at once without measuring anything
      const movedSet = new Set(moved);
      const relayoutAll = moved.length > 0 && model.nodes.every((n) => movedSet.has(n.id));
      const draft = relayoutAll && layoutName === 'fcose' && model.nodes.length >= WORKER_MIN_NODES ? draftPositions(model.nodes.map((n) => n.id), model.edges) : null;
      if (draft) for (const n of fresh) if (n.group === 'nodes' && draft.has(n.data.id!)) (n as cytoscape.NodeDefinition).position = draft.get(n.data.id!);
      // a whole new small view with places known (the draft) is shown by a preview while Cytoscape takes it in slices
      const sliced = big ? fresh.length > SLICED_MIN : draft !== null && fresh.length > PREVIEW_MIN;
      stopSlices();
      handing = false;
      cy.batch(() => {
        if (!empty) {
          const want = new Set(all.map((e) => e.data.id!));
          cy.elements().filter((e) => !want.has(e.id())).remove();
        }
        if (!sliced) cy.add(fresh);
        // names that changed (a language switch) on the elements already there
        if (!empty) {
          for (const n of nodes) {
            const el = cy.getElementById(n.data.id!);
            if (el.nonempty() && el.data('label') !== n.data.label) el.data('label', n.data.label).toggleClass('latin', isLatin(n.data.label!));
          }
          for (const b of badges) cy.getElementById(b.data.id!).data({ label: b.data.label, bw: b.data.bw });
        }
      });
      ranked = null;
      if (draft) cy.viewport(viewportOf(draft.values()));
      // a big view's first frame: every node where it stands (or will, for the fresh ones) and every edge
      const shown = picture ?? (sliced ? openPreview() : null);
      if (shown) {
        const at = (n: ElementDefinition) => {
          // a new instance holds none of them yet (20k look-ups: 16–43 ms of the hand-over's task here)
          if (empty) return n.position ?? { x: 0, y: 0 };
          const el = cy.getElementById(n.data.id!);
          return el.nonempty() ? (el as NodeSingular).position() : (n.position ?? { x: 0, y: 0 });
        };
        shown.show(
          nodes.map((n) => ({ id: n.data.id!, ...at(n), color: n.data.color, shape: n.data.shape, size: n.data.size })),
          model.edges,
          // group boxes and "+N" badges: drawn by the picture too, at their places in Cytoscape
          boxesOf(badges),
        );
        shown.decorate({ filtered: model.filtered, selected: model.selected, path: model.path });
      }
      const finish = () => {
        ranked = null;
        decorate(model);
        const relayout = () => {
          const movedHere = moved.filter((id) => cy.getElementById(id).nonempty());
          const everything = movedHere.length === cy.nodes().filter(notBadge).length;
          if (movedHere.length) layout(layoutName, everything ? null : movedHere);
          else placeBadges();
        };
        // a big view arrived in slices: the decoration, the layout's request and the names each in a task
        // of their own (together 0.4 s at 20k here)
        if (!sliced) relayout();
        else
          setTimeout(() => {
            // "laying out" lasts from the view's arrival to the layout's answer (layout() sets it again)
            container.classList.remove('laying-out');
            previewLayout = true;
            relayout();
            previewLayout = false;
            // no answer to wait for (no layout, or one run here): Cytoscape draws now
            if (!container.classList.contains('laying-out')) showCytoscape();
          });
        // in a task of its own, so the first frame does not wait for measuring names
        updateLabels();
      };
      if (!sliced) return finish();
      // on screen already (picture.ts): Cytoscape gets the elements over short tasks, nodes before their edges
      arriving = true;
      container.classList.add('laying-out');
      const add = (slice: ElementDefinition[]) => cy.add(slice);
      const ordered = [...fresh.filter((e) => e.group !== 'edges'), ...fresh.filter((e) => e.group === 'edges')];
      stopSlices = inSlices(cy, ordered, add, () => {
        arriving = false;
        if (preview) hold();
        finish();
        const next = queued;
        queued = null;
        if (next) this.render(next.model, next.moved, next.layoutName);
      });
    },

    runLayout: (name) => layout(name, null),

    focus(id) {
      const n = cy.getElementById(id);
      if (n.empty()) return;
      cy.elements().removeClass('focus');
      n.addClass('focus');
      setTimeout(() => n.removeClass('focus'), 1600);
      // big views jump (their Cytoscape runs no animations: it has no renderer)
      if (big) cy.viewport(focusViewport(cy, n as NodeSingular));
      else cy.animate({ ...focusViewport(cy, n as NodeSingular), duration: 350 });
    },

    resize: () => (cy.resize(), picture?.resize()),

    fit: fitAll,

    selection() {
      const sel = cy.elements(':selected').not('.more');
      return { nodes: sel.nodes().map((n) => n.id()), edges: sel.edges().map((e) => e.id()) };
    },

    visible() {
      const vis = cy.elements().not('.filtered').filter(isEntity);
      return { nodes: vis.nodes().map((n) => n.id()), edges: vis.edges().map((e) => e.id()) };
    },

    // a picture's instance has no styles for Cytoscape's png or svg.ts to read: the picture draws its own
    png: () => (picture ? picture.png() : cy.png({ output: 'blob-promise', full: true, scale: 2, bg: '#ffffff' })),
    svg: () => (picture ? picture.svg() : toSvg(cy)),

    selectMany: (ids) => selectMany(cy, ids),
    neighbours: (id) => neighboursOf(cy, id),
    camera: () => cameraOf(cy),
    restore: (c) => restoreCamera(cy, c),

    stats: () => ({ nodes: cy.nodes().filter(isEntity).length, edges: cy.edges().length, renderer: picture ? 'picture' : 'canvas' }),
  };
}
