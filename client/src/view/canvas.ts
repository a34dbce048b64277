// The renderer behind a small interface: Cytoscape (canvas, or WebGL for big views where the browser
// has WebGL2), element sync from the store's model, layouts, focus, path highlight and image export.
// Nothing else in the client imports cytoscape.
import cytoscape, { type Core, type ElementDefinition, type LayoutOptions, type NodeSingular } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { GraphNode, LayoutName } from '../types.ts';
import { relName, styleOf, typeOf } from '../theme.ts';
import { stylesheet } from './style.ts';
import { toSvg } from './svg.ts';
import { edgeNear, keepEdgesReadable } from './edges.ts';
import type { LayoutReply, LayoutRequest } from './layout.worker.ts';
import type { Canvas, CanvasHandlers, CanvasModel } from './renderer.ts';

export type { Canvas, CanvasHandlers, CanvasModel };

cytoscape.use(fcose);

/** Above this many elements the canvas switches to WebGL (when available) and the cheap styles. */
export const BIG_VIEW_ELEMENTS = 3000;
/** Layouts animate only small views; big ones jump straight to the result. */
export const ANIMATE_MAX_NODES = 250;
/** From this many nodes fcose runs in a Web Worker (layout.worker.ts), so the tab never freezes. */
export const WORKER_MIN_NODES = 600;
/** Big views draw labels only for nodes in sight once zoomed in this far (text is the costly part). */
export const BIG_LABEL_ZOOM = 0.9;

/**
 * WebGL2 on a real GPU. Software GL (SwiftShader, llvmpipe: headless or blocklisted GPUs) draws slower
 * than the 2D canvas, so it counts as unavailable. localStorage "kg.renderer" = canvas | webgl overrides.
 */
const webglAvailable = (() => {
  const forced = localStorage.getItem('kg.renderer');
  if (forced === 'canvas' || forced === 'webgl') return forced === 'webgl';
  try {
    const gl = document.createElement('canvas').getContext('webgl2');
    if (!gl) return false;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const name = String(info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER));
    return !/swiftshader|llvmpipe|software|softpipe/i.test(name);
  } catch {
    return false;
  }
})();

const nodeSize = (n: GraphNode) => Math.min(64, 22 + 5 * Math.sqrt(Number(n.mention_count ?? 0)));
const MORE = 'more:';

