// The Cytoscape stylesheet: colour + shape by entity type (classes set by canvas.ts), CJK labels
// that wrap anywhere inside a max width, relation labels sized for the zoom, and the classes the canvas
// toggles (filtered, faded, path, more, labelled). Big views get a lean sheet: every property a node
// carries is style work for thousands of elements before the first frame.
import type { Css, StylesheetJson } from 'cytoscape';
import { EDGE_LABEL_PX, edgeLabelFont } from './edges.ts';
import { FALLBACK_STYLE, TYPE_STYLES } from '../theme.ts';

export const LABEL_MAX_WIDTH = 84;
/** The lean sheet's gap between a node and its name, and the padding of a named node's label box (model px; labels.ts places names by them). */
export const NAME_MARGIN_Y = 3;
export const NAME_PADDING = 1;
/** The names' font (labels.ts measures names with it, as Cytoscape does, to place them). */
export const FONT = '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';

/**
 * What every node has: a label below it that wraps where its language allows. Colour, shape, size and the
 * wrap rule come from classes (canvas.ts sets them): a data() or function mapper is evaluated and stored
 * per element, while a class's properties are parsed once and shared, and elements styled alike share
 * their cached textures. At 20k elements the mappers were most of the style work before the first frame.
 */
const NODE_BASE = {
  'background-color': FALLBACK_STYLE.color,
  shape: FALLBACK_STYLE.shape as never,
  width: 22,
  height: 22,
  color: '#1f2328',
  'font-size': 12,
  'font-family': FONT,
  'text-wrap': 'wrap',
  'text-max-width': `${LABEL_MAX_WIDTH}px`,
  'text-overflow-wrap': 'anywhere',
  'text-valign': 'bottom',
} as const;

/** Node sizes: the full sheet to the pixel (`z<px>`), the lean one in steps of LEAN_SIZE_STEP (`s<px>`: fewer distinct looks, more shared textures). */
const MIN_SIZE = 22;
const MAX_SIZE = 64;
const LEAN_SIZE_STEP = 6;
const clampSize = (size: number) => Math.min(MAX_SIZE, Math.max(MIN_SIZE, size));
/** The classes that size a node: one for each sheet, only that sheet's rules match. */
export const sizeClasses = (size: number) =>
  `z${Math.round(clampSize(size))} s${MIN_SIZE + Math.round((clampSize(size) - MIN_SIZE) / LEAN_SIZE_STEP) * LEAN_SIZE_STEP}`;
/** The class that colours and shapes a node: `t-<type>`. */
export const typeClass = (type: string) => `t-${TYPE_STYLES[type] ? type : 'other'}`;
/**
 * English and pinyin labels break between words and syllables only ("Central Commercial Port Area",
 * "zhōng yāng huó lì qū"): class `latin`. Chinese, which has no spaces, may break between any two characters.
 */
export const isLatin = (label: string) => !/\p{Script=Han}/u.test(label);

const range = (from: number, to: number, step: number) => Array.from({ length: Math.floor((to - from) / step) + 1 }, (_, i) => from + i * step);
const nodeClasses = (big: boolean): StylesheetJson => [
  ...[...Object.entries(TYPE_STYLES), ['other', FALLBACK_STYLE] as const].map(([type, s]) => ({ selector: `node.t-${type}`, style: { 'background-color': s.color, shape: s.shape as never } })),
  ...range(MIN_SIZE, MAX_SIZE, big ? LEAN_SIZE_STEP : 1).map((px) => ({ selector: `node.${big ? 's' : 'z'}${px}`, style: { width: px, height: px } })),
  { selector: 'node.latin', style: { 'text-overflow-wrap': 'whitespace' as never } },
];

/** The edge look of the full sheet: bezier curves with arrows and their relation's name, sized for the zoom. */
const fullEdge = (zoom: number, named = false): Css.Edge => ({
  ...(named ? { label: 'data(label)' } : {}),
  width: 1.4,
  'line-color': '#c4ccd8',
  'target-arrow-color': '#c4ccd8',
  'target-arrow-shape': 'triangle',
  'arrow-scale': 0.8,
  'curve-style': 'bezier',
  'font-size': edgeLabelFont(zoom),
  color: '#475569',
  'text-rotation': 'autorotate',
  'text-background-color': '#f7f7f5',
  'text-background-opacity': 0.9,
  'text-background-padding': '1px',
  // relationship names appear only when they would be readable (hover or selection shows them anyway)
  'min-zoomed-font-size': EDGE_LABEL_PX - 0.5,
});

