// The view ⇄ URL query string. The entities, hub groups, badges and pins with the camera (every drawn
// node's place and the viewport) are one packed parameter `v` (packed.ts: a 100-node view in ~1.4 KB);
// the filters, layout and languages stay readable keys. Defaults are omitted, so a link to the starting
// view is just the address. Links of the earlier text form (`n=`, `more=`, `g=`, `pin=`, `cam=`) still
// open. Pure functions: tested in url.test.ts.
import { uiLang, uiLangOf, type UiLang } from '../i18n/lang.ts';
import { EMPTY_VIEW, LANGS, LAYOUTS, type GroupView, type Lang, type LayoutName, type ViewState } from '../types.ts';
import { groupNodeId } from '../view/explore.ts';
import type { Camera } from '../view/renderer.ts';
import { decodeCamera } from './camera-url.ts';
import { pack, unpack } from './packed.ts';

const list = (s: string | null) => (s ? s.split(',').filter(Boolean) : []);

/**
 * Characters past which a link leaves its camera out (~11,000 placed nodes; the view is laid out again
 * when it opens): well under the server's 256 KB request head (server/src/listen.ts) with the nodes alone
 * (8 characters a node). A view that must open exactly is a scene (up to 5,000 nodes with every place).
 */
export const LINK_MAX = 128 * 1024;

/**
 * Edges are not encoded: a restored view has every relationship among its nodes. `camera`: the canvas's
 * positions and viewport, packed with the nodes (a link without one is laid out when opened).
 */
export function encodeView(v: ViewState, defaultLayout: LayoutName = EMPTY_VIEW.layout, ui: UiLang = uiLang, camera: Camera | null = null): string {
  const p = new URLSearchParams();
  // the interface language (i18n/lang.ts); node labels follow it unless chosen otherwise
  if (ui !== 'zh') p.set('lang', ui);
  if (v.nodes.length) {
    const packed = (c: Camera | null) => pack({ nodes: v.nodes, more: v.more, groups: v.groups, pinned: v.pinned, camera: c }, groupNodeId);
    const placed = packed(camera);
    p.set('v', placed.length > LINK_MAX ? packed(null) : placed);
  }
  if (v.hiddenLabels.length) p.set('hl', v.hiddenLabels.join(','));
  if (v.hiddenTypes.length) p.set('ht', v.hiddenTypes.join(','));
  if (v.lang !== ui) p.set('labels', v.lang);
  if (v.layout !== defaultLayout) p.set('layout', v.layout);
  if (v.reportedBy !== null) p.set('y', String(v.reportedBy));
  if (v.article) p.set('a', v.article);
  if (v.selected) p.set('sel', v.selected);
  if (v.path.length) p.set('path', v.path.join(','));
  if (v.hideProposed) p.set('np', '1');
  // commas are safe in a query string and keep the link readable
  return p.toString().replace(/%2C/g, ',').replace(/%3A/g, ':');
}

/** The earlier text form's "center:TYPE.out.Label.12" items; a malformed one is skipped. */
function decodeGroups(items: string[]): Record<string, GroupView[]> {
  const out: Record<string, GroupView[]> = {};
  for (const item of items) {
    const m = /^(.+):([A-Z_]+)\.(out|in)\.(\w+)\.(\d+)$/.exec(item);
    if (!m || Number(m[5]) <= 0) continue;
    (out[m[1]] ??= []).push({ type: m[2], direction: m[3] as 'out' | 'in', label: m[4], left: Number(m[5]) });
  }
  return out;
}

const params = (search: string) => new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);

/** The nodes, badges, groups, pins and camera of a link, packed or in the earlier text form. */
function entitiesOf(p: URLSearchParams) {
  const packed = p.get('v');
  if (packed !== null) return unpack(packed, groupNodeId) ?? { nodes: [], more: {}, groups: {}, pinned: [], camera: null };
  const nodes = [...new Set(list(p.get('n')))];
  const more: Record<string, number> = {};
  for (const item of list(p.get('more'))) {
    const i = item.lastIndexOf(':');
    const count = Number(item.slice(i + 1));
    if (i > 0 && Number.isInteger(count) && count > 0) more[item.slice(0, i)] = count;
  }
  return { nodes, more, groups: decodeGroups(list(p.get('g'))), pinned: list(p.get('pin')), camera: decodeCamera(p.get('cam'), nodes) };
}

/** The camera a link carries (positions keyed as the canvas keys its nodes), or null. */
export const decodeLinkCamera = (search: string): Camera | null => entitiesOf(params(search)).camera;

/** Unknown or malformed values fall back to the defaults rather than breaking the page. */
export function decodeView(search: string, defaultLayout: LayoutName = EMPTY_VIEW.layout): ViewState {
  const p = params(search);
  const { nodes, more, groups, pinned } = entitiesOf(p);
  const ui = uiLangOf(p.toString());
  // before ?labels, ?lang=py meant pinyin labels; old links keep working
  const lang = (p.get('labels') ?? (p.get('lang') === 'py' ? 'py' : ui)) as Lang;
  const layout = p.get('layout') as LayoutName;
  const year = Number(p.get('y'));
  return {
    ...EMPTY_VIEW,
    nodes,
    more,
    hiddenLabels: list(p.get('hl')),
    hiddenTypes: list(p.get('ht')),
    lang: LANGS.includes(lang) ? lang : ui,
    layout: LAYOUTS.includes(layout) ? layout : defaultLayout,
    reportedBy: p.get('y') && Number.isInteger(year) && year > 1900 && year < 2100 ? year : null,
    article: p.get('a') || null,
    selected: p.get('sel') || null,
    path: list(p.get('path')),
    hideProposed: p.get('np') === '1',
    groups,
    pinned,
  };
}