export function createCanvas(container: HTMLElement, on: CanvasHandlers): Canvas {
  let cy: Core;
  let renderer: 'canvas' | 'webgl' = 'canvas';
  let big = false;
  let running: cytoscape.Layouts | null = null;
  let lastTap = { id: '', at: 0 };

  function build(webgl: boolean, elements: ElementDefinition[] = []) {
    cy?.destroy();
    renderer = webgl ? 'webgl' : 'canvas';
    cy = cytoscape({
      container,
      elements,
      style: stylesheet(big),
      minZoom: 0.05,
      maxZoom: 4,
      boxSelectionEnabled: true,
      selectionType: 'single',
      // experimental in 3.34: `renderer: {name: 'canvas', webgl: true}`; big views only (its text
      // rendering goes through texture atlases, which small views do not need)
      renderer: { name: 'canvas', webgl, hideEdgesOnViewport: big, textureOnViewport: big && !webgl } as never,
      pixelRatio: big ? 1 : undefined,
    } as cytoscape.CytoscapeOptions);
    cy.on('tap', 'node', (e) => {
      const n = e.target as NodeSingular;
      if (n.hasClass('more')) return on.more(String(n.data('center')));
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
    cy.on('tap', (e) => {
      if (e.target !== cy) return;
      // the wide invisible hit area of edges: a click near a thin line picks it, not the background
      const near = edgeNear(cy, e.position);
      on.select(near ? near.id() : null, near ? 'edge' : null);
    });
    if (!big) keepEdgesReadable(cy, (zoom) => cy.style(stylesheet(big, zoom)));
    cy.on('mouseover', 'node', (e) => e.target.addClass('hover'));
    cy.on('mouseout', 'node', (e) => e.target.removeClass('hover'));
    // the "N more" badge follows its node when dragged or laid out
    cy.on('position', 'node', (e) => {
      const n = e.target as NodeSingular;
      if (!n.hasClass('more')) placeBadge(n);
    });
    cy.on('viewport', updateBigLabels);
    // people and scripts automate the explorer through it
    (window as unknown as { cy: Core }).cy = cy;
  }

  function placeBadge(n: NodeSingular) {
    const badge = cy.getElementById(MORE + n.id());
    if (badge.nonempty()) {
      const p = n.position();
      const r = Number(n.data('size') ?? 24) / 2;
      badge.position({ x: p.x + r + 14, y: p.y - r - 6 });
    }
  }

  function toElements(model: CanvasModel) {
    const nodes: ElementDefinition[] = model.nodes.map((n) => {
      const s = styleOf(n.labels);
      return { group: 'nodes', data: { id: n.id, label: model.label(n), color: s.color, shape: s.shape, size: nodeSize(n), type: typeOf(n.labels), status: n.status ?? 'curated' } };
    });
    const edges: ElementDefinition[] = model.edges.map((e) => ({ group: 'edges', data: { id: e.id, source: e.source, target: e.target, label: relName(e.type), type: e.type, status: e.status ?? 'curated' } }));
    const badges: ElementDefinition[] = Object.entries(model.more).map(([id, c]) => ({
      group: 'nodes',
      data: { id: MORE + id, center: id, label: `+${c} 更多` },
      classes: 'more',
      selectable: false,
    }));
    return { nodes, edges, badges };
  }

  function layoutOptions(name: LayoutName, nodeCount: number, fixed: cytoscape.NodeCollection | null): LayoutOptions {
    const animate = nodeCount <= ANIMATE_MAX_NODES;
    const common = { animate, animationDuration: 400, fit: !fixed, padding: 40 };
    switch (name) {
      case 'concentric':
        return { name, ...common, minNodeSpacing: 18, concentric: (n: NodeSingular) => Number(n.degree(false)), levelWidth: () => 2 } as LayoutOptions;
      case 'breadthfirst': {
        const roots = cy.nodes(':selected').filter((n) => !n.hasClass('more'));
        return { name, ...common, directed: false, spacingFactor: 1.1, roots: roots.nonempty() ? roots : undefined } as LayoutOptions;
      }
      case 'grid':
        return { name, ...common, avoidOverlap: nodeCount <= 1500 } as LayoutOptions;
      default:
        return {
          name: 'fcose',
          ...common,
          // big views: the spectral draft only, with capped iterations, so the tab never freezes
          quality: nodeCount > 1500 ? 'draft' : 'default',
          numIter: nodeCount > 1500 ? 500 : 2500,
          randomize: !fixed,
          nodeRepulsion: () => 9000,
          idealEdgeLength: () => 90,
          // CJK labels are wider than the nodes: counting them keeps names from piling up
          nodeDimensionsIncludeLabels: nodeCount <= 1500,
          nodeSeparation: 90,
          packComponents: !fixed,
          fixedNodeConstraint: fixed?.map((n) => ({ nodeId: n.id(), position: { ...n.position() } })),
        } as LayoutOptions;
    }
  }

  function layout(name: LayoutName, moved: string[] | null) {
    running?.stop();
    const eles = cy.elements().not('.filtered').not('.more');
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
    if ((fixed || name === 'fcose') && nodes.length >= WORKER_MIN_NODES) return layoutInWorker(eles, fixed);
    const opts = fixed ? layoutOptions('fcose', nodes.length, fixed) : layoutOptions(name, nodes.length, null);
    running = eles.layout(opts);
    running.one('layoutstop', () => {
      cy.nodes().not('.more').forEach(placeBadge);
      if (fixed) {
        // keep the new nodes in sight without jumping the whole view
        const movedSet = new Set(moved);
        const movedEles = cy.nodes().filter((n) => movedSet.has(n.id()));
        if (movedEles.nonempty() && !isInView(movedEles)) cy.animate({ fit: { eles: cy.nodes().not('.filtered'), padding: 40 }, duration: 300 });
      }
    });
    running.run();
  }

  let worker: Worker | null = null;
  let seq = 0;
  function layoutInWorker(eles: cytoscape.CollectionReturnValue, fixed: cytoscape.NodeCollection | null) {
    worker ??= new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
    const my = ++seq;
    const fixedIds = new Set(fixed?.map((n) => n.id()) ?? []);
    const req: LayoutRequest = {
      seq: my,
      nodes: eles.nodes().map((n) => ({ id: n.id(), size: Number(n.data('size') ?? 24), ...(fixed ? n.position() : {}) })),
      edges: eles.edges().map((e) => ({ id: e.id(), source: e.source().id(), target: e.target().id() })),
      fixed: fixed ? fixed.map((n) => ({ nodeId: n.id(), position: { ...n.position() } })) : [],
      numIter: 1000,
    };
    if (!fixed) {
      // until the worker answers, spread the nodes out: a pile at (0, 0) is costly to draw and says nothing
      const r = Math.sqrt(req.nodes.length) * 40;
      cy.batch(() => eles.nodes().positions(() => ({ x: (Math.random() - 0.5) * 2 * r, y: (Math.random() - 0.5) * 2 * r })));
      cy.fit(eles.nodes(), 40);
    }
    container.classList.add('laying-out');
    worker.onmessage = (e: MessageEvent<LayoutReply>) => {
      if (e.data.seq !== seq) return; // a newer layout was asked for
      container.classList.remove('laying-out');
      const pos = e.data.positions;
      cy.batch(() => {
        cy.nodes().forEach((n) => {
          if (!fixedIds.has(n.id()) && pos[n.id()]) n.position(pos[n.id()]);
        });
      });
      cy.nodes().not('.more').forEach(placeBadge);
      // nodes only: the bounding box of thousands of edges costs seconds
      if (!fixed) cy.fit(cy.nodes().not('.filtered'), 40);
      updateBigLabels();
    };
    worker.postMessage(req);
  }

  /** Big views: labels only on the nodes in sight, and only when zoomed in (text drawing dominates). */
  let labelTimer = 0;
  function updateBigLabels() {
    if (!big) return;
    clearTimeout(labelTimer);
    labelTimer = window.setTimeout(() => {
      cy.batch(() => {
        cy.nodes('.labelled').removeClass('labelled');
        if (cy.zoom() < BIG_LABEL_ZOOM) return;
        const ext = cy.extent();
        cy.nodes()
          .filter((n) => {
            const p = n.position();
            return p.x >= ext.x1 && p.x <= ext.x2 && p.y >= ext.y1 && p.y <= ext.y2;
          })
          .addClass('labelled');
      });
    }, 120);
  }

  function isInView(eles: cytoscape.CollectionReturnValue) {
    const bb = eles.renderedBoundingBox();
    return bb.x1 >= 0 && bb.y1 >= 0 && bb.x2 <= cy.width() && bb.y2 <= cy.height();
  }

  build(false);

  return {
    get renderer() {
      return renderer;
    },

    render(model, moved, layoutName) {
      const total = model.nodes.length + model.edges.length;
      const wantBig = total > BIG_VIEW_ELEMENTS;
      const { nodes, edges, badges } = toElements(model);
      if (wantBig !== big || (wantBig && webglAvailable) !== (renderer === 'webgl')) {
        // a renderer change needs a new instance; positions carry over
        const positions = new Map(cy.nodes().map((n) => [n.id(), { ...n.position() }]));
        big = wantBig;
        build(wantBig && webglAvailable);
        for (const n of nodes) if (positions.has(n.data.id!)) (n as cytoscape.NodeDefinition).position = positions.get(n.data.id!);
      }
      const want = new Set([...nodes, ...edges, ...badges].map((e) => e.data.id!));
      cy.batch(() => {
        cy.elements().filter((e) => !want.has(e.id())).remove();
        const fresh = [...nodes, ...edges, ...badges].filter((e) => cy.getElementById(e.data.id!).empty());
        cy.add(fresh);
        for (const n of nodes) {
          const el = cy.getElementById(n.data.id!);
          if (el.data('label') !== n.data.label) el.data('label', n.data.label);
        }
        for (const b of badges) cy.getElementById(b.data.id!).data('label', b.data.label);
        cy.elements().removeClass('filtered path faded focus');
        cy.elements().filter((e) => model.filtered.has(e.id()) || (e.hasClass('more') && model.filtered.has(e.data('center')))).addClass('filtered');
        if (model.path.length > 1) {
          const onPath = new Set(model.path);
          const pathEles = cy.nodes().filter((n) => onPath.has(n.id()));
          const steps = new Set(model.path.slice(1).map((id, i) => [model.path[i], id].sort().join('|')));
          const pathEdges = cy.edges().filter((e) => steps.has([e.source().id(), e.target().id()].sort().join('|')));
          cy.elements().not('.more').addClass('faded');
          pathEles.union(pathEdges).removeClass('faded').addClass('path');
        }
        cy.elements(':selected').filter((e) => e.id() !== model.selected).unselect();
        if (model.selected) cy.getElementById(model.selected).select();
      });
      const movedHere = moved.filter((id) => cy.getElementById(id).nonempty());
      const everything = movedHere.length === cy.nodes().not('.more').length;
      if (movedHere.length) layout(layoutName, everything ? null : movedHere);
      else cy.nodes().not('.more').forEach(placeBadge);
    },

    runLayout: (name) => layout(name, null),

    focus(id) {
      const n = cy.getElementById(id);
      if (n.empty()) return;
      cy.elements().removeClass('focus');
      n.addClass('focus');
      setTimeout(() => n.removeClass('focus'), 1600);
      cy.animate({ center: { eles: n }, zoom: Math.max(cy.zoom(), 1.1), duration: 350 });
    },

    resize: () => cy.resize(),

    fit: () => cy.animate({ fit: { eles: cy.nodes().not('.filtered'), padding: 40 }, duration: 300 }),

    selection() {
      const sel = cy.elements(':selected').not('.more');
      return { nodes: sel.nodes().map((n) => n.id()), edges: sel.edges().map((e) => e.id()) };
    },

    visible() {
      const vis = cy.elements().not('.filtered').not('.more');
      return { nodes: vis.nodes().map((n) => n.id()), edges: vis.edges().map((e) => e.id()) };
    },

    png: () => cy.png({ output: 'blob-promise', full: true, scale: 2, bg: '#ffffff' }),
    svg: () => toSvg(cy),

    stats: () => ({ nodes: cy.nodes().not('.more').length, edges: cy.edges().length, renderer }),
  };
}