/**
 * `zoom` sizes the relation labels so they read at EDGE_LABEL_PX on screen (edges.ts restyles after a zoom).
 * `budget` (views over LABEL_BUDGET_MIN_NODES): names only on the nodes labels.ts picks (.labelled, sized
 * there for the zoom), and the lean look, as `big`: nodes without label box or border, edges as straight
 * haystack lines without arrow or name (a 1,000-element view's first frame: 1.6–2.0 s with the full look,
 * 1.95 s with straight lines and arrows, 0.5–0.6 s lean, at load 18–23; bench/results/render.md). A
 * hovered, selected or path edge shows its direction and relation (the full edge look) unless the view is big.
 */
export function stylesheet(big: boolean, zoom = 1, budget = big): StylesheetJson {
  const lean = big || budget;
  return [
    {
      selector: 'node',
      style: lean
        ? // lean: names only for the label budget's nodes (view/labels.ts), no label box, no border
          { ...NODE_BASE, label: '', 'text-margin-y': NAME_MARGIN_Y }
        : {
            ...NODE_BASE,
            label: 'data(label)',
            'text-margin-y': 4,
            'text-background-color': '#ffffff',
            'text-background-opacity': 0.75,
            'text-background-padding': '1px',
            'text-background-shape': 'roundrectangle',
            // labels vanish when zoomed out: unreadable text is noise and costs frames
            'min-zoomed-font-size': 7,
            'border-width': 1.5,
            'border-color': '#ffffff',
            'overlay-padding': 4,
          },
    },
    {
      selector: 'edge',
      style: lean ? { width: 1, 'line-color': '#c4ccd8', 'curve-style': 'haystack', 'haystack-radius': 0, label: '' } : fullEdge(zoom),
    },
    ...nodeClasses(lean),
    // a relation's name where it has room (edges.ts: clear of nodes, names and other relation names), or on demand
    ...(lean ? [] : [{ selector: 'edge.named, edge.hover, edge:selected, edge.path', style: { label: 'data(label)' } }]),
    // the label budget (labels.ts): a few names, each LABEL_PX on screen at any zoom
    ...(budget
      ? [
          // the few named nodes keep the label box the lean look drops (names over lines read badly), and are
          // drawn after the unnamed ones: a node's name is drawn with its node, so a later node covered the name
          // where the budget lets one lie over a node (the most-mentioned in sight, the hub)
          {
            selector: 'node.labelled',
            style: {
              label: 'data(label)',
              'z-index': 5,
              'font-size': 'data(lfs)',
              'text-max-width': 'data(lw)',
              'min-zoomed-font-size': 0,
              'text-background-color': '#ffffff',
              'text-background-opacity': 0.75,
              'text-background-padding': `${NAME_PADDING}px`,
              'text-background-shape': 'roundrectangle' as const,
            },
          },
          // one edge at a time shows its direction and name: a curve with an arrow and the relation
          { selector: 'edge.hover, edge:selected, edge.path', style: big ? { label: '' } : fullEdge(zoom, true) },
        ]
      : []),
    // proposed by the extractor, not reviewed yet: dashed and paler, so nobody mistakes it for curated fact
    { selector: 'node[status = "proposed"]', style: { 'border-style': 'dashed', 'border-width': 2.5, 'border-color': '#111827', 'background-opacity': 0.55 } },
    { selector: 'edge[status = "proposed"]', style: { 'line-style': 'dashed', 'line-color': '#94a3b8' } },
    { selector: '.filtered', style: { display: 'none' } },
    { selector: '.faded', style: { opacity: 0.15 } },
    { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#111827', 'z-index': 10 } },
    { selector: 'edge:selected', style: { width: 3, 'line-color': '#111827', 'target-arrow-color': '#111827', 'min-zoomed-font-size': 0, 'z-index': 10 } },
    { selector: 'node.focus', style: { 'border-width': 4, 'border-color': '#111827', 'font-weight': 'bold', 'font-size': 13 } },
    { selector: 'node.path', style: { 'border-width': 4, 'border-color': '#f59e0b', 'z-index': 20 } },
    { selector: 'edge.path', style: { width: 4, 'line-color': '#f59e0b', 'target-arrow-color': '#f59e0b', 'min-zoomed-font-size': 0, 'z-index': 20 } },
    { selector: 'node.hover', style: { 'border-width': 3, 'border-color': '#64748b' } },
    {
      selector: 'node.more',
      style: {
        shape: 'round-rectangle',
        'background-color': '#111827',
        'border-width': 0,
        // as wide as its text (canvas.ts measures it: labels.ts lineWidth)
        width: 'data(bw)',
        height: 18,
        padding: '5px',
        label: 'data(label)',
        color: '#ffffff',
        'font-size': 10,
        'font-weight': 'bold',
        'text-valign': 'center',
        'text-margin-y': 0,
        'text-background-opacity': 0,
        'min-zoomed-font-size': 0,
        'z-index': 30,
      },
    },
  ];
}
